"""A second opinion on a fact's value kind (actual, target, estimate, planned): a small model trained on the gold rows
of the real dev split (`scripts/train_kind_model.py` writes `kind_model.json`). The rules decide the kind; where the
model is confident they are wrong, the fact becomes an unmapped candidate instead, because on text the extractor has
never seen a wrong kind (a plan's target read as a result, with the wrong year) is its most common error after a
wrong indicator, and a wrong fact costs more than a missing one.

The features are words, not rules: the words just before the figure and right after it, the rest of its sentence
before and after it, and how the years near it stand to the publication year.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

from .lexicon import fold

KINDS = ("actual", "target", "estimate", "planned")
MODEL_PATH = Path(__file__).with_name("kind_model.json")
# the model's probability of a figure still to come above which a figure the rules read as reached is doubted. Leave
# one dev round out (scripts/train_kind_model.py --validate), 0.7 dropped 40 false and 3 true facts, 0.9 24 and 1; on
# single dev sentences of tests/unit/test_extraction_real_constructs.py the model was wrong between 0.72 and 0.88.
DOUBT_AT = 0.9

_WORDS = re.compile(r"[^\W_]+")
_YEAR = re.compile(r"(?<!\d)(20[1-4]\d)(?!\d)")
_SENTENCE_END = re.compile(r"\.\s|\n")


def sentence_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the last ". " or line break before it to the next. Simpler than
    the extractor's sentences, so that training, which builds no document context, sees the same bounds."""
    begin = max(low.rfind(". ", 0, start) + 2, low.rfind("\n", 0, start) + 1, 0)
    after = _SENTENCE_END.search(low, end)
    return begin, after.start() if after else len(low)


def features(low: str, start: int, end: int, pub_year: int | None) -> set[str]:
    """The features of the figure at [start, end) of the lower view `low` of a text published in `pub_year`: the
    words of its sentence before it, a few right after it, and the rest of the sentence apart (a goal in a later
    clause, "ước đạt 7%, phấn đấu đến năm 2025 đạt 20%", is seldom this figure's)."""
    s, e = sentence_bounds(low, start, end)
    near = low[s : end + 40]
    before = _WORDS.findall(fold(low[max(0, start - 80) : start]))[-8:]
    out = {"bias"}
    out.update("L:" + w for w in before)
    out.update(f"L2:{a}_{b}" for a, b in zip(before, before[1:], strict=False))
    out.update("B:" + w for w in _WORDS.findall(fold(low[s:start])))
    out.update("R:" + w for w in _WORDS.findall(fold(low[end : end + 40]))[:5])
    out.update("A:" + w for w in _WORDS.findall(fold(low[end:e])))
    years = [int(y) for y in _YEAR.findall(near)]
    if not years:
        out.add("noyear")
    elif pub_year:
        out.add(f"maxy-py={max(-2, min(3, max(years) - pub_year))}")
        out.add(f"miny-py={max(-2, min(3, min(years) - pub_year))}")
    return out


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> dict[str, list[float]]:
    """Feature -> one weight per kind of KINDS."""
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model["kinds"]) != KINDS:
        raise ValueError(f"{path}: kinds {model['kinds']} are not {KINDS}")
    return model["weights"]


def probabilities(feats: set[str], weights: dict[str, list[float]]) -> list[float]:
    """The model's probability of each kind of KINDS (a softmax over summed weights)."""
    scores = [0.0] * len(KINDS)
    for f in feats:
        for i, w in enumerate(weights.get(f, ())):
            scores[i] += w
    top = max(scores)
    exps = [math.exp(x - top) for x in scores]
    total = sum(exps)
    return [x / total for x in exps]


def doubted_kind(low: str, start: int, end: int, pub_year: int | None, kind: str) -> str | None:
    """The kind the model holds likelier than `kind` (see `doubt`), for the figure at [start, end) of `low`."""
    if kind not in KINDS or kind in _AHEAD:  # never doubted (see `doubt`): no features to compute
        return None
    return doubt(probabilities(features(low, start, end, pub_year), load_model()), kind)


def doubt(probs: list[float], kind: str, at: float = DOUBT_AT) -> str | None:
    """For a figure the rules read as reached (actual, estimate): the model's likeliest kind when it puts `at` or
    more on a figure still to come (target, planned); None otherwise. The other way round the model is wrong too
    often (a plan's bullet under "Mục tiêu đến năm 2025:" has no target word in its own sentence)."""
    ahead = probs[KINDS.index("target")] + probs[KINDS.index("planned")]
    if kind in _AHEAD or ahead < at:
        return None
    return max(_AHEAD, key=lambda k: probs[KINDS.index(k)])


_AHEAD = ("target", "planned")

DOUBT_REASON = "value kind in doubt"


def doubt_reason(rules_kind: str, model_kind: str) -> str:
    """Why a fact is held back: the one wording, which `dx unmapped` reads back with `doubted_kinds`."""
    return f"{DOUBT_REASON}: the rules read {rules_kind}, the kind model {model_kind}"


def doubted_kinds(reason: str) -> tuple[str, str] | None:
    """(the rules' kind, the model's kind) of a `doubt_reason`; None for any other reason."""
    m = re.fullmatch(rf"{DOUBT_REASON}: the rules read (\w+), the kind model (\w+)", reason or "")
    return (m.group(1), m.group(2)) if m else None
