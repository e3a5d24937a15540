"""Who a label means within one document: "Mr. Ivanov" -> "Sergei Ivanov" (from the heading),
"NATO SECRETARY GENERAL" -> the person the heading gives that role, "A:" -> the heading's
speaker, "Q:" -> the questioner when they introduce themselves. Stdlib only.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from nrc_search.ingest import offices
from nrc_search.ingest.cast import cast_list, cjk_office, described, introduced
from nrc_search.ingest.labels import Label, match_label, numbered_voice
from nrc_search.ingest.lexicon import phrase_re, terms
from nrc_search.ingest.mentions import people_in, split_title
from nrc_search.ingest.meta import Header
from nrc_search.ingest.names import (
    HONORIFICS,
    NOT_PERSON,
    POSTNOMINALS,
    ROLE_WORDS,
    first_word_of,
    fold,
    initials_fit,
    is_role_word,
    nominative,
    norm,
    proper_case,
    role_case,
    same_given,
    split_role_name,
    strip_honorifics,
    surname,
    words,
)
from nrc_search.model import Turn

# A capital in the scripts and accents questioners' names are printed in.
_UP = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁ"
_NAME = (
    rf"[{_UP}][\w'’\-]+(?:\s+(?:(?:de|da|del) (?!(?:El|La|Los|Las|Le|Il|The)\b)|van |von |al-)?"
    rf"[{_UP}][\w'’\-]+){{0,2}}"
)
# An outlet after a questioner's name, e.g. " from Kyodo News", " de El Universal", " dari Kompas".
_FROM = (
    r"(?:\s+(?i:from|with|de|del|du|de la|von|vom|dari|из)\s+(?:(?i:the)\s+|(?:der|die|das)\s+)?"
    rf"(?P<outlet>[{_UP}«\"][^,.;:?]{{1,60}}))"
)
# Greetings that open a question, in the languages of the corpus.
_GREETING = (
    r"hello|hi|good (?:morning|afternoon|evening)|добрый (?:день|вечер)|доброе утро|"
    r"здравствуйте|bonjour|bonsoir|buenos días|buenas (?:tardes|noches)|hola|buongiorno|"
    r"guten (?:tag|morgen|abend)|selamat (?:pagi|siang|sore|malam)|magandang (?:umaga|hapon)"
)
# Words a questioner introduces themself with: "My name is", "Je m'appelle", "Soy", "Saya".
_I_AM = (
    r"my name is|i am|i'm|this is|меня зовут|je suis|je m'appelle|soy|me llamo|mi nombre es|"
    r"ich bin|mein name ist|ich heiße|nama saya|saya"
)
# A questioner's introduction, e.g. "Hello, Priit Simson. I am from ...", "My name is Darius",
# "I am Suzuki from Kyodo News.", "Buenos días, soy Ana Ruiz de El Universal." (only the lead
# words ignore case: a name is capitalised).
_INTRO = (
    re.compile(rf"^(?i:(?:(?:{_GREETING})[,.!]?\s+)?(?:{_I_AM})\s+)(?P<name>{_NAME}){_FROM}?"),
    re.compile(
        rf"^(?i:(?:{_GREETING}|yes)[,.!]?\s+)(?P<name>{_NAME})"
        rf"(?:,\s+(?P<outlet2>[{_UP}«\"][^,.;:?]{{1,60}})[,.]|[.,]|{_FROM})"
    ),
    re.compile(rf"^(?P<name>{_NAME}),\s+(?P<outlet>[{_UP}«\"][^,.;:?]{{1,60}})[,.]"),
    re.compile(rf"^(?P<name>{_NAME}){_FROM}[,.]"),
)
# Where the questioner works, e.g. "I am from Estonian Daily Eesti Paevaleht."
_OUTLET = re.compile(
    r"\b(?:I am|I'm|I work|I represent|I write)\s+(?:from|with|for|at)?\s*(?:the\s+)?"
    r"(?P<outlet>[A-Z][^.;:?!]{1,60}?)(?=[.;:?!]|,\s|$)"
)
# A descriptor before an outlet's name, e.g. "Estonian Daily " or "News Agency ".
_DESCRIPTOR = re.compile(
    r"^(?:[A-Z][a-z]+\s+)?(?:daily|newspaper|news agency|agency|magazine|weekly|"
    r"news website|website|tv channel|channel|radio station)\s+(?=[A-Z])",
    re.I,
)
_MAX_INTRO = 300
# A title abbreviated in capitals before a surname, e.g. "SRS" (Hoffmann), "StS", "BM", "RegSpr".
_ABBREVIATION = re.compile(r"^(?=\w*[A-Z]\w*[A-Z])[A-Za-z]{2,6}$")
# A courtesy sentence before the introduction, e.g. "Thank you. Jonathan Beale, BBC."
_COURTESY = re.compile(
    r"^(?:thank you(?: very much)?|thanks|good (?:morning|afternoon|evening)|спасибо|merci|"
    r"gracias|danke|grazie|terima kasih|salamat)[^.!?]{0,30}[.!?]\s+",
    re.I,
)


class People:
    """The names one document gives, and the roles it gives them."""

    def __init__(self, pairs: list[tuple[str | None, str]], opening: str = "") -> None:
        self.pairs = pairs
        self.opening = opening  # the first lines of the body: names a moderator introduces
        self._mentioned: dict[str, str] | None = None
        self._mention_roles: dict[str, str] = {}
        self.full: dict[str, str] = {}
        self.roles: dict[str, str] = {}
        self._resolved: dict[str, tuple[str, str | None]] = {}
        self.org: str | None = None  # the organisation the page speaks for ("NATO")
        self.org_text: str | None = None  # where `org` is read, on the first office asked
        self.printed_roles: dict[str, set[str]] = {}  # a label's role -> the names it follows
        self.intro = ""  # the heading's lines, where an introduction may give a role
        self.keys: dict[str, str] = {}  # "F" -> "Fu Ying", from "Fu Ying (F):"
        self.org_hint: str | None = None  # the one of NATO and UN the body speaks of, if one
        self.date: str | None = None  # the document's date, for the office-holder table
        self.interview = False  # the heading calls the page an interview (of its author)
        self._described: dict[str, str | None] = {}
        self.pictured: frozenset[str] = frozenset()  # names only a header's photo caption gives
        for role, name in pairs:
            self._learn(name, role)

    @classmethod
    def from_header(cls, header: Header, labels: list[Label], opening: str = "") -> People:
        pairs = _headline_first(_nominative_pairs(list(header.people), header.title), header.title)
        printed: dict[str, set[str]] = {}  # the roles labels print after a full name
        keys: dict[str, str] = {}  # a key letter a label prints after a full name -> the name
        pairs += cast_list([*header.lines, *_before_speech(opening)])
        for lab in dict.fromkeys(labels):  # a record repeats its few labels thousands of times
            if (
                lab.kind == "person"
                and lab.name
                and _is_full(lab.name)
                and not _office_only(lab.label)
            ):
                title, name = split_title(proper_case(lab.name))
                role = _label_role(lab)
                if lab.role and not role:
                    keys[lab.role] = name  # "Fu Ying (F):", then "F:"
                pairs.append((role or title, name))
                if role:
                    printed.setdefault(_words_key(role), set()).add(name)
        people = cls(pairs, opening)
        people.printed_roles = printed
        people.intro = "\n".join(header.lines)  # "its interview with Ambassador FU Ying."
        people.keys = keys
        people.pictured = header.pictured
        people.interview = bool(header.title and _INTERVIEW.search(header.title))
        people.org_text = "\n".join([*header.lines, header.site, opening[:600]])  # (read lazily)
        sure = not header.date_inferred or bool(
            header.year and (header.date or "")[:4] == header.year
        )
        people.date = (header.date if sure else None) or header.year  # "13 September" of "2017"
        return people

    def office_holder(self, office: str) -> offices.Holder | None:
        """Who held `office` ("Secretary General", "PRESIDENT") on the document's date."""
        self.organisation()
        if self.org_hint is None and self.org not in ("NATO", "UN"):  # "SG:" on a UN page
            self.org_hint = offices.secretariat(self.opening) or ""
        return offices.resolve(office, self.org, self.date, self.org_hint or None)

    def organisation(self) -> str | None:
        """The organisation the page speaks for, read once and only when asked."""
        if self.org_text is not None:
            self.org, self.org_text = offices.organisation(self.org_text), None
        return self.org

    def mentioned(self, key: str) -> str | None:
        """A full name the opening lines give a surname ("we welcome Ambassador Samantha Power");
        consulted only when the heading and labels know no one by that surname."""
        if self._mentioned is None:
            self._mentioned = {}
            for role, name in people_in(self.opening):
                if role:
                    self._mention_roles.setdefault(name, role)
                if len(strip_honorifics(name).split()) > 1:
                    k = _key(name)
                    self._mentioned[k] = _one_person(self._mentioned.get(k, name), name)
        return self._mentioned.get(key) or None

    def described(self, name: str) -> str | None:
        """The office the opening narration gives a full name, before it or set off after it:
        "with former Secretary of State Condoleezza Rice", "I'm Richard Haass, president of
        the Council." (a middle initial may stand between: "Richard N. Haass, ...")."""
        if name not in self._described:
            self._described[name] = described(self.intro, name) or described(self.opening, name)
        return self._described[name]

    def _learn(self, name: str, role: str | None) -> None:
        if len(strip_honorifics(name).split()) > 1:
            key = _key(name)
            self.full[key] = _one_person(self.full.get(key, name), name)  # "" when two share it
        old = self.roles.get(name)
        if role and (not old or (len(old.split()) == 1 and len(role.split()) > 2)):
            self.roles[name] = role  # "U.S. Representative to the United Nations" over "Ambassador"

    def author(self) -> tuple[str | None, str] | None:
        """The person a heading names first ("by NATO Secretary General Anders Fogh Rasmussen")."""
        for role, name in self.pairs:
            if name in self.pictured:
                continue  # the person a photo caption shows
            if len(strip_honorifics(name).split()) > 1 or norm(name.split()[0]) in HONORIFICS:
                return self.roles.get(name) or role, name  # the fullest role the page gives
        return None

    def _role_of_titled(self, name: str) -> str | None:
        """The role the page gives `name`, or the same name with a courtesy title ("Ana Ruiz"
        after "Sra. Ana Ruiz, Ministra de Relaciones Exteriores:")."""
        if (role := self.roles.get(name)) or " " not in name:
            return role
        bare = fold(strip_honorifics(name))
        hits = {r for n, r in self.roles.items() if fold(strip_honorifics(n)) == bare}
        return hits.pop() if len(hits) == 1 else None

    def role_of(self, name: str) -> str | None:
        """The role the document gives a person it names ("High Representative/Vice-President"
        for Josep Borrell from the heading), None when it gives none."""
        author = self.author()
        return self.roles.get(name) or (author[0] if author and author[1] == name else None)

    def full_name(self, printed: str) -> tuple[str, str | None]:
        """(the document's full name, a role printed before it) for a label's name:
        "MR. IVANOV" -> ("Sergei Ivanov", None), "FOREIGN MINISTER LAVROV" -> ("Sergey Lavrov",
        "Foreign Minister"), "S.V.LAVROV" -> ("Sergey Lavrov", None)."""
        if printed not in self._resolved:
            self._resolved[printed] = self._full_name(printed)
        return self._resolved[printed]

    def _full_name(self, printed: str) -> tuple[str, str | None]:
        if (known := self._after_abbreviation(printed)) is not None:
            return known, None
        if known := self.keys.get(printed):
            return known, None  # "F:" after "Fu Ying (F):"
        if _INITIALS_ONLY.match(printed) and (known := self._by_initials(printed)):
            return known, None  # "CL", "TAG": the one full name with those initials
        name = proper_case(printed)
        for known in self.full.values():
            if known and fold(known) == fold(name):
                return known, None
        role, core = split_title(name)
        short = strip_honorifics(core).split()
        if len(short) == 1 or all(len(w.rstrip(".")) == 1 for w in short[:-1]):
            known = self.full.get(_key(core))
            if known is None:
                known = self.mentioned(_key(core))
            if known and initials_fit(core, known):
                return known, role
        known = self._suffix_of_known(core) or self._family_name(core) or self._variant_of(core)
        return known or self._declined(core) or core, role

    def _declined(self, core: str) -> str | None:
        """ "В.Путин" -> "Владимир Путин": Russian initials before a surname, spelled out where
        the heading or the opening lines name the person, in any case of the name
        ("Большая пресс-конференция Владимира Путина")."""
        m = _CYRILLIC_INITIALS.match(core)
        if not m:
            return None
        first, last = m.group(1), m.group(2)
        rx = re.compile(rf"(?<!\w)({first}[а-яё]+)\s+(?:[А-ЯЁ][а-яё]+\s+)?{last}(а|у|ым|е)?(?!\w)")
        for text in (self.intro, self.opening):
            for hit in rx.finditer(text):
                given = _nominative(hit.group(1)) if hit.group(2) else hit.group(1)
                if not given or (
                    not hit.group(2) and given[-1] in "аяуюеиоы" and last[-1] not in "ая"
                ):
                    continue  # "Ивана Коваленко": a surname that does not decline, the case unknown
                return f"{given} {last}"
        return None

    def _variant_of(self, core: str) -> str | None:
        """ "Petro Kovalenko" -> "Petr Kovalenko": the full name the document keeps under the
        surname, of which the printed name is another spelling (`_one_person`)."""
        words = strip_honorifics(core).split()
        if len(words) < 2:
            return None
        known = self.full.get(_key(core))
        return known if known and _one_person(known, core) == known else None

    def _by_initials(self, printed: str) -> str | None:
        """ "TAG" -> "Tedros Adhanom Ghebreyesus": the one full name the heading, the labels or
        the opening lines give whose words' first letters spell the label."""
        self.mentioned("")
        names = {n for n in (*self.full.values(), *(self._mentioned or {}).values()) if n}
        want = printed.casefold()
        hits = {n for n in names if _initials(n) == want}
        return hits.pop() if len(hits) == 1 else None

    def _after_abbreviation(self, printed: str) -> str | None:
        """ "SRS Hoffmann" -> "Christiane Hoffmann": a title abbreviated in capitals
        ("SRS", "StS", "BM") before a surname the document spells out in full; "PM Tan" ->
        "Tan Boon Kiat", the family name first."""
        *head, last = printed.split() or [""]
        if not head or last.isupper() or not all(_ABBREVIATION.match(w) for w in head):
            return None
        if known := self.full.get(_key(last)):
            return known
        self.mentioned("")
        return self._family_name(last)

    def _suffix_of_known(self, core: str) -> str | None:
        """ "Lyall Grant" -> "Mark Lyall Grant": a known full name ending in the printed words."""
        short = strip_honorifics(core).casefold().split()
        if len(short) < 2:
            return None
        self.mentioned("")
        names = {n for n in (*self.full.values(), *(self._mentioned or {}).values()) if n}
        hits = {
            n
            for n in names
            if len(n.split()) > len(short) and n.casefold().split()[-len(short) :] == short
        }
        return hits.pop() if len(hits) == 1 else None

    def _family_name(self, core: str) -> str | None:
        """ "IWAYA" -> "Iwaya Takeshi": one word that opens exactly one full name the document
        gives (family name first, as Japanese, Chinese and Korean sites print it)."""
        if len(core.split()) != 1:
            return None
        return first_word_of(core, [*self.full.values(), *(self._mentioned or {}).values()])

    def by_role(self, role: str) -> str | None:
        want = _role_key(role)
        hits = {name for name, r in self.roles.items() if _role_fits(want, _role_key(r), r)}
        exact = {name for name in hits if _role_key(self.roles[name]) == want}
        hits = exact if len(exact) == 1 else hits  # "Prime Minister", not the Deputy one
        if not hits and want:
            self.mentioned("")  # "Spokesman:" introduced in the opening narration
            hits = {
                n
                for n, r in self._mention_roles.items()
                if want <= _role_key(r) and not (_role_key(r) - want) & _LESSER
            }
        return hits.pop() if len(hits) == 1 else None

    def _role_label(self, label: str) -> str | None:
        """The one person a label that gives only an office means, where an earlier label
        printed that office after the person's full name ("MATT KEOGH, MINISTER FOR X:", then
        "MINISTER FOR X:"), spelled as the labels spell it."""
        if not self.printed_roles:
            return None
        want = _words_key(label)
        hits = self.printed_roles.get(want, set()) if " " in want else set()
        return next(iter(hits)) if len(hits) == 1 else None

    def voices(self, turns: list[Turn]) -> list[Turn]:
        """Numbered voices ("Speaker 1", "Speaker 2") resolved: the one who speaks most is the
        person the heading names (the briefer), the others ask; as printed when the heading
        names no one."""
        turns = self._held_office(self._headed_office(self._held_surname(self._named_later(turns))))
        words: dict[str, int] = {}
        for t in turns:
            if numbered_voice(t.label, t.role) and t.role:
                words[t.role] = words.get(t.role, 0) + len(t.text.split())
        author = self.author()
        if len(words) < 2 or not author:
            return self._askers_by_name(turns)
        main = max(words, key=lambda r: words[r])
        out = []
        for t in turns:
            if numbered_voice(t.label, t.role) and t.role == main:
                t = replace(t, speaker=author[1], role=author[0] or t.role)
            elif numbered_voice(t.label, t.role) and "question" not in t.flags:
                t = replace(t, flags=(*t.flags, "question"))
            out.append(t)
        return out

    def _headed_office(self, turns: list[Turn]) -> list[Turn]:
        """The office a heading names with no name ("CONFÉRENCE DE PRESSE DU PRÉSIDENT DE LA
        RÉPUBLIQUE", "Remarks by the Foreign Minister") given to the one labelled person who
        speaks most of the page's words, where the labels give that person no role."""
        said: dict[str, int] = {}
        for t in turns:
            if t.label and t.speaker and "question" not in t.flags and t.attribution == "verbatim":
                said[t.speaker] = said.get(t.speaker, 0) + len(t.text.split())
        main = max(said, key=lambda n: said[n]) if said else None
        if not main or 2 * said[main] <= sum(said.values()):
            return turns
        if any(t.role for t in turns if t.speaker == main):
            return turns
        headings = [ln for ln in self.opening.splitlines() if _heading_line(ln)]
        office = _heading_office("\n".join([self.intro, *headings]))
        if not office:
            return turns
        return [replace(t, role=office) if t.speaker == main else t for t in turns]

    def _held_office(self, turns: list[Turn]) -> list[Turn]:
        """A labelled person the page gives no role in any turn (label, heading, introduction,
        their own words) given the office the office-holder table says they held on the
        document's date, flagged "office-table"."""
        roled = {t.speaker for t in turns if t.role}
        held: dict[str, str | None] = {}
        out = []
        for t in turns:
            name = t.speaker
            if t.label and name and " " in name and name not in roled and "question" not in t.flags:
                if name not in held:
                    held[name] = offices.office_of(name, self.date)
                if office := held[name]:
                    t = replace(t, role=office, flags=(*t.flags, "office-table"))
            out.append(t)
        return out

    def _held_surname(self, turns: list[Turn]) -> list[Turn]:
        """A label's one name ("Minister Nkoana-Mashabane:", "LAVROV:") that the page spells
        out nowhere, resolved through the office-holder table: the one holder of an office of
        the page's organisation on its date with that surname, flagged "office-table"."""
        short = {
            (t.speaker, offices.office_named(t.role))
            for t in turns
            if t.label
            and t.speaker
            and " " not in t.speaker
            and t.attribution == "verbatim"
            and "question" not in t.flags
            and not (norm(t.speaker) in HONORIFICS or norm(t.speaker) in ROLE_WORDS)
        }
        if not short or not self.date:
            return turns
        held = {
            name: offices.surname_holder(name, self.date, self.organisation(), office)
            for name, office in short
        }
        found = {n: h for n, h in held.items() if h and h.name and len(short) == len(held)}
        return [
            replace(t, speaker=found[t.speaker].name, flags=(*t.flags, *found[t.speaker].flags))
            if t.label and t.speaker in found
            else t
            for t in turns
        ]

    def _named_later(self, turns: list[Turn]) -> list[Turn]:
        """A label's one name ("MINISTER ZAKARIA:") that the heading and the opening lines do
        not spell out, resolved where the rest of the page names the one person it can mean
        ("Foreign Minister Zakaria Abdul Hamid answered questions ..." in a closing line or a
        caption): the full name ending in that word, or opening it (a family name first)."""
        short = {
            t.speaker
            for t in turns
            if t.label
            and t.speaker
            and " " not in t.speaker
            and t.attribution == "verbatim"
            and "question" not in t.flags  # "Abe, Asahi Shimbun:" is no Shinzo Abe
        }
        short -= {n for n in short if norm(n) in HONORIFICS or norm(n) in ROLE_WORDS}
        if not short:
            return turns
        found: dict[str, tuple[str, str | None]] = {}
        for word in short:
            if known := self._named_in([t.text for t in turns if word in t.text], word):
                found[word] = known
        if not found:
            return turns
        return [
            replace(t, speaker=found[t.speaker][0], role=_or_fuller(found[t.speaker][1], t.role))
            if t.label and t.speaker in found
            else t
            for t in turns
        ]

    def _named_in(self, texts: list[str], word: str) -> tuple[str, str | None] | None:
        """(full name, role) of the one person the texts name whose surname, or first name
        of a family-name-first name, is `word`."""
        names: dict[str, str | None] = {}
        for text in texts:
            for role, name in people_in(text):
                ws = strip_honorifics(name).split()
                if len(ws) > 1 and (fold(ws[-1]) == fold(word) or fold(ws[0]) == fold(word)):
                    names.setdefault(strip_honorifics(name), role)
        merged: dict[str, str] = {}
        for name in names:
            k = _key(name) if fold(surname(name)) == fold(word) else fold(name)
            merged[k] = _one_person(merged.get(k, name), name)
        hits = [n for n in merged.values() if n]
        if len(hits) != 1 or len(merged) != 1:
            return None
        return hits[0], names.get(hits[0])

    def _askers_by_name(self, turns: list[Turn]) -> list[Turn]:
        """An interviewer or a journalist labelled by name ("Martin Soong:", "WARHAFT:",
        "Nathan Hodge:") asks: the speaker whose turns are mostly questions, who says less
        than half what the one who answers says, and whom that one answers; or, where the
        heading's author answers (an interview of its author, or the author and one other
        voice, and the author asks less than half the time), the other voice that asks at
        all and more often than the author. Their turns are flagged questions and keep the
        name and role."""
        said: dict[str, int] = {}
        for t in turns:
            if t.speaker and t.attribution == "verbatim":
                said[t.speaker] = said.get(t.speaker, 0) + len(t.text.split())
        if len(said) < 2:
            return turns
        author = (self.author() or (None, ""))[1]
        main = max(said, key=lambda n: said[n])
        interviewed = author in said and (self.interview or len(said) == 2)
        if interviewed and _asks(_of(turns, author), False):
            interviewed = False  # the author mostly asks: the author interviews
        main = author if interviewed else main
        asking = {
            name
            for name in said
            if name not in (main, author)
            and (interviewed or said[name] * 2 < said[main])
            and _asks(_of(turns, name), interviewed)
            and (not interviewed or _rate(_of(turns, name)) > _rate(_of(turns, author)))
            and any(a.speaker == name and b.speaker == main for a, b in pairwise(turns))
        }
        return [
            replace(t, flags=(*t.flags, "question"))
            if t.speaker in asking and "question" not in t.flags and t.attribution == "verbatim"
            else t
            for t in turns
        ]

    def speaker_of(self, lab: Label, text: str) -> tuple[str | None, str | None, tuple[str, ...]]:
        """(speaker, role, flags) for one labelled turn."""
        flags = lab.flags
        if lab.kind == "question" and lab.name:
            name = _Q_LEAD.sub("", lab.name) or lab.name  # "Q. Kay Wells, Al Jazeera:"
            if any(norm(w) in _INSTITUTIONS for w in name.split()):
                return None, lab.role, flags  # "QUESTION (Foreign Ministry, Reuters):"
            return proper_case(name), lab.role, flags  # "Abe, Asahi Shimbun:": asker, outlet
        if lab.kind == "person" and lab.name and _Q_LEAD.match(lab.name):
            named = _Q_LEAD.sub("", lab.name)
            if len(named.split()) > 1:  # "Q. Kay Wells, Al Jazeera:": a question, its asker
                marked = flags if "question" in flags else (*flags, "question")
                return proper_case(named), lab.role, marked
        if lab.kind == "question" and lab.role and (noted := _asker_in_note(lab.role)):
            return noted[0], noted[1], flags  # "JOURNALIST (Dana Frost, Reuters):"
        if lab.kind == "question":
            asker = questioner(text, self)
            return (asker[0], asker[1] or lab.role, flags) if asker else (None, lab.role, flags)
        if lab.kind == "answer":
            who = self.author()
            return (who[1], who[0], flags) if who else (None, None, flags)
        if lab.kind == "person" and lab.name and (office := _office_only(lab.label)):
            lab = replace(lab, kind="role", name=None, role=office)  # "EL PRESIDENTE"
        if lab.kind != "chair" and (known := self._role_label(lab.label)):
            return known, self.roles.get(known), flags  # "MINISTER FOR DEFENCE PERSONNEL:" again
        if lab.kind in ("role", "chair"):
            office = lab.role or ""
            by_role = self.by_role(office)
            full_role = self.roles.get(by_role) if by_role else None  # "SG" -> "NATO SG"
            held = self.office_holder(office) if lab.kind == "role" and not by_role else None
            if held:  # "PRESIDENT:" on a Kremlin page of 2010 -> Dmitry Medvedev
                return held.name, role_case(office) or None, (*flags, *held.flags)
            return (
                by_role or _anonymous_note(lab.label),
                full_role or role_case(office) or None,
                flags,
            )
        name, title = self.full_name(lab.name or "")
        printed = _label_role(lab)
        role = printed or self._role_of_titled(name) or (role_case(title) if title else None)
        if role is None or (not printed and name not in self.roles and " " not in role):
            self.mentioned("")  # "featuring Department Spokesperson Ned Price"
            given = _longer_of(self._mention_roles.get(name), self.described(name))
            role = given if role is None or _fuller(given, role) else role
        if role is None and (written := cjk_office(name, self.intro, self.opening)):
            role = self.roles[name] = written  # "外交部发言人汪文斌" in the heading
        if (role is None or " " not in role) and (own := introduced(text, name)):
            role = self.roles[name] = own  # "I'm Barbara Bodine. I'm the director of ..."
        if lab.role and _NOTE_SEP.search(lab.label) and _asks_in(text) and not _role_key(lab.role):
            flags = (*flags, "question")  # "Jane Doe, Reuters: Minister, is Turkey ...?"
        if printed and name not in self.roles:
            self.roles[name] = printed
        return name, role, flags


# What sets off an outlet or a note after a name in a label: "Jane Doe, Reuters", "Jane Doe –
# Harbour Radio".
_NOTE_SEP = re.compile(r",\s|\s[–—-]\s")


def _asks_in(text: str) -> bool:
    """The speech asks: a question mark, or words that say it asks ("my question is ...",
    "I would like to know ...") in its first lines."""
    return "?" in text or bool(phrase_re("asking_phrases").search(text, 0, 400))


# A question mark before the asker's name in a label, e.g. "Q. ", "Q: ", "Question - ".
_Q_LEAD = re.compile(r"^(?:Q|QUESTION|Question)\s*[.:\-–]?\s+(?=[A-Z])")
# An asker and an outlet in a question label's note, e.g. "Dana Frost, Reuters", "Carl Marsh
# of Reuters", "Ida Moss from the Daily Post".
_ASKER_NOTE = re.compile(
    r"^(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})"
    r"(?:,\s+|\s+(?:of|from|with)\s+(?:the\s+)?)(?P<outlet>[A-Z][^,;:()]{1,60})$"
)


def _asker_in_note(note: str) -> tuple[str, str] | None:
    """(asker, outlet) a question label's note gives ("Dana Frost, Reuters"), None when its
    first part is no person's name ("Foreign Ministry, Reuters", "Prime Minister's Office")."""
    m = _ASKER_NOTE.match(note.strip())
    if not m or not _plausible(m.group("name"), False, None):
        return None
    if any(norm(w) in _INSTITUTIONS for w in m.group("name").split()):
        return None  # "Foreign Ministry, Reuters"
    return m.group("name"), m.group("outlet").strip()


# Russian initials before a surname, e.g. "В.Путин", "С. В. Лавров" (the first initial is kept).
_CYRILLIC_INITIALS = re.compile(
    r"^([А-ЯЁ])\.\s*(?:[А-ЯЁ]\.\s*)?([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)$"
)
# A man's first name in an oblique case and its nominative ending: "Владимира" -> "Владимир",
# "Сергея" -> "Сергей", "Дмитрием" -> "Дмитрий".
_OBLIQUE: tuple[tuple[str, str], ...] = (
    ("ием", "ий"),
    ("ии", "ий"),
    ("ем", "й"),
    ("ее", "ей"),
    ("ом", ""),
    ("я", "й"),
    ("ю", "й"),
    ("а", ""),
    ("у", ""),
    ("е", ""),
)


def _nominative(given: str) -> str | None:
    for ending, nom in _OBLIQUE:
        if given.endswith(ending) and len(given) > len(ending) + 2:
            return given[: -len(ending)] + nom
    return None


def _fuller(given: str | None, office: str) -> bool:
    """Whether the office the page gives a person names the one-word office their label
    prints, in more words: "Minister for Foreign Affairs" for "MINISTER PETROV:"."""
    return bool(given) and norm(office) in norm(given or "").replace("-", " ").split()


def _longer_of(mentioned: str | None, described: str | None) -> str | None:
    """The office the opening lines give a name, where two readings of them give it: the one
    that says more of the same ("former Secretary of State" over "Secretary of State")."""
    if mentioned and described and "," not in described:
        extra = norm(described).removesuffix(norm(mentioned))
        if extra != norm(described) and len(extra.split()) <= 2:  # "former " + the office
            return described
    return mentioned or described


def _or_fuller(given: str | None, printed: str | None) -> str | None:
    """The label's office, or the page's where it says more ("Minister" -> "Foreign Minister")."""
    if printed is None or (" " not in printed and _fuller(given, printed)):
        return given or printed
    return printed


@lru_cache(maxsize=8192)
def _office_only(name: str) -> str | None:
    """The office a label names with no one's name, in words the label grammar does not
    read as an office ("PRESIDEN REPUBLIK INDONESIA", "EL PRESIDENTE", "PRESIDENTE DEL
    GOBIERNO"): role words, the country or organisation the office is of, and the small
    words between; None when any word may be a name."""
    words = role_case(name).split()
    if words and (norm(words[0]) in _ARTICLES or norm(words[0]) in HONORIFICS):
        words = words[1:]  # "EL PRESIDENTE", "BAPAK PRESIDEN"
    if not words or not is_role_word(words[0]):
        return None
    for w in words[1:]:
        if not (
            is_role_word(w)
            or norm(w) in _LINKING
            or norm(w) in _COMPLEMENTS  # "LA MINISTRE DES ARMÉES"
            or offices.organisation(w)
        ):
            return None
    return " ".join(w.lower() if norm(w) in _SMALL else w for w in words)


_COMPLEMENTS = terms("office_complements")
# Articles before an office ("EL PRESIDENTE", "LA PRESIDENTA") and the small words inside one.
_ARTICLES = frozenset(("el", "la", "le", "the", "il", "o", "a"))
_SMALL = frozenset(("de", "del", "of", "the", "la", "du", "des", "di", "della"))
_LINKING = _SMALL | frozenset(
    ("republic", "republik", "república", "république", "repubblica", "gobierno", "government")
)


def _label_role(lab: Label) -> str | None:
    """The role a person's label prints, None for a key letter in its place: "Fu Ying (F)" and
    "Lionel Barber (B)" print the letters the later labels ("F:", "B:") use for the person,
    and None for a degree or honour ("MSc", "OBE")."""
    role = lab.role
    if role and all(norm(w.strip(".")) in POSTNOMINALS for w in role.split()):
        return None  # "Karl Nehammer, MSc:": a degree after the name, no role
    if not role or not _KEY_NOTE.match(role) or not lab.name:
        return role
    letters = [w[0] for w in lab.name.replace("-", " ").split() if w[:1].isupper()]
    keyed = "".join(letters).startswith(role) or (len(role) == 1 and role in letters)
    return None if keyed else role


# A note of one to three capitals after a name, e.g. "(F)", "(LB)".
_KEY_NOTE = re.compile(r"^[A-Z]{1,3}$")
# A note in brackets after an office that names the function the speaker serves, e.g.
# "CABINET PUBLIC RELATIONS SECRETARY (MODERATOR)".
_NOTE = re.compile(r"\(([^()]{2,40})\)\s*$")
_ANONYMOUS = terms("anonymous_officials")
_INSTITUTIONS = terms("institution_heads")


def _anonymous_note(label: str) -> str | None:
    """ "Moderator" for "CABINET PUBLIC RELATIONS SECRETARY (MODERATOR)": an office label whose
    note names an anonymous function (the lexicon's anonymous officials), which the user sees
    and filters by; None when there is no such note."""
    m = _NOTE.search(label)
    if not m or norm(m.group(1)) not in _ANONYMOUS:
        return None
    return role_case(m.group(1))


# The words an office's name follows in a heading: "by the", "of the", "du", "de la", "del".
_HEADING_OF = frozenset(
    ("by", "of", "the", "du", "de", "la", "del", "della", "des", "dello", "von", "der", "do", "da")
)


def _heading_office(intro: str) -> str | None:
    """The one office a heading's lines name after "by"/"of"/"du" with no name after it
    ("Press conference of the President of the Republic" -> "President of the Republic");
    None where they name none, two, or a person with it."""
    found: set[str] = set()
    for line in intro.splitlines():
        ws = line.replace("’", "'").split()
        k = 0
        while k < len(ws):
            start = k
            if _after_by(ws, k) and _office_head(ws[k]):
                while k < len(ws) and _office_word(ws[k]):
                    k += 1
                while k > start and norm(ws[k - 1]) in _SMALL | _HEADING_OF | {"for", "to"}:
                    k -= 1
                if k < len(ws) and ws[k][:1].isupper() and not _linking_end(ws[k]):
                    return None  # "by Foreign Minister Tomas Virta": a person, not the office
                found.add(_office_case(ws[start:k]))
            k = max(k, start + 1)
    return found.pop() if len(found) == 1 else None


def _after_by(ws: list[str], k: int) -> bool:
    """Whether ws[k] follows "by", "of", "du" (an article between or not): the office of the
    one whose words the page gives, not the one addressed ("to the Prime Minister")."""
    if k and norm(ws[k - 1]) in _HEADING_ARTICLES:
        k -= 1
    return bool(k) and norm(ws[k - 1]) in _HEADING_BY


_HEADING_BY = words("by of du de des del della dello von do da")
_HEADING_ARTICLES = words("the la le el il der")


def _heading_line(line: str) -> bool:
    """A line of the opening that reads as a heading: in capitals (but for an ordinal's
    "3ème"), or short and unended."""
    letters = [c for c in line if c.isalpha()]
    short = len(line.split()) <= 12 and not line.rstrip().endswith((".", ":", "?", "!"))
    return bool(letters) and (sum(map(str.isupper, letters)) >= 0.9 * len(letters) or short)


def _office_head(word: str) -> bool:
    return word[:1].isupper() and norm(word) not in _HEADING_OF | _SMALL and is_role_word(word)


def _office_word(word: str) -> bool:
    k = norm(word)
    return k not in _NOT_OFFICE and (is_role_word(word) or k in _LINKING)


# Words that end an office in a heading: "and" (a second one follows), "on" (its subject).
_NOT_OFFICE = frozenset(("and", "on", "et", "y", "e", "und"))
# Words that may follow an office in a heading, in capitals too, where no name follows it.
_AFTER_OFFICE = words(
    "at in on to for with and after before during following from à au aux en sur avec après "
    "lors pour a al ante con sobre tras nel alla sul dopo am im zum zur bei nach mit"
)


def _linking_end(word: str) -> bool:
    """A capitalised word that may follow an office in a heading without naming a person."""
    bare = word.rstrip(".,:;")
    return norm(bare) in _HEADING_OF | _AFTER_OFFICE or not bare.isalpha()


def _office_case(ws: list[str]) -> str:
    """ "PRÉSIDENT DE LA RÉPUBLIQUE" -> "Président de la République"."""
    out = role_case(" ".join(ws)).split()
    return " ".join(w.lower() if i and norm(w) in _SMALL else w for i, w in enumerate(out))


# Words that make a role a different office from the one it names: "Vice-President" is no
# "President:", "Deputy Spokesperson" no "Spokesperson:".
_LESSER = frozenset(("vice", "deputy"))


def _nominative_pairs(
    pairs: list[tuple[str | None, str]], title: str | None
) -> list[tuple[str | None, str]]:
    """The heading's people in the nominative where a Russian heading names them in the
    genitive after its event ("Интервью Министра иностранных дел Сергея Лаврова газете ..."
    -> ("Министр иностранных дел", "Сергей Лавров")): the name labels and text print."""
    first = title.split(None, 1)[0].casefold() if title and title.strip() else ""
    if first not in terms("cyrillic_heading_events"):
        return pairs
    return [
        (_office_nominative(role), nominative(name)) if name in (title or "") else (role, name)
        for role, name in pairs
    ]


def _office_nominative(role: str | None) -> str | None:
    """ "Министра иностранных дел" -> "Министр иностранных дел": the office's words the
    lexicon gives a nominative for (`cyrillic_genitive_offices`), capitals kept."""
    if not role:
        return role
    out = []
    for w in role.split():
        nom = _GENITIVE_OFFICES.get(w.casefold())
        out.append((nom.capitalize() if w[:1].isupper() else nom) if nom else w)
    return " ".join(out)


_GENITIVE_OFFICES = dict(pair.split("=", 1) for pair in terms("cyrillic_genitive_offices"))


def _headline_first(
    pairs: list[tuple[str | None, str]], title: str | None
) -> list[tuple[str | None, str]]:
    """The heading's people, those the headline names first: a page's navigation, slogan or
    banner above the headline ("Home Meetings & Statements", "Yuexiu Park Lantern Festival")
    is not who speaks, the person in "Remarks by Ambassador Zhang Jun at ..." is."""
    if not title:
        return pairs
    return sorted(pairs, key=lambda p: p[1] not in title)


def _before_speech(opening: str) -> list[str]:
    """The opening lines before the first label that opens a speech on its line."""
    out = []
    for line in opening.split("\n"):
        lab = match_label(line)
        if lab and not lab.weak and line[lab.rest :].strip():
            break
        out.append(line)
    return out


def _of(turns: list[Turn], name: str) -> list[Turn]:
    return [t for t in turns if t.speaker == name]


def _rate(turns: list[Turn]) -> float:
    """The share of the turns that hold a question mark."""
    return sum("?" in t.text for t in turns) / len(turns) if turns else 0.0


def _asks(turns: list[Turn], interviewed: bool) -> bool:
    """More than half the turns hold a question mark; in an interview of the page's author,
    any of them."""
    asked = sum("?" in t.text for t in turns)
    return asked * 2 > len(turns) or (interviewed and asked > 0)


# A heading that calls the page an interview, e.g. "... Interview With CNBC", "Interview: ...".
_INTERVIEW = re.compile(r"\binterview(?:ed)?\b", re.I)


# A label of initials only, e.g. "CL", "TAG", "JB" (two to four capitals).
_INITIALS_ONLY = re.compile(r"^[A-Z]{2,4}$")


def _initials(name: str) -> str:
    """The first letters of a name's words, honorifics and particles left out
    ("Dr Tedros Adhanom Ghebreyesus" -> "tag", "Ursula von der Leyen" -> "ul")."""
    words = [w for w in strip_honorifics(name).replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words).casefold()


def _key(name: str) -> str:
    """The key a document's full names are kept under: the surname, accents folded."""
    return fold(surname(name))


def _one_person(old: str, new: str) -> str:
    """The one spelling two names under the same surname share, or "" for two people:
    "Richard N. Haass" and "Richard Haass" are one person (spelled without the initial),
    "Grabar-Kitarovic" and "GRABAR-KITAROVIĆ" too; "Mark Kelly" and "Laura Kelly" are two."""
    if fold(old) == fold(new) or not old:
        return old
    a, b = [fold(w) for w in old.split()], [fold(w) for w in new.split()]
    core_a = [w for w in a if len(w.rstrip(".")) > 1]
    core_b = [w for w in b if len(w.rstrip(".")) > 1]
    if core_a == core_b:
        return min(old, new, key=len)
    if a[-1] == b[-1] and same_given(a[0].rstrip("."), b[0].rstrip(".")):
        # "Petro Kovalenko" and "Petr Kovalenko" (a transliteration), "J. Kovalenko": one
        # person, spelled as first printed with a whole first name
        return new if len(a[0].rstrip(".")) == 1 < len(b[0].rstrip(".")) else old
    return ""


def _words_key(text: str) -> str:
    return " ".join(norm(w) for w in text.replace("-", " ").split())


def _is_full(name: str) -> bool:
    """A label that spells a whole name ("JOHN SMITH"), not "MR. SMITH" or "S. V. LAVROV"."""
    *head, last = name.split() or [""]
    if head and not last.isupper() and all(_ABBREVIATION.match(w) for w in head):
        return False  # "SRS Hoffmann": a title abbreviated, then a surname
    words = split_title(proper_case(name))[1].split()
    return len(words) > 1 and norm(words[0]) not in HONORIFICS and len(words[0].rstrip(".")) > 1


def _role_fits(want: frozenset[str], have: frozenset[str], role: str = "") -> bool:
    """ "Secretary General" fits "NATO Secretary General"; a lone "Staff" fits only "Staff",
    a lone "Minister" also the role it heads ("Minister for Foreign Affairs", "Foreign
    Minister"; never "Chief of Staff")."""
    if len(want) == 1 and role and norm(_head_noun(role)) in want:
        return True
    return bool(want) and (want == have or (len(want) > 1 and want <= have))


# The words after a role's head noun that open its complement ("Minister for ...", "ministre
# des ...", "Ministra de ...").
_HEAD_LINKS = words("of for to de des du del della degli da do dos das di")


def _head_noun(role: str) -> str:
    ws = role.split()
    k = next((k for k, w in enumerate(ws) if w in _HEAD_LINKS and k), len(ws))
    return ws[k - 1] if k else ""


@lru_cache(maxsize=8192)
def _role_key(role: str) -> frozenset[str]:
    """The role words of a role, e.g. {"secretary", "general"}; asked of every role a page
    gives at each office label, so kept."""
    words = norm(role).replace("-", " ").split()
    return frozenset(w for w in words if w in ROLE_WORDS and w not in ("of", "the"))


def questioner(text: str, people: People | None = None) -> tuple[str, str | None] | None:
    """(name, outlet) when a question opens by introducing its asker, else None."""
    head = _COURTESY.sub("", text[:_MAX_INTRO], count=1)
    for rx in _INTRO:
        m = rx.match(head)
        if m and _plausible(m.group("name"), rx is _INTRO[0], people):
            found = m.groupdict()
            outlet = found.get("outlet") or found.get("outlet2") or _outlet(head[m.end() :])
            return m.group("name"), _clean_outlet(outlet)
    return None


# A moderator calling on the next questioner at the end of a turn, e.g. "We'll start with
# Robin Emmott, Reuters.", "Next question, Teri Schultz from NPR.", "Alexander Yunashev, Life, please."
_CALLED = re.compile(
    r"(?P<name>[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})(?:,\s+|\s+(?:from|with)\s+(?:the\s+)?)"
    r"(?P<outlet>[A-Z][\w&'’.\- ]{1,60}?)(?:,\s*please)?[.!]?\s*$"
)
_LAST_SENTENCE = re.compile(r"(?:^|[.!?]\s+)([^.!?]*[.!?]?)\s*$")


def called_on(text: str, people: People | None = None) -> tuple[str, str | None] | None:
    """(name, outlet) of the questioner a moderator calls on at the end of `text`."""
    last = _LAST_SENTENCE.search(text[-200:])
    if not last or len(last.group(1).split()) > 10:
        return None  # a call is short: not "China raised it at the IAEA Board of Governors."
    m = _CALLED.search(last.group(1))
    if not m or re.search(r"\b(?:the|from)\s+$", last.group(1)[: m.start()], re.I):
        return None  # "Next question from the Finnish Broadcasting Company, Yle."
    if _plausible(m.group("name"), False, people):
        return m.group("name"), _clean_outlet(m.group("outlet"))
    outlet, name = m.group("name"), m.group("outlet").strip()
    if _FULL_NAME_ONLY.match(name) and _plausible(name, False, people):
        return name, outlet  # the outlet first: "We'll go to Associated Press, Lita Baldor."
    return None


# Two or three capitalised name words and nothing else, e.g. "Lita Baldor".
_FULL_NAME_ONLY = re.compile(r"^[A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2}$")


def _plausible(name: str, introduced: bool, people: People | None) -> bool:
    words = name.split()
    if norm(words[0]) in HONORIFICS or any(norm(w) in ROLE_WORDS for w in words):
        return False
    if any(norm(w) in NOT_PERSON for w in words):
        return False  # "Finnish Broadcasting Company"
    if people and _key(name) in people.full:
        return False
    return introduced or len(words) >= 2


def _outlet(rest: str) -> str | None:
    m = _OUTLET.search(rest[:200])
    return m.group("outlet") if m else None


def _clean_outlet(outlet: str | None) -> str | None:
    if not outlet:
        return None
    outlet = _DESCRIPTOR.sub("", outlet.strip())
    return outlet.strip().strip('«»"“”„') or None  # "«Коммерсантъ»" -> "Коммерсантъ"


__all__ = ["People", "called_on", "questioner", "split_role_name"]


def printed_offices(turns: tuple[Turn, ...]) -> tuple[Turn, ...]:
    """The turns, each whose speaker the document names only by an office and a surname
    ("President Trump", "Foreign Minister Lavrov") and which has no role given that office
    as its role; the speaker is kept as printed (one turn at a time, no pass over the text)."""
    out = []
    for t in turns:
        if t.speaker and not t.role and "question" not in t.flags:
            office, rest = split_title(t.speaker)
            if office and rest[:1].isupper():
                t = replace(t, role=office)
        out.append(t)
    return tuple(out)
