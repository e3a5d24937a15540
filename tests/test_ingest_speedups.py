"""The parser's speed-ups read exactly as the code they replaced: letter-tree alternations,
cheap pre-tests before costly regexes, searches that start late. Each is checked against the
plain form it stands for, on generated strings and on the lines of the fixtures."""

from __future__ import annotations

import importlib
import random
import re
from pathlib import Path
from re import _constants as C  # the regex opcodes, to sample a pattern
from re import _parser

import pytest

from nrc_search.ingest.lexicon import lexicon, longest_first, may_hold, phrase_re
from nrc_search.ingest.names import is_role_word

FIXTURES = Path(__file__).parent / "fixtures"
# `nrc_search.ingest` re-exports functions named like its modules (`clean`): import by name.
clean = importlib.import_module("nrc_search.ingest.clean")
dates = importlib.import_module("nrc_search.ingest.dates")
mentions = importlib.import_module("nrc_search.ingest.mentions")
news = importlib.import_module("nrc_search.ingest.news")
offices = importlib.import_module("nrc_search.ingest.offices")


def _flat(words) -> str:
    return "|".join(map(re.escape, sorted(dict.fromkeys(words), key=len, reverse=True)))


def _fixture_lines() -> list[str]:
    out: list[str] = []
    for p in sorted(FIXTURES.glob("*.txt"))[:60]:
        out += p.read_text(encoding="utf-8", errors="replace").split("\n")
    return out


def _fuzz(pieces: list[str], n: int, most: int = 8, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, most))) for _ in range(n)]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


@pytest.mark.parametrize("name", ["_DMY", "_MDY", "_MD", "_DM"])
def test_month_tree_finds_what_the_flat_alternation_found(name):
    tree = getattr(dates, name)
    flat_mon = "(?P<mon>" + _flat(dates._MONTHS) + r")\.?"
    flat = re.compile(tree.pattern.replace(dates._MON, flat_mon), tree.flags)
    names = list(dates._MONTHS)
    texts = [
        ctx.format(m=v, d=d)
        for n in names
        for v in (n, n.upper(), n.title(), n[:-1], n + "a")
        for ctx in ("{d} {m} 2011", "{m} {d}, 2011", "{m}. {d}", "on {m} {d} -", "x{m} {d}")
        for d in (4, 31)
    ]
    texts += _fuzz([*names, " ", ", ", "4", "21", "2011", "th", "of", "MAYIS", "ı", "ſ"], 3000)
    for t in texts:
        assert _spans(tree, t) == _spans(flat, t), t


@pytest.mark.parametrize("name", sorted(lexicon()))
def test_phrase_tree_finds_what_the_flat_alternation_found(name):
    words = lexicon()[name]
    flat = re.compile(r"(?<!\w)(?:" + _flat(words) + r")(?!\w)", re.I)
    tree = phrase_re(name)
    pieces = [*words, *(w.upper() for w in words), *(w[:-1] for w in words), " ", "-", "s", "ı"]
    for t in _fixture_lines()[:1500] + _fuzz(pieces, 400, 5):
        assert [m.span() for m in tree.finditer(t)] == [m.span() for m in flat.finditer(t)], t


def test_a_fork_of_letters_one_to_re_i_stays_flat():
    # "K" (Kelvin sign) and "k" are one letter to re.I: a tree could take the wrong fork.
    assert longest_first(["\u212aa", "kab"]) == _flat(["\u212aa", "kab"])
    assert longest_first(["ma", "mar", "may"]) == "ma(?:(?:r|y))?"


def _samples(items) -> list[str]:
    """Strings a parsed regex matches, each alternative of each branch taken once."""
    out = [""]
    for op, av in items:
        variants = _variants(op, av)
        out = [out[0] + v for v in variants] + [s + variants[0] for s in out[1:]]
    return out


def _variants(op, av) -> list[str]:
    if op is C.LITERAL:
        return [chr(av)]
    if op is C.NOT_LITERAL or op is C.ANY:
        return ["x" if av != ord("x") else "y"]
    if op is C.IN:
        return [_in_sample(av)]
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        lo, hi, sub = av
        inner = _samples(sub)
        k = max(lo, 1) if hi else 0
        taken = [inner[0] * k] + [v + inner[0] * (k - 1) for v in inner[1:]] if k else [""]
        return [*taken, ""] if lo == 0 and k else taken  # an optional part, taken and left
    if op is C.SUBPATTERN:
        return _samples(av[3])
    if op is C.BRANCH:
        return [s for alt in av[1] for s in _samples(alt)]
    return [""]  # anchors, \b, lookarounds


def _in_sample(items) -> str:
    if items[0][0] is C.NEGATE:
        return "x"
    op, av = items[0]
    if op is C.LITERAL:
        return chr(av)
    if op is C.RANGE:
        return chr(av[0])
    return {C.CATEGORY_DIGIT: "1", C.CATEGORY_SPACE: " ", C.CATEGORY_WORD: "a"}.get(av, "a")


@pytest.mark.parametrize(
    ("rx", "keys"),
    [(clean._CAPTION, clean._CAPTION_KEYS), (news._ANON, news._ANON_KEYS)],
    ids=["caption", "anonymous-source"],
)
def test_every_phrase_of_a_prefiltered_regex_holds_a_key(rx, keys):
    """A phrase added to the regex without a key word in its pre-test fails here."""
    matched = 0
    for s in _samples(_parser.parse(rx.pattern, rx.flags)):
        for text in (s, s.upper(), f"x {s} y"):
            if rx.search(text):
                matched += 1
                assert may_hold(text, keys), text
    assert matched > 20


def test_caption_pretest_and_time_tail_read_as_before():
    pieces = ["Photo", "credit", ":", " by ", "(L-R)", "left", "REUTERS/", "©", "ı", "ſ", " ", "x"]
    pieces += [" on Monday", " late on Friday night", " today", " also", "\n", "K", "said", ","]
    for t in _fixture_lines()[:2000] + _fuzz(pieces, 20000, 10):
        a, b = clean._CAPTION.search(t), clean._caption_in(t)
        if a is None and len(t) < 400:  # the credit field and the pictured person's place
            a = clean._credit_field().search(t) or clean._position_note().search(t)
        assert (a and a.span()) == (b and b.span()), t
        assert news._without_time_tail(t) == news._TIME_TAIL.sub("", t), t
        toks = news._TOKEN.findall(t)
        assert news._tokens(t, last=12) == toks[-12:], t
        assert news._tokens(t, first=8) == toks[:8], t


def test_role_before_and_after_read_as_before():
    lower_before = re.compile(r"((?<![^\W\d_])(?:[a-z][a-z\-]+ ){1,3})$")  # whole words only

    def old_before(text: str, start: int) -> list[str]:
        m = lower_before.search(text[max(0, start - 50) : start])
        out: list[str] = []
        for w in reversed(m.group(1).split() if m else []):
            if not is_role_word(w) or w in mentions._JOIN or w in ("and", "on", "to"):
                break
            out.insert(0, w)
        return out

    pieces = ["foreign ", "minister ", "chief ", "the ", " ", "\n", "X", "ab", "-", ",", "of "]
    pieces += ["Lavrov", ", Minister of Defence", "\nU.S. Representative", "said "]
    rng = random.Random(2)
    for t in _fuzz(pieces, 20000, 12):
        start = rng.randint(0, len(t))
        assert mentions._role_before(t, start) == old_before(t, start), (t, start)
        a, b = mentions._ROLE_AFTER.match(t[start:]), mentions._ROLE_AFTER_AT.match(t, start)
        assert (a and (a.group(), a.group(1))) == (b and (b.group(), b.group(1))), (t, start)


def test_organisation_is_the_leftmost_of_the_nine_patterns():
    def old(text: str) -> str | None:
        best = None
        for org, rx in offices._ORGS:
            m = rx.search(text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), org)
        return best[1] if best else None

    # The one-pass regex carries each pattern's re.I and names its groups: no other flag, no
    # group of a pattern's own.
    assert all(rx.flags & ~(re.I | re.U) == 0 and rx.groups == 0 for _, rx in offices._ORGS)
    pieces = ["NATO", "the UN", "U.N.", "UN-", "Kremlin", "moscow", "U.S.", "US", "British"]
    pieces += ["Italy", "Italian", "Tokyo", "Canada", "Ottawa", "Canadian"]
    pieces += ["French", "Berlin", "China", "Kyiv", "Security Council", " ", "x", "\n"]
    for t in _fixture_lines()[:2000] + _fuzz(pieces, 5000):
        assert offices.organisation(t) == old(t), t


def test_line_pretests_of_clean_read_as_before():
    pieces = ["(", " ", "\t", "©", "Editing by", "editor", "Source", "ſource", "Contact us", "x"]
    pieces += ["Jane Doe", " contributed ", "to ", "this report", "CONTENTS", "Table of contents"]
    pieces += ["In this issue", ":", "S/PV.6627", "A/66/PV.12", "25/04/2022", "The situation"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 20000, 7):
        assert bool(clean._CREDIT.match(t)) <= clean._credit_like(t), t
        assert bool(clean._CONTENTS.match(t)) <= may_hold(t, clean._CONTENTS_KEYS), t
        assert bool(clean._CONTENTS.match(t)) <= ((t.rstrip()[-1:] or "x") in "sSſeE:"), t
        assert bool(clean._RUNNING_HEAD.match(t)) <= ("PV." in t), t


def test_capitalised_runs_are_the_regex_runs():
    pieces = ["al-", "el-", "ad-", "as-", "ash-", "abu-", "Assad", "U.S.", "A.", "Mr.", "von "]
    pieces += [" ", "\n", "x", "a", "l", "-", "Ā", "ž", "É", "'s", "of ", "the ", "Jean-Claude"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 20000, 12):
        want = [(m.span(), m.group()) for m in mentions._RUN.finditer(t)]
        assert [(m.span(), m.group()) for m in mentions._runs(t)] == want, t


blocks = importlib.import_module("nrc_search.ingest.blocks")
segment = importlib.import_module("nrc_search.ingest.segment")


def _phrase_lines(rx: re.Pattern[str]) -> list[str]:
    """Lines a whole-line regex may match: each alternative once and every start of it, with
    and without a "(" before it, in three cases and with the letters re.I takes for "i", "k"
    and "s", after the leading marks and spaces it allows."""
    samples = _samples(_parser.parse(rx.pattern, rx.flags))
    starts = {s[:k] for s in samples for k in range(len(s) + 1)}
    starts |= {s.replace("(", "", 1) for s in starts}
    starts |= {s.replace(a, b) for s in starts for a, b in _FOLDS if a in s}
    out = []
    for s in sorted(starts):
        for lead in ("", " ", "• ", "- ", "\u00a0»", "("):
            out += [lead + s, lead + s.upper(), lead + s.title()]
    return out


# Letters re.I takes for an ASCII letter that str.lower() does not map to it.
_FOLDS = (("i", "ı"), ("i", "İ"), ("s", "ſ"), ("k", "\u212a"))


@pytest.mark.parametrize(
    ("rx", "pretest"),
    [
        (clean._CHROME, clean._chrome_like),
        (clean._RELATED, clean._related_like),
        (clean._CREDIT, clean._credit_like),
    ],
    ids=["chrome", "related", "credit"],
)
def test_first_word_pretests_of_whole_line_regexes_let_every_phrase_through(rx, pretest):
    """A phrase added to `_CHROME`, `_RELATED` or `_CREDIT` without its first word in the
    pre-test fails here (its line would no longer be dropped)."""
    pieces = ["Share", " ", "(3)", "Komentari", "-", "•", "ENDS", "ſhare", "Read more", "x", "1"]
    texts = _phrase_lines(rx) + _fixture_lines()[:3000] + _fuzz(pieces, 20000, 6)
    matched = [t for t in texts if rx.match(t)]
    assert len(matched) > 40
    assert all(pretest(t) for t in matched), [t for t in matched if not pretest(t)][:3]


def test_line_pretests_of_blocks_dates_and_segment_read_as_before():
    linky = re.compile(
        r"https?://|www\.|\S+\.(?:com|org|net|int|ru|gov)\b|(?:^|\s)[/>›»|](?:\s|$)|[/>›»|]\s*$"
        r"|\b[a-z]{2}-[A-Z]{2}\d*\b"
    )
    pieces = ["a.com", ".com", " .gov", "x.ru", "www.", "http://", " / ", "|", "»", "en-GB1", " "]
    pieces += ["Home", ">", "x", "-", "\n", "updated", "Modified", "ſ", "ı", "(photo: AP)", ")"]
    pieces += ["financialgovernmentsolutions", "legalreuters", "You", "OU", "yours", ":", "1"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 20000, 8):
        assert blocks._linky(t) == bool(linky.search(t)), t
        assert bool(blocks._GLUED.search(t)) <= (blocks._word_stats(t)[1] >= 22), t
        assert blocks._words(t) == len(blocks._WORD.findall(t)), t
        a, b = dates._updated(t), dates._UPDATED.search(t)
        assert (a and a.span()) == (b and b.span()), t
        assert bool(clean._NAV_SEP.match(t)) <= bool(clean._NAV_CHARS.search(t)), t
        assert bool(segment._TRAILING_CREDIT.search(t)) <= t.rstrip().endswith(")"), t


def test_full_date_cache_reads_as_the_plain_search_and_follows_today(monkeypatch):
    def old(line: str):
        best = None
        for rx in (dates._ISO, dates._DMY, dates._MDY, dates._DOTS, dates._SLASH, dates._CJK):
            for m in rx.finditer(line):
                ymd = dates._ymd(m)
                if ymd and dates.valid(ymd) and (best is None or m.start() < best[0]):
                    best = (m.start(), ymd)
                    break
        return best[1] if best else None

    pieces = ["12 May 2031", "May 12, 2001", "2001-12-18", "18.12.2001", "12/18/2001", " ", "x"]
    pieces += ["2024年10月18日", "31 February 2001", "on", "\n", "7 March 2024", "1999"]
    texts = _fixture_lines()[:3000] + _fuzz(pieces, 5000, 4)
    for t in texts:
        assert dates.full_date(t) == old(t), t
    # The cache keeps the dates a line spells, not whether they are past: a later today reads
    # "12 May 2031" as dated.
    import datetime as dt

    monkeypatch.setattr(dates, "today", lambda: dt.date(2032, 1, 1))
    assert dates.full_date("12 May 2031") == (2031, 5, 12)
    for t in texts[:2000]:
        assert dates.full_date(t) == old(t), t


def test_first_person_regex_finds_a_first_person_word_where_the_word_list_does():
    words = re.compile(segment._FIRST_PERSON_WORDS)
    pieces = ["I", "I'm", "we", "We", "WE", "my", "My", "our", "Our", "OUR", "us", "Us", "x"]
    pieces += [" ", "_", "1", "é", "'", "ve", "re", "Io", "wee", "-", "\n", "Ours", "mY"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 30000, 6):
        assert bool(segment._FIRST_PERSON.search(t)) == bool(words.search(t)), t


def test_separator_and_page_lines_open_with_the_mark_or_digit_the_pretest_asks():
    pieces = [" ", "\t", "•", "·", "|", "*", "_", "=", "~", "-", "–", "—", "12-22014", "3"]
    pieces += ["(E)", "S/PV.6711", "A/66/PV.12", "22-32456", "3/25", "٣", "x", "\u00a0"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 30000, 5):
        first = t.strip()[:1]
        assert bool(clean._SEPARATOR.match(t)) <= (first in "•·|*_=~-–—"), t
        assert bool(clean._PAGE.match(t)) <= (first.isdecimal() or first in "AS"), t


def test_one_regex_for_both_interface_lists_finds_a_word_wherever_either_does():
    pieces = ["Log in", "login", "password", "share", "Video", "like", "cookies", ".gov website"]
    pieces += ["{{", "sign-in", " ", "x", "\n", "ſign up", "lıke", "ıt", "-", "subscriber", "a"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 20000, 6):
        either = phrase_re("ui_terms").search(t) or phrase_re("ui_weak").search(t)
        assert bool(blocks._any_ui().search(t)) == bool(either), t


def test_you_is_found_as_the_ou_scan_found_it():
    ou = re.compile(r"(?:ou|OU)(?:rs?|RS?)?\b")

    def old(text: str) -> bool:
        for m in ou.finditer(text):
            k = m.start()
            if (
                k
                and text[k - 1] in "Yy"
                and (k < 2 or not (text[k - 2].isalnum() or text[k - 2] == "_"))
            ):
                return True
        return False

    pieces = ["you", "You", "YOU", "your", "YOURS", "yOU", "Yours", "yous", "ou", "OU", "y", "Y"]
    pieces += ["_", "1", "é", " ", "r", "R", "s", "bayou", "x", "\n", "yoour"]
    for t in _fixture_lines()[:3000] + _fuzz(pieces, 30000, 6):
        assert blocks._you(t) == old(t), t


def test_interface_words_in_lower_case_are_found_where_re_i_found_them():
    # blocks reads interface words in the lower-cased text with regexes without re.I; where a
    # letter's case forms are not those of str.lower ("ſ", "İ", "ϑ", a final capital sigma)
    # it falls back to the re.I regexes: the counts and places are those of the re.I forms.
    blocks = importlib.import_module("nrc_search.ingest.blocks")
    words = [*lexicon()["ui_terms"], *lexicon()["ui_weak"]]
    odd = ["ſ", "İ", "ı", "\u212a", "ϑ", "Σ", "ς", "ß", "\u1c80", "’", "é"]
    pieces = [*words, *(w.upper() for w in words), *(w.title() for w in words), " ", "-", *odd]
    texts = _fixture_lines()[:1500] + _fuzz(pieces, 1500, 5)
    texts += ["SHARE ON ſ", "Sign İn", "ſhare", "ΑΣ share", "ВОЙТИ", "\u1c80идео"]
    seen_fallback = 0
    for t in texts:
        terms_, weak = phrase_re("ui_terms"), phrase_re("ui_weak")
        plain = 2 * len(terms_.findall(t)) + len(weak.findall(t))
        assert blocks._ui_hits.__wrapped__(t) == plain, t
        assert blocks.ui_term_spans(t) == [m.span() for m in terms_.finditer(t)], t
        seen_fallback += blocks._lowered(t) is None
    assert seen_fallback > 0  # the odd letters took the re.I path too
    assert blocks._lower_ui() is not None  # the lexicon's phrases all read in lower case
    assert all(map(blocks._plain_case, blocks._ASCII))  # (the ASCII letters are never asked)
    assert all(map(blocks._plain_case, blocks._PLAIN))  # (nor those found plain before)


def test_a_quicker_clash_check_says_what_the_pairwise_one_said():
    lex = importlib.import_module("nrc_search.ingest.lexicon")

    def pairwise(node: dict) -> bool:
        forks = [ch for ch in node if ch]
        for i, a in enumerate(forks):
            if any(lex._case_forms(a) & lex._case_forms(b) for b in forks[i + 1 :]):
                return True
        return any(pairwise(child) for child in node.values())

    def tree(words: list[str]) -> dict:
        root: dict = {}
        for w in dict.fromkeys(words):
            node = root
            for ch in w:
                node = node.setdefault(ch, {})
            node[""] = {}
        return root

    rng = random.Random(3)
    letters = "abkKsſiıİ\u212aθϑϴΣσς"
    lists = [list(v) for v in lexicon().values()]
    lists += [
        ["".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(6)]
        for _ in range(2000)
    ]
    found = [lex._clash(tree(words)) for words in lists]
    assert found == [pairwise(tree(words)) for words in lists]
    assert any(found) and not all(found)


def test_interview_pre_test_in_lower_case_finds_what_re_i_found():
    # segment's unlabelled-interview pre-test reads the lower-cased text without re.I where
    # that is exact (blocks._lowered), else the re.I regex: the verdict is the re.I one's.
    segment = importlib.import_module("nrc_search.ingest.segment")
    odd = ["ſ", "İ", "ı", "\u212a", "ϑ", "Σ", "ß", "é", " ", "-", "&", "\n", "x"]
    pieces = ["interview", "INTERVIEWED", "Asked", "aſked", "Q & A", "q&a", "talks to", *odd]
    texts = _fixture_lines()[:3000] + _fuzz(pieces, 3000, 5)
    found = 0
    for t in texts:
        want = segment._INTERVIEW_SAID.search(t) is not None
        assert segment._says_interview(t) == want, t
        found += want
    assert found > 100
