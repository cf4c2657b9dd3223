"""Indicator lexicon: phrases (data in lexicon.csv + catalog aliases) -> catalog codes, matched in one pass.

lexicon.csv columns: `code, phrase, context`.
- `phrase`: lowercase Vietnamese words; punctuation is ignored ("thôn, làng" = "thôn làng"); a `*`
  stands for a gap of up to 15 words inside one clause ("tích hợp * lên cổng dịch vụ công quốc gia").
- `context`: optional `a|b|c`; the phrase only counts in a sentence containing one of them.
- `position`: optional `before`: the phrase only governs a number written after it ("tỷ lệ X đạt 95%"),
  not one that quantifies it ("100% X đã cung cấp trên ..." is a share of X, another measure); `after`: only a
  number written before it ("gần 80% hộ gia đình", not "hộ gia đình có địa chỉ số đạt 100%").

All literal phrases form one trie of words, walked from every word of a sentence (so overlapping matches at
different starts are all found, and every phrase a longer one begins with); the same for the phrases without
diacritics. Gap phrases are a few extra regexes, each tried only where its first word stands.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .normalise import normalise_phrase
from .numbers import COUNT, MONEY, PERCENT, SCORE
from .provinces import seeds_dir

LEXICON_CSV = Path(__file__).with_name("lexicon.csv")
SYNONYMS_CSV = Path(__file__).with_name("synonyms.csv")
RANK, PER1000 = "rank", "per1000"
UNIT_CLASS = {
    "percent": PERCENT,
    "billion_vnd": MONEY,
    "count": COUNT,
    "rank": RANK,
    "index_0_1": SCORE,
    "per_1000_population": PER1000,
}
_PUNCT = re.compile(r"[^\w\s]")
_MIN_FOLDED_WORDS = 3
_WORD_RE = re.compile(r"\w+")


def _fold_table() -> dict[int, str]:
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in range(0xC0, 0x1EFA):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base.isascii() and base.isalpha() and len(unicodedata.normalize("NFD", chr(cp))) > 1:
            table[cp] = base
    return table


_FOLD = _fold_table()


def fold(lex: str) -> str:
    """`lex` without its diacritics, one character for one ("họp đồng" and "hợp đồng" both read "hop dong"):
    where a phrase misspelt in its tones or vowel marks is still found. Offsets stay those of `lex`."""
    return lex.translate(_FOLD)


def lex_view(low: str) -> str:
    """The lower view (where "tỉ" is already spelt "tỷ") with punctuation and bracketed abbreviations blanked (same
    length): what phrases are matched against. "dịch vụ công trực tuyến (DVCTT) toàn trình" reads "dịch vụ công
    trực tuyến toàn trình"."""
    low = _ABBREVIATION.sub(lambda m: " " * len(m.group(0)), low)
    return _PUNCT.sub(" ", low)


_ABBREVIATION = re.compile(r"\(\s*[^\W\d_]{2,8}\s*\)")


@dataclass(frozen=True)
class Indicator:
    code: str
    fact_type: str
    unit: str  # catalog unit
    unit_class: str  # numbers.PERCENT / MONEY / COUNT / RANK / SCORE / PER1000
    per_level: bool  # admin_level applies (the catalog's per_admin_level)
    name_words: frozenset[str] = frozenset()  # the words of its Vietnamese name ("Số doanh nghiệp tham gia sàn ...")


@dataclass(frozen=True)
class Phrase:
    text: str  # normalised words joined by ' ' (gap as '*')
    codes: tuple[str, ...]
    contexts: tuple[tuple[str, ...], ...]  # per code: context words (empty = none)
    gap: bool
    positions: tuple[str, ...] = ()  # per code: "" anywhere, "before" / "after" the number it governs


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    phrase: Phrase


def _words(phrase: str) -> list[str]:
    return [w for w in lex_view(normalise_phrase(phrase)).split() if w]


class Lexicon:
    def __init__(self, catalog: dict[str, Indicator], rows: list[tuple[str, str, str, str]]):
        self.catalog = catalog
        grouped: dict[str, dict[str, tuple[str, ...]]] = {}
        positions: dict[tuple[str, str], str] = {}
        for code, phrase, context, position in rows:
            if code not in catalog:
                continue
            key = _phrase_text(phrase)
            if not all(key.split(" * ")):
                continue
            ctx = tuple(normalise_phrase(c) for c in context.split("|") if c.strip()) if context else ()
            codes = grouped.setdefault(key, {})
            if code not in codes:
                codes[code] = ctx
            elif codes[code] and ctx:  # two rows for one phrase and code: either row's context words will do
                codes[code] = tuple(dict.fromkeys(codes[code] + ctx))
            positions.setdefault((key, code), position.strip().lower())
        self.phrases: dict[str, Phrase] = {
            k: Phrase(k, tuple(v), tuple(v.values()), "*" in k, tuple(positions[(k, c)] for c in v))
            for k, v in grouped.items()
        }
        # every word of a code's name and phrases: the nouns its counts may be told in
        self.words: dict[str, set[str]] = {code: set(ind.name_words) for code, ind in catalog.items()}
        for k, v in grouped.items():
            for code in v:
                self.words[code].update(k.split())  # every code of `grouped` is in the catalog
        literal = [p for p in self.phrases.values() if not p.gap]
        self._trie = _word_trie((p.text.split(), p) for p in literal)
        # the same phrases without diacritics, for texts that misspell them: only phrases of three words or more
        # whose folded form no other phrase shares (two syllables alone collide too often: "số"/"sở", "chi"/"chỉ")
        by_fold: dict[str, list[Phrase]] = {}
        for p in literal:
            if len(p.text.split()) >= _MIN_FOLDED_WORDS:
                by_fold.setdefault(fold(p.text), []).append(p)
        self._fold_trie = _word_trie((k.split(), v[0]) for k, v in by_fold.items() if len(v) == 1)
        # gapped phrases by their first word: a span runs only the regexes whose first word it contains
        self._gap_res: dict[str, list[tuple[re.Pattern, Phrase]]] = {}
        for p in self.phrases.values():
            if p.gap:
                parts = [r"\s+".join(re.escape(w) for w in part.split()) for part in p.text.split(" * ")]
                body = r"(?:\s+\w+){0,25}?\s+".join(parts)
                regex = re.compile(rf"(?<!\w)(?=({body})(?!\w))")
                self._gap_res.setdefault(p.text.split()[0], []).append((regex, p))
        self._gap_order = {p.text: i for i, p in enumerate(p for p in self.phrases.values() if p.gap)}

    def find(self, lex: str, start: int = 0, end: int | None = None, folded: str | None = None) -> list[PhraseMatch]:
        """All phrase matches inside lex[start:end], sorted by (start, -end). With `folded` (= fold(lex)), also
        the phrases written with wrong diacritics ("họp đồng điện tử", "kỹ năng sô cơ bản")."""
        end = len(lex) if end is None else end
        tokens = [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(lex, start, end)]
        out: list[PhraseMatch] = []
        if folded is not None and self._fold_trie:
            folded_words = [(folded[ws:we], ws, we) for _, ws, we in tokens]
            for i, (word, _, _) in enumerate(folded_words):
                path = _walk(self._fold_trie, folded_words, i) if word in self._fold_trie else None
                if path:
                    me, phrase = path[-1]  # the longest
                    ms = tokens[i][1]
                    if " ".join(lex[ms:me].split()) != phrase.text:  # written exactly: found below
                        out.append(PhraseMatch(ms, me, phrase))
        for i, (word, ws, _) in enumerate(tokens):
            if word in self._trie:
                # the longest phrase first, then the shorter phrases it begins with
                out += [PhraseMatch(ws, me, phrase) for me, phrase in reversed(_walk(self._trie, tokens, i))]
        # a gapped phrase can only start where its first word stands: try it there alone (in the order of the
        # phrases, then of the words, as the sort below keeps equal spans in that order)
        gapped = [(r, p, ws) for word, ws, _ in tokens for r, p in self._gap_res.get(word, ())]
        for regex, phrase, pos in sorted(gapped, key=lambda g: self._gap_order[g[1].text]):
            m = regex.match(lex, pos, end)
            if m is not None:
                out.append(PhraseMatch(m.start(1), m.end(1), phrase))
        out.sort(key=lambda pm: (pm.start, -pm.end))
        return out


def _word_trie(entries) -> dict:
    """Phrases as a trie of words: each node maps a word to the next node; key "" holds the phrase ending there."""
    trie: dict = {}
    for words, phrase in entries:
        node = trie
        for w in words:
            node = node.setdefault(w, {})
        node[""] = phrase
    return trie


def _walk(trie: dict, tokens: list[tuple[str, int, int]], i: int) -> list[tuple[int, Phrase]]:
    """(end, phrase) of every phrase that starts at token i, shortest first: the words of the text, one by one. A
    place inside a phrase is read past ("doanh nghiệp nhỏ và vừa trên địa bàn tỉnh sử dụng nền tảng số")."""
    found = []
    node = trie.get(tokens[i][0])
    while node is not None:
        if "" in node:
            found.append((tokens[i][2], node[""]))
        i += 1
        nxt = node.get(tokens[i][0]) if i < len(tokens) else None
        if nxt is None and i < len(tokens) and tokens[i][0] in _PLACE_FIRST:
            skip = _place_length(tokens, i)
            if skip and i + skip < len(tokens) and tokens[i + skip][0] in node:
                i += skip
                nxt = node[tokens[i][0]]
        node = nxt
    return found


# the places a phrase may be interrupted by, as words of the lex view (longest first)
_PLACES = [
    p.split()
    for p in (
        "trên địa bàn toàn tỉnh",
        "trên địa bàn tỉnh",
        "trên địa bàn thành phố",
        "trên địa bàn",
        "trên toàn tỉnh",
        "của tỉnh",
        "của thành phố",
        "toàn tỉnh",
        "trong tỉnh",
    )
]
_PLACE_FIRST = {p[0] for p in _PLACES}


def _place_length(tokens: list[tuple[str, int, int]], i: int) -> int:
    for place in _PLACES:
        if [t[0] for t in tokens[i : i + len(place)]] == place:
            return len(place)
    return 0


_catalog_aliases: dict[str, list[str]] = {}
# catalog hints too generic to stand alone (they need a context the catalog cannot express)
_SKIP_CATALOG_ALIASES = {
    "tỷ đồng",
    "dẫn đầu",
    "xếp hạng",
    "doanh thu",
    "bệnh viện",
    "thành viên",
    "sản phẩm",
    "tài khoản giao dịch",
    "tổng số tiền",
    "lĩnh vực công nghệ thông tin",
    "dti",
    "chỉ số chuyển đổi số",
    "dịch vụ công trực tuyến toàn trình",
    "tích hợp",  # integrated with what? the national portal, a payment gateway, a data platform
}


def _read_catalog() -> dict[str, Indicator]:
    path = seeds_dir() / "indicators.csv"
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    catalog = {}
    _catalog_aliases.clear()
    for r in rows:
        for alias in (r.get("aliases_vi") or "").split("|"):
            alias = alias.strip().replace(".*", " * ").replace(".", " ")
            if alias and normalise_phrase(alias) not in _SKIP_CATALOG_ALIASES and "(" not in alias:
                _catalog_aliases.setdefault(r["code"].strip(), []).append(alias)
        unit = r["unit"].strip()
        per_level = (r.get("per_admin_level") or "").strip().lower() == "true"
        catalog[r["code"].strip()] = Indicator(
            r["code"].strip(),
            r["fact_type"].strip(),
            unit,
            UNIT_CLASS.get(unit, unit),
            per_level,
            frozenset(_words(r.get("name_vi") or "")),
        )
    return catalog


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    catalog = _read_catalog()
    rows: list[tuple[str, str, str, str]] = []
    with open(LEXICON_CSV, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r.get("code") and r.get("phrase"):
                rows.append(
                    (
                        r["code"].strip(),
                        r["phrase"].strip(),
                        (r.get("context") or "").strip(),
                        (r.get("position") or "").strip(),
                    )
                )
    # the catalog's own hints (aliases_vi, '|'-separated, '.' = any punctuation, '.*' = gap) come after
    for ind in catalog.values():
        for alias in _catalog_aliases.get(ind.code, ()):
            rows.append((ind.code, alias, "", ""))
    rows = context_synonyms(rows)
    return Lexicon(catalog, rows + with_synonyms(rows))


@lru_cache(maxsize=1)
def _synonym_groups() -> tuple[tuple[str, ...], ...]:
    """synonyms.csv, read once: the phrases' words and their context words take the same other names."""
    with open(SYNONYMS_CSV, encoding="utf-8", newline="") as f:
        rows = [r["words"] for r in csv.DictReader(f) if r.get("words")]
    return tuple(tuple(" ".join(_words(w)) for w in words.split("|")) for words in rows)


def context_synonyms(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The context words with their other names too: a phrase that needs "thương mại điện tử" nearby also counts
    beside "TMĐT"."""
    groups = _synonym_groups()
    out = []
    for code, phrase, context, position in rows:
        words = [" ".join(_words(c)) for c in context.split("|") if c.strip()]
        more = [v for w in words for v in sorted(_swaps(w, groups))]
        out.append((code, phrase, "|".join(dict.fromkeys(words + more)) if more else context, position))
    return out


def with_synonyms(rows: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    """The phrases again with synonyms of synonyms.csv in place of their words ("người trưởng thành sử dụng
    smartphone" from "dân số trưởng thành sử dụng điện thoại thông minh"; "dvctt" for "dịch vụ công trực
    tuyến"), up to two swaps per literal phrase. A variant that is already a phrase of its own keeps its own
    meaning."""
    groups = _synonym_groups()
    known = {_phrase_text(phrase) for _, phrase, _, _ in rows}
    out: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for code, phrase, context, position in rows:
        if "*" in phrase:
            continue  # a gapped phrase's words stand apart: their other names matched too loosely (dev precision fell)
        texts = {_phrase_text(phrase)}
        for _ in range(2):
            texts |= {v for text in texts for v in _swaps(text, groups)}
        for variant in texts - known:
            out.setdefault((code, variant), (code, variant, context, position))
    return list(out.values())


def _phrase_text(phrase: str) -> str:
    """A lexicon phrase as matched: its words, and " * " where it has a gap ("hộ gia đình * băng thông rộng")."""
    return " * ".join(" ".join(_words(part)) for part in phrase.split("*"))


def _swaps(text: str, groups: tuple[tuple[str, ...], ...]) -> set[str]:
    padded = f" {text} "
    return {
        padded.replace(f" {word} ", f" {other} ", 1).strip()
        for group in groups
        for word in group
        if f" {word} " in padded
        for other in group
        if other != word
    }
