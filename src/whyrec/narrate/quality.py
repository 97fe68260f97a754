"""The quality bar a shown reason must meet, beside faithfulness: complete, about the recommended item, citing
the strongest evidence, free of fragments, of a readable length; and diversity over a set of reasons.

:func:`assess` checks one text against its Facts; :func:`diversity` measures a
set of texts (unique-sentence ratio and distinct-2). The checks are rules,
defined here in full so that a reader knows what a pass means:

- ``complete``: quotes and brackets balanced, the text ends with a sentence
  end (``.!?`` / ``。！？``), no dangling connective or list before it
  (``and.``, ``, .``, ``和。``), no ellipsis, at most two sentences;
- ``names_item``: the recommended item's name (as the prompt quotes it) is in
  the text, so "it" always has a referent;
- ``cites_strongest``: the strongest evidence (the counterfactual's items, the
  top history item, the top co-purchased item, the most similar item, the top
  feature's value, or the popularity count or rank:
  :func:`whyrec.narrate.phrases.strongest`) is named;
- ``fluent``: no ungrammatical fragment a rule can see: a capital letter or a
  quote first (English), no word doubled ("the the"), no word of letters and
  digits mixed outside quoted names, no run of three or more same characters
  outside names, each sentence at least three words (English) or eight
  characters (Chinese), and in Chinese text no Latin word outside quoted
  names and at least half of the other characters Chinese;
- ``length``: 3-45 words (English) or 5-90 characters (Chinese), each quoted
  name counted as one word / character (long catalogue titles do not count
  against a reason).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from whyrec.errors import check_choice
from whyrec.narrate.facts import LANGS, Facts
from whyrec.narrate.phrases import strongest

__all__ = ["CHECKS", "Quality", "assess", "distinct_n", "diversity", "unique_sentence_ratio"]

#: the names of the checks, in the order :func:`assess` reports them
CHECKS: tuple[str, ...] = ("complete", "names_item", "cites_strongest", "fluent", "length")

_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|「[^」]*」|《[^》]*》')
_END = re.compile(r"[.!?。！？]$")
_DANGLING_EN = re.compile(r"(?:\b(?:and|or|but|so|with|the|a|an|to|of|because|since|as|for|like)|[,;:&-])\s*[.!?]$",
                          re.IGNORECASE)
_DANGLING_ZH = re.compile(r"[和与及或、，；：的]\s*[。！？]$")
_SENTENCES = re.compile(r"(?<=[.!?])\s+|(?<=[。！？])")  # a split point: "$89.99" is not a sentence end


@dataclass
class Quality:
    """The quality checks of one text: each check's pass, and the problems found (in words)."""

    checks: dict[str, bool]
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        """True when every check passed."""
        return all(self.checks.values())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {"passed": self.passed, "checks": dict(self.checks), "problems": list(self.problems)}


def _name(it: Any) -> str:
    from whyrec.narrate.prompt import clean_text

    return clean_text(it.name)


def _strongest_names(facts: Facts) -> list[str]:
    """The strings of which a text must hold one to cite the strongest evidence."""
    top = strongest(facts)
    if top == "counterfactual":
        return [_name(it) for it in facts.counterfactual_items()]
    if top == "history":
        return [_name(facts.history[0][0])]
    if top == "neighbour":
        return [_name(facts.neighbours[0][0])]
    if top == "similar":
        return [_name(facts.similar[0][0])]
    if top == "feature":  # the feature the phrases cite: the first that is not hostile
        from whyrec.narrate.phrases import _features
        from whyrec.narrate.prompt import clean_text

        return [clean_text(v, 40) for _, v in _features(facts)[:1]]
    if top == "popularity" and facts.popularity is not None:
        count, rank = facts.popularity
        most = [f"most {facts.verb}", "销量最高" if facts.verb == "bought" else "评价数最多"] if rank == 1 else []
        return [str(count), str(rank), *most]
    return []


def _outside_quotes(text: str) -> str:
    """The text with each quoted name replaced by a placeholder word (``«name»``)."""
    return _QUOTED.sub("«name»", text)


def assess(text: str, facts: Facts, lang: str = "en") -> Quality:
    """The quality checks of ``text`` as a reason for ``facts`` in ``lang`` (see the module docstring)."""
    lang = check_choice("lang", lang, LANGS)
    if not isinstance(facts, Facts):
        raise TypeError(f"facts must be a whyrec.narrate.Facts; got {type(facts).__name__}")
    s = str(text).strip()
    problems: list[str] = []
    low = s.lower()

    # complete
    complete = True
    if s.count('"') % 2 or s.count("“") != s.count("”") or s.count("(") != s.count(")") or \
            s.count("（") != s.count("）") or s.count("「") != s.count("」") or s.count("《") != s.count("》"):
        complete = False
        problems.append("unbalanced quotes or brackets")
    if not _END.search(s):
        complete = False
        problems.append("does not end with a sentence end")
    if (_DANGLING_ZH if lang == "zh" else _DANGLING_EN).search(_outside_quotes(s).rstrip()) or "..." in s or "…" in s:
        complete = False
        problems.append("ends with a dangling word or an ellipsis")
    sentences = [x.strip() for x in _SENTENCES.split(_outside_quotes(s)) if x.strip(" .!?。！？")]
    if len(sentences) > 2:
        complete = False
        problems.append(f"{len(sentences)} sentences (at most 2)")

    # names the recommended item
    names_item = _name(facts.item).lower() in low
    if not names_item:
        problems.append("does not name the recommended item")

    # cites the strongest evidence
    wanted = _strongest_names(facts)
    cites = not wanted or any(w.lower() in low for w in wanted)
    if not cites:
        problems.append(f"does not cite the strongest evidence ({wanted[0]!r})")

    # fluent
    fluent = True
    out = _outside_quotes(s)
    words = re.findall(r"[A-Za-z0-9']+", out)
    if lang == "en":
        if s and not (s[0].isupper() or s[0] in "\"“"):
            fluent = False
            problems.append("does not start with a capital letter or a quoted name")
        doubled = re.search(r"\b([A-Za-z]+)\s+\1\b", out, re.IGNORECASE)
        if doubled:
            fluent = False
            problems.append(f"word doubled: {doubled.group(1)!r}")
        if any(len(x.split()) < 3 for x in sentences):
            fluent = False
            problems.append("a sentence of fewer than three words")
    else:
        latin = re.findall(r"[A-Za-z]{2,}", out.replace("«name»", " "))
        if latin:
            fluent = False
            problems.append(f"Latin words outside quoted names: {latin[:3]}")
        rest = re.sub(r"[\s\d.,;:!?，。；：！？、$%“”\"'()（）-]", "", out.replace("«name»", ""))
        if rest and sum("\u4e00" <= c <= "\u9fff" for c in rest) < 0.5 * len(rest):
            fluent = False
            problems.append("less than half of the text outside names is Chinese")
        if any(len(x) < 8 for x in sentences):
            fluent = False
            problems.append("a sentence of fewer than eight characters")
    if any(re.search(r"[A-Za-z]", w) and re.search(r"\d", w) and not re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
           for w in words):
        fluent = False
        problems.append("a word of letters and digits outside quoted names")
    if re.search(r"(\S)\1\1", re.sub(r"\d", "", out)):
        fluent = False
        problems.append("a character repeated three times")

    # length
    if lang == "en":
        n = len(re.findall(r"\S+", out))
        length = 3 <= n <= 45
        if not length:
            problems.append(f"{n} words, each quoted name counted as one (3-45)")
    else:
        n = len(re.sub(r"\s", "", out.replace("«name»", "名")))
        length = 5 <= n <= 90
        if not length:
            problems.append(f"{n} characters, each quoted name counted as one (5-90)")
    return Quality({"complete": complete, "names_item": names_item, "cites_strongest": cites, "fluent": fluent,
                    "length": length}, problems)


# ---------------------------------------------------------------- diversity over a set of texts
def _sentences_of(text: str) -> list[str]:
    return [x.strip().lower() for x in _SENTENCES.split(text.strip()) if x.strip()]


def unique_sentence_ratio(texts: Iterable[str]) -> float:
    """USR (PEPLER): distinct sentences over all sentences of ``texts``."""
    sents = [x for t in texts for x in _sentences_of(t)]
    return len(set(sents)) / len(sents) if sents else 0.0


def _tokens(text: str) -> list[str]:
    # words for Latin script, characters for Chinese
    return re.findall(r"[a-z0-9']+|[\u4e00-\u9fff]", text.lower())


def distinct_n(texts: Iterable[str], n: int = 2) -> float:
    """distinct-n: distinct n-grams over all n-grams of ``texts`` (words; characters for Chinese)."""
    grams = [tuple(t[i:i + n]) for text in texts for t in [_tokens(text)] for i in range(len(t) - n + 1)]
    return len(set(grams)) / len(grams) if grams else 0.0


def diversity(texts: Iterable[str]) -> dict[str, float]:
    """``{"usr", "distinct2"}`` of ``texts``."""
    texts = list(texts)
    return {"usr": unique_sentence_ratio(texts), "distinct2": distinct_n(texts, 2)}
