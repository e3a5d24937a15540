"""News copy: who each paragraph belongs to. A direct quote goes to its speaker (quoted), an
"X said ..." paragraph to X (reported), the outlet's own sentences are narration.

This module is the story driver (`attribute`, one paragraph at a time); the parts it asks are
siblings: quote marks (`news_quotes`), report verbs (`news_verbs`), subject scans
(`news_scan`), the story so far (`news_story`), resolving a subject to a person
(`news_resolve`), unnamed sources (`news_anon`), institutions (`news_bodies`), other sentence
shapes (`news_clauses`), subjects in scripts without letter case (`news_caseless`), leads and
credited headings (`news_leads`). Stdlib only.
"""

from __future__ import annotations

import re

from nrc_search.ingest import offices
from nrc_search.ingest.lexicon import longest_first, terms
from nrc_search.ingest.mentions import people_in
from nrc_search.ingest.names import is_role_word, surname
from nrc_search.ingest.news_anon import (
    _ANON,
    _ANON_KEYS,
    _ANONYMITY_KEYS,
    QUANTIFIER,
    anon_label,
    same_unnamed,
    unnamed_subject,
)
from nrc_search.ingest.news_bodies import bare_body, institution
from nrc_search.ingest.news_caseless import subject as caseless_subject
from nrc_search.ingest.news_clauses import (
    dropped_subject,
    inverted_subject,
    is_known,
    named_after,
    named_after_quote,
    named_later,
    object_of_preposition,
    only_person,
    participle_subject,
    person_later,
    quoted_as_saying,
    relative_subject,
    role_after_name,
    saying_subject,
    sentence_opener,
    sentence_subject,
    tag_name,
    unsaid_subject,
    verb_second,
)
from nrc_search.ingest.news_dashes import as_quoted
from nrc_search.ingest.news_leads import credit, credited_list, lead_speaker
from nrc_search.ingest.news_quotes import (
    OPENING_MARKS,
    SPEAKS_FIRST_PERSON,
    quote_alone,
    speaks_first_person,
    strip_quotes,
    strip_quotes_open,
)
from nrc_search.ingest.news_resolve import inflected_person, resolve
from nrc_search.ingest.news_scan import (
    _TIME_TAIL,
    _TOKEN,
    NAMED_FIRST,
    _tokens,
    forward,
    subject_before,
)
from nrc_search.ingest.news_scan import without_time_tail as _without_time_tail
from nrc_search.ingest.news_story import Story, table_name
from nrc_search.ingest.news_verbs import (
    ACCORDING,
    BY_PRONOUN,
    FOLLOWS,
    INTRO,
    IT,
    NEGATED,
    PASSIVE,
    SENTENCE,
    STOP_BETWEEN,
    VERB,
    colon_after,
    colon_words,
    ends_sentence_at,
    event_only,
    inverted,
    may_introduce,
    opening_verbs,
    reports_speech,
)

# What segment.py, prose.py, voice.py and the tests use (`from nrc_search.ingest import news`).
__all__ = [
    "_ANON",
    "_ANONYMITY_KEYS",
    "_ANON_KEYS",
    "_TIME_TAIL",
    "_TOKEN",
    "Story",
    "_tokens",
    "_without_time_tail",
    "attribute",
    "credit",
    "credited_list",
    "lead_speaker",
    "reports_speech",
    "speaks_first_person",
    "strip_quotes",
    "table_name",
]


# A paragraph opening with a name or an office and a postposition that credits it, e.g.
# "Valtosen mukaan Venäjä ..." (according to Valtonen), "Liimetsa sõnul ...".
_POSTPOSITION = re.compile(
    r"\s*(?:[\w\-]+\s+)?([\w\-]+)\s+(?:" + longest_first(terms("according_postpositions")) + r")\b"
)


# A paragraph opening with "for X," in the Romance languages' sense of "according to X", e.g.
# "Para Amorim, embora o Wikileaks ...": a surname alone, then a comma (not "Per Stig Møller,
# ...", a given name).
_FOR_PERSON = re.compile(
    r"\s*(?:"
    + longest_first(w.capitalize() for w in terms("opinion_openers"))
    + r")\s+([A-Z][\w\-]*),"
)


def attribute(par: str, story: Story) -> tuple[str | None, str | None, str]:
    """(speaker, role, attribution) for one paragraph of news copy; an office holder another
    transliteration names ("Dmitry Kuleba") spelled as the office-holder table spells them
    ("Dmytro Kuleba"); the story itself keeps the printed spelling, which its later
    paragraphs repeat ("Kuleba said")."""
    speaker, role, how = _attribute(par, story)
    if speaker is None and role in story.unnamed:
        role = anon_label(role, story.bodies)  # "A senior U.S. official" -> "Senior U.S.
        # Official"; "a ministry official" -> "Unification Ministry Official"
    if speaker and len(speaker.split()) > 2 and not offices.holder_of(speaker):
        tail = speaker.split(None, 1)[1]  # "presidente del Consiglio Giorgia Meloni": an
        speaker = tail if offices.holder_of(tail) else speaker  # office's word before a holder
    if speaker and all(n != speaker for _, n in story.people):
        story.people.append((role, speaker))  # "According to X, the spokesperson": named now
    if speaker and " " in speaker and (held := offices.holder_of(speaker)):
        if offices.variant(speaker, held):
            story.spellings.setdefault(held, speaker)  # "Andriy Sybiha": the story's own
        else:
            speaker = story.spellings.get(held, held)  # "Andriy Sibiga" -> the same person
    return speaker, role, how


def _attribute(par: str, story: Story) -> tuple[str | None, str | None, str]:
    if (dashed := as_quoted(par, story.dashed)) is not None:
        story.dashed = True  # "– ..., sier Huitfeldt.": a quote; later dash-led paragraphs too
        said = _attribute_quote(dashed, story)
        if said[2] != "narration":
            return said
        if story.source[0] or story.source[1]:  # "- ... - odgovorio je.": no subject printed,
            return story.source[0], story.source[1], "quoted"  # the last quoted speaker's
        named = [(n, r) for r, n in story.people if len(n.split()) > 1]
        if first := only_person(story) or (named[0] if named else None):
            story.last = story.source = first  # no one quoted yet: the person the story is
            return first[0], first[1], "quoted"  # about, the first it named in full
        return said
    return _attribute_quote(par, story)


def _attribute_quote(par: str, story: Story) -> tuple[str | None, str | None, str]:
    if story.open_quote and par.count('"') % 2 and par.lstrip()[:1] not in OPENING_MARKS:
        par = "“" + par  # the quote the paragraph before left open goes on: '... ", said X.'
    outside, quoted, story.open_quote = strip_quotes_open(par)
    if story.block and (said := _block_speech(par, outside, story)):
        if story.block_once:
            story.block = None  # the one paragraph the colon introduced
        return said
    story.block = None
    story.prior = list(story.people)  # whom a pronoun can mean: never someone named after it
    story.mention(outside)
    if may_introduce(outside) and (follows := FOLLOWS.match(outside)) and not quoted:
        who = resolve(subject_before(follows.group("who") or follows.group("giver")), story, "")
        if who[0]:
            story.last = story.source = story.block = (who[0], who[1])
            return None, None, "narration"  # the outlet's introduction; the block is X's
    if (by := _POSTPOSITION.match(outside)) and (person := inflected_person(by.group(1), story)):
        story.last = story.source = person  # "Valtosen mukaan ..." (according to Valtonen)
        return person[0], person[1], "quoted" if quoted else "reported"
    if (by := _FOR_PERSON.match(outside)) and (person := _known_person(by.group(1), story)):
        story.last = story.source = person  # "Para Amorim, ..." (for Amorim: in his view)
        return person[0], person[1], "quoted" if quoted else "reported"
    if person := quoted_as_saying(outside, story):  # "Yonhap quoted Yoon as saying"
        return person[0], person[1], "quoted" if quoted else "reported"
    if (opener := participle_subject(outside, story)) and opener[0]:
        story.last = story.source = opener  # "Explaining that ..., Çavuşoğlu made statements"
        return opener[0], opener[1], "quoted" if quoted else "reported"
    found = [*VERB.finditer(outside), *opening_verbs(outside)]
    found = [
        v
        for v in found
        if not PASSIVE.search(outside, max(0, v.start() - 12), v.start())
        and not NEGATED.search(outside, max(0, v.start() - 8), v.start())
        and not (quoted is False and event_only(outside, v))
    ]
    verbs = sorted(found, key=lambda v: v.start())[:3]
    verbs += [m for m in [ACCORDING.search(outside)] if m]  # "..., Indonesia insists ... .
    # According to him, ...": tried when no verb before it gives a speaker
    for m in verbs:  # "... has rejected the idea, said Rogozin": the first verb may not be his
        quoted = quoted or colon_words(outside, m)  # "X said: We will ..." (no marks)
        anon = unnamed_subject(outside, m, story.people) or (
            story.source[0] is None and same_unnamed(outside, m, story)
        )
        if anon:  # an unnamed source: its words, nobody's name
            anon = QUANTIFIER.sub("", anon)  # "Some senior administration officials"
            story.source = (None, anon)
            story.unnamed.add(anon)
            return None, anon, "quoted" if quoted else "reported"
        subject = [] if m.re is ACCORDING else subject_before(outside[: m.start()])
        if m.re is ACCORDING and m.group().casefold() in BY_PRONOUN:
            subject = ["he"]  # "По его словам, ..." (according to him): the last speaker
        if (first := NAMED_FIRST.match(outside[: m.start()])) and is_known(first, story):
            subject = first.group(1).split()  # only someone the story named: not "In Moscow, ..."
        if not subject and m.group() not in (
            "told",
            "tells",
        ):  # "according to Lavrov", '"...," said NATO spokeswoman Oana Lungescu.'
            subject = forward(outside[m.end() :])
        if not subject and m.re is VERB and ends_sentence_at(outside, m.end()):
            subject = sentence_opener(outside[: m.start()], story)  # "Kuleba, ... yaptı."
        if not subject and quoted and story.bodies and IT.search(outside[: m.start()]):
            story.source = (None, story.bodies[-1])  # '"...," it said.': the body credited last
            return None, story.bodies[-1], "quoted"
        if m.group() in terms("pronoun_verbs") and story.last[0]:
            # "Ganito rin aniya ...": "he said", someone named in a sentence before ('...,
            # a assuré X. "...", a-t-il affirmé'), else the last speaker; never a name in
            # its own sentence ("Beim Thema Migration erklärte er, ...")
            earlier = list(STOP_BETWEEN.finditer(outside, 0, m.start()))
            speaker, role = resolve(["he"], story, outside[: earlier[-1].end()] if earlier else "")
        else:
            if not subject and unsaid_subject(outside, m, story):
                subject = ["he"]  # "Dodao je da ..." (he added that): the last speaker
            speaker, role = resolve(subject, story, outside[: m.start()])
            if not speaker and not role and m.re is VERB and ends_sentence_at(outside, m.end()):
                first_words = sentence_opener(outside[: m.start()], story)  # "Parti Sözcüsü X,"
                speaker, role = resolve(first_words, story, "") if first_words else (None, None)
        if not speaker and not role and m.re is VERB and inverted(outside[: m.start()]):
            speaker, role = named_after(outside[m.end() :], story)  # "..., said Ministry of
            # Foreign Affairs spokesperson Heorhii Tykhyi during a briefing."
        if not speaker and not role and subject and m.re is VERB:
            speaker, role = verb_second(outside, m, story)  # "Zum ... meinte Schallenberg,"
        if not speaker and not role and m.re is VERB:
            speaker, role = inverted_subject(outside, m, story)  # "Mandag kunngjorde
            # Russlands president Vladimir Putin at ..."
        if not speaker and not role and not subject and m.re is VERB:
            speaker, role = caseless_subject(outside, m, story)  # "মন্ত্রী X বলেছেন", "قال:"
        if not speaker and not role and m.re is VERB:
            speaker, role = relative_subject(outside, m, story)  # "X, quien lamentó que"
        if not speaker and object_of_preposition(outside[: m.start()], subject):
            # "S Jaishankar in an interview with Hindustan Times spoke": the sentence's subject
            speaker, role = sentence_subject(outside[: m.start()], story) or (None, None)
        if not speaker and not role and quoted and m.re is VERB:
            speaker = tag_name(outside, m)  # '"...," lausus Liimets.': a quote's tag that
            # names one person by one name the story never gave in full, as printed
        if not speaker and not role and m.re is VERB and dropped_subject(outside, m, story):
            speaker, role = story.last if story.last[0] else only_person(story) or (None, None)
            # "En ese sentido, consideró que ...": no subject printed
        if speaker and not role:
            role = role_after_name(outside[: m.start()], speaker)
        if speaker:
            story.last = story.source = (speaker, role)
            if ":" in par and not quoted and (INTRO.search(par) or colon_after(outside, m)):
                story.block = (speaker, role)  # "Foreign Secretary David Lammy said:"
                story.block_once = not INTRO.search(par)  # "He went on to quote from X:"
            return speaker, role, "quoted" if quoted else "reported"
        if role:  # "the UK foreign secretary said" where the story never named one: as printed
            story.source = (None, role)
            return None, role, "quoted" if quoted else "reported"
        if body := institution(outside, m, story.bodies):  # "The German government said"
            story.bodies = [*(b for b in story.bodies if b != body), body]
            if person := person_later(outside, m, verbs, story):  # "..., foreign minister
                story.last = story.source = person  # Geoffrey Onyeama told reporters."
                return person[0], person[1], "quoted" if quoted else "reported"
            story.source = (None, body)  # a quote credited only to an institution is its own;
            own = quoted and not named_later(outside, m, verbs)  # not a later person's
            return None, body, "quoted" if own else "reported"  # its report: "X said it had"
        if body := bare_body(outside, m, story.bodies):  # "the ministry explained", "The
            story.source = (None, body)  # media release also said": the body's report, not
            return None, body, "quoted" if quoted else "reported"  # the outlet's narration
    if (opener := saying_subject(outside, story)) and opener[0]:
        story.last = story.source = opener
        return opener[0], opener[1], "quoted" if quoted else "reported"
    if quoted and (named := named_after_quote(outside, story)):
        story.last = story.source = named  # '"...," the spokesman for the leader, Dmitry Peskov'
        return named[0], named[1], "quoted"
    if quoted and quote_alone(outside) and (story.source[0] or story.source[1]):
        return story.source[0], story.source[1], "quoted"  # a quote alone: the last source's
    if quoted and quote_alone(outside) and (only := only_person(story)):
        story.last = story.source = only  # no one credited yet: the one person the story named
        return only[0], only[1], "quoted"
    if quoted and (went_on := _quote_goes_on(par, outside, story)):
        return went_on[0], went_on[1], "quoted"
    return None, None, "narration"


def _quote_goes_on(par: str, outside: str, story: Story) -> tuple[str, str | None] | None:
    """The last quoted person, for a paragraph with no speech verb that quotes a sentence or
    more and names no one else, and either speaks of that person, by pronoun or surname ('Hij
    is niet van plan ... "Wat niet stuk is, moet je niet gaan repareren."', 'Durante a
    reunião, Vieira recebeu o convite. “Não há ...”'), or is mostly the quote: the story goes
    on with the speaker's words. None where the quote is a few words (a phrase the story
    quotes), someone else is named, or nobody spoke yet."""
    who, role = story.source
    inside = len(par.split()) - len(outside.split())
    if not who or inside < 6 or VERB.search(outside) or ACCORDING.search(outside):
        return None  # a verb the reader could not credit ('"...," it said'): not the last one's
    words = [w.strip(".,;:!?()").casefold() for w in outside.split()]
    if set(words) & terms("document_nouns"):
        return None  # 'The article read, "..."': a document's words, not the last speaker's
    last = surname(who).casefold()
    named = last in words or (words and words[0] in terms("subject_pronouns"))
    if not named and inside < 2 * len(words):
        return None  # neither named nor mostly the quote: the story's own words about it
    if any(n != who and surname(n).casefold() != last for _, n in people_in(outside)):
        return None
    return who, role


def _known_person(words: str, story: Story) -> tuple[str, str | None] | None:
    """(name, role) of the person the story named whom `words` mean ("Amorim" after "Celso
    Amorim"); None for anyone else, a place or an institution ("Para Brasil, ...")."""
    name, role = resolve(words.split(), story, "")
    return (name, role) if name and any(n == name for _, n in story.people) else None


def _block_speech(par: str, outside: str, story: Story) -> tuple[str, str | None, str] | None:
    """(speaker, role, "quoted") for a paragraph of the block an "X said:" line opened; None
    where the block ends: a heading, a new attribution, or the speaker named in the third
    person ("The Foreign Secretary will discuss ...")."""
    if not SENTENCE.search(par) or VERB.search(outside) or ACCORDING.search(outside):
        return None
    if any(is_role_word(w) for m in _THE_TITLE.finditer(outside) for w in m.group(1).split()):
        return None  # "The Foreign Secretary will ...": the story speaks of someone again
    if not SPEAKS_FIRST_PERSON.search(outside) and any(
        w in terms("role_nouns") for m in _THE_ROLE.finditer(outside) for w in m.group(1).split()
    ):
        return None  # "The minister left Washington on Friday." (not "We told the minister")
    assert story.block
    low = outside.casefold()
    if re.search(rf"\b{re.escape(surname(story.block[0]))}\b", low):
        return None  # the speaker in the third person: the story again
    if not SPEAKS_FIRST_PERSON.search(outside) and (
        people_in(outside)
        or any(re.search(rf"\b{re.escape(surname(n))}\b", low) for _, n in story.people)
    ):
        return None  # someone else named, nobody speaking: the story ("Keir Starmer will ...");
    # the speaker's "we"/"I" naming others goes on ("We also thank Stoltenberg.")
    return story.block[0], story.block[1], "quoted"


# "the", a lower-case word or two, a noun, e.g. "The minister", "the Russian foreign minister".
_THE_ROLE = re.compile(r"\b[Tt]he((?: [\w\-]+){1,3})")

# "the" and capitalised words, e.g. "The Foreign Secretary", "the Prime Minister".
_THE_TITLE = re.compile(r"\b[Tt]he((?: [A-Z][\w\-]*)+)")
