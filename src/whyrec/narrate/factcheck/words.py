"""The closed vocabulary of the content gate, read: which words a free sentence about some evidence may use
(:func:`vocabulary`), the counterfactual's words only in a sentence that states a counterfactual (:data:`CF_CUE_EN`,
:data:`CF_CUE_ZH`), and :func:`check_words`, which refuses every word left outside it once the names, numbers and
bound phrases are masked. The word lists themselves are in :mod:`.vocabulary` and :mod:`.word_classes`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from whyrec.narrate.factcheck import glossary
from whyrec.narrate.factcheck.claims import Claim, add_claim
from whyrec.narrate.factcheck.lexicons import _COUNTERFACTUAL_EN, _COUNTERFACTUAL_ZH, _SENT, _STOP, _tokens, fold_latin
from whyrec.narrate.factcheck.mentions import Support
from whyrec.narrate.factcheck.vocabulary import (
    CF_FRAME_EN,
    COBUY_EN,
    COBUY_ZH,
    COUNTERFACTUAL_EN,
    COUNTERFACTUAL_ZH,
    NEUTRAL_EN,
    NEUTRAL_ZH,
    POPULAR_EN,
    POPULAR_ZH,
    PRICE_EN,
    PRICE_ZH,
    PRODUCT_NOUNS_ZH,
    SIMILAR_EN,
    SIMILAR_ZH,
    VERB_EN,
    VERB_ZH,
)
from whyrec.narrate.factcheck.word_classes import (
    ATTRIBUTION_EN,
    DISCOURSE_EN,
    DISCOURSE_ZH,
    FUNCTION_EN,
    PRODUCT_KIND_EN,
    PRODUCT_KIND_ZH,
    RANK_IDIOM_EN,
)
from whyrec.narrate.facts import Facts

__all__ = ["BASE_EN", "BASE_ZH", "CF_CUE_EN", "CF_CUE_ZH", "ONLY_NUM_EN", "check_words", "known", "plural_of",
           "vocabulary"]

#: a sentence that states a counterfactual ("without X", "if you had not", "如果没有 X", "没有 X，Y 会掉到")
CF_CUE_EN = re.compile(r"\bwithout\b|\bcf\s*:|\bwere it not for\b|\bbut for\b|\btake away\b|"
                       r"\bif you had(?:n't| not)\b|"
                       r"\btake\b[^.;!?]{0,80}\b(?:out|away)\b|\b(?:weren't|were not|wasn't|was not)\b|"
                       r"\bwould (?:sink|tumble|slide|plunge|land|go down)\b|"
                       r"\bhad you not\b|\bremov(?:e|ed|ing)\b|"
                       r"\bno longer\b|\bwould (?:drop|fall|slip|not)\b|\bwouldn't\b|\bmissing\b|"
                       r"\bwould (?:be|sit|rank|come|land|end up|stand)\b")
CF_CUE_ZH = re.compile(r"(?:如果|若|要是|假如)[^，。；！？]{0,10}?(?:没|不算)|去掉|去除|移除|拿掉|"
                       r"没有[^，。；！？]{0,30}就|只要|少了|缺了|没(?:有|了)[^。；！？]{0,120}会(?:从|掉|跌|降|落|排|滑)")
#: the words every free sentence may use, whatever its evidence (built once)
BASE_EN = NEUTRAL_EN | PRODUCT_KIND_EN | ATTRIBUTION_EN | RANK_IDIOM_EN | DISCOURSE_EN | FUNCTION_EN
BASE_ZH = NEUTRAL_ZH | PRODUCT_NOUNS_ZH | PRODUCT_KIND_ZH | DISCOURSE_ZH

_CJK = re.compile(r"[\u4e00-\u9fff]+")
_EN_WORD = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_MAX_ZH_WORD = 6
#: everyday short forms of words the evidence's names hold ("tech" for a Technology category)
_SHORT_FORMS_EN = {"technology": "tech"}


def vocabulary(facts: Facts, sup: Support) -> tuple[frozenset[str], frozenset[str]]:
    """The words any sentence about ``facts`` may use (English, Chinese). The counterfactual's words ("drop",
    "without", "没有") are not among them: :func:`check_words` adds them in a sentence that states the
    counterfactual, never for an event or a negation."""
    en = set(BASE_EN | VERB_EN.get(facts.verb, frozenset()))
    zh = set(BASE_ZH | VERB_ZH.get(facts.verb, frozenset()))
    if facts.neighbours:
        en |= COBUY_EN
        zh |= COBUY_ZH
    if facts.popularity is not None:
        en |= POPULAR_EN
        zh |= POPULAR_ZH
    if sup.prices:
        en |= PRICE_EN
        zh |= PRICE_ZH
    if facts.similar:
        en |= SIMILAR_EN
        zh |= SIMILAR_ZH
    for name, *_ in facts.features:  # the fields of the features ("its department, Home"; "价格区间")
        en.update(_tokens(str(name)))
    if facts.features:
        en.update(("feature", "features", "attribute", "attributes"))
        zh.update(("得分", "得分更高", "分数", "特征", "属性"))
    names: set[str] = set()
    for it in [sup.rec, *sup.evidence.values()]:  # the words of the evidence's own names
        for part in (it.title, it.brand, it.category):
            if part:
                names.update(_tokens(str(part)))
    en |= names
    en.update(short for word, short in _SHORT_FORMS_EN.items() if word in names)
    zh |= glossary.allowed(names)  # their Chinese words ("烹饪" for "Cooking")
    en.update(sup.words)
    return frozenset(en), frozenset(zh)


#: "only" before a number ("only 26 buyers", "it would only be 19th"): emphasis; the number itself is bound
ONLY_NUM_EN = re.compile(r"\b(?:only|just|merely)(?=\s+(?:be\s+)?(?:\d|(?:one|two|three|four|five|six|seven|"
                          r"eight|nine|ten)\b))")


#: not the object of a move ("would bring it down to 21st")
_NOT_MOVED = "".join(f"(?<!{v} )" for v in "bring brings brought take takes took push pushes pushed move moves moved "
                     "knock knocks knocked put puts send sends sent".split())
#: phrases masked before the vocabulary is read: idioms of what a recommendation rests on ("it comes down to X",
#: "the biggest reason") and the courtesy around an answer ("thanks for asking")
_IDIOMS_EN = re.compile(r"\b(?:comes?|coming|came|boils?|boiled|boiling)\s+down\s+to\b|"
                        r"\b(?:put|said)\s+simply\b|\bsimply\s+put\b|\bin\s+short\b|\bin\s+a\s+nutshell\b|"
                        r"\bto\s+sum\s+(?:it\s+)?up\b|"
                        r"\b(?:biggest|largest|strongest|main|key|top)\s+(?:reason|factor|driver|signal|contribution|"
                        r"contributor|influence)s?\b|\b(?:our|my)\s+records\s+(?:also\s+)?(?:show|say|indicate|tell)\b|"
                        r"\baccording\s+to\s+our\s+records\b|"
                        r"\b(?:a\s+little|a\s+bit|slightly|somewhat)(?=\s+(?:cheaper|more|less|pricier|dearer|lower)\b)|"
                        r"\bin\s+(?:its|their|his|her)\s+favou?r\b|"
                        r"(?:(?<=bought )|(?<=purchased )|(?<=ordered )|(?<=rated ))before\b|"
                        rf"\b(?:(?:{_NOT_MOVED}(?:it|that)(?:'s|\s+is|\s+was)?\s+)?(?:all|mostly|mainly|largely|partly)|"
                        rf"{_NOT_MOVED}(?:it|that)(?:'s|\s+is|\s+was)?)\s+down\s+to\b|"  # "it's down to" ("'s" folded)
                        r"\bthanks?\s+(?:you\s+)?for\s+(?:asking|reaching\s+out|your\s+question|writing\s+in)\b|"
                        r"\b(?:happy|glad)\s+to\s+(?:help|explain)\b|\bglad\s+you\s+asked\b|\bof\s+course\b|"
                        r"\b(?:good|great|fair)\s+question\b|\bgood\s+news\b|\bthanks?\s+(?:you\s+)?for\s+shopping\b")


_SENT_ZH = re.compile(r"[^。！？]+[。！？]*")


def check_words(low: str, masked: str, facts: Facts, sup: Support, claims: list[Claim]) -> None:
    """One ``word`` claim, unsupported, for each word of ``masked`` (``low`` with the names, numbers and bound
    phrases blanked) outside the closed vocabulary of its sentence."""
    en, zh = vocabulary(facts, sup)
    cf_en, cf_zh = en | COUNTERFACTUAL_EN, zh | COUNTERFACTUAL_ZH
    # a Chinese text's sentences end at its own marks (an English title's "Ho! Ho!" or "L.A." ends none)
    sentences = _SENT_ZH.finditer(masked) if _CJK.search(masked) else _SENT.finditer(masked)
    cues = (CF_CUE_EN, CF_CUE_ZH, _COUNTERFACTUAL_EN, _COUNTERFACTUAL_ZH)
    cf_spans = [(m.start(), m.end()) for m in sentences if facts.counterfactual and any(
        cue.search(low, m.start(), m.end()) for cue in cues)]

    def in_cf(i: int) -> bool:
        return any(a <= i < b for a, b in cf_spans)

    masked = CF_FRAME_EN.sub(lambda m: " " * len(m.group()) if in_cf(m.start()) else m.group(), masked)
    masked = _IDIOMS_EN.sub(lambda m: " " * len(m.group()), fold_latin(masked))
    for m in _EN_WORD.finditer(masked):
        w = re.sub(r"'s$", "", m.group())
        if known(w, cf_en if in_cf(m.start()) else en) or (w == "s" and masked[m.start() - 1:m.start()] == "'"):
            continue  # (a name's "'s")
        add_claim(claims, "word", w, w, False, "a word outside the closed vocabulary: a claim the evidence cannot "
                                                "verify")
    for m in _CJK.finditer(masked):
        bad = _unsegmented(m.group(), cf_zh if in_cf(m.start()) else zh)
        if bad is not None:
            add_claim(claims, "word", bad, bad, False, "Chinese words outside the closed vocabulary: a claim the "
                                                        "evidence cannot verify")


def plural_of(w: str, words: Iterable[str]) -> bool:
    """``w`` is the plural or the singular of a word of ``words`` ("journal" of "Journals", "recipe" of
    "Recipes")."""
    ws = words if isinstance(words, (set, frozenset)) else set(words)
    return (w.endswith("s") and w[:-1] in ws) or (w.endswith("es") and w[:-2] in ws) or f"{w}s" in ws or \
        f"{w}es" in ws or (w.endswith("y") and f"{w[:-1]}ies" in ws) or (w.endswith("ies") and f"{w[:-3]}y" in ws)


def known(w: str, en: frozenset[str]) -> bool:
    """A word of the closed vocabulary, its plural or singular, or a hyphenated compound of such words
    ("home-design", "special-diet")."""
    if w in en or w in _STOP or plural_of(w, en):
        return True
    parts = w.split("-")
    return len(parts) > 1 and all(p and (p in en or p in _STOP or plural_of(p, en)) for p in parts)


def _unsegmented(run: str, words: frozenset[str]) -> str | None:
    """None when ``run`` splits into words of ``words``; else the text from the first place no split reaches."""
    n = len(run)
    reach = [False] * (n + 1)
    reach[0] = True
    for i in range(n):
        if not reach[i]:
            continue
        for j in range(i + 1, min(n, i + _MAX_ZH_WORD) + 1):
            if run[i:j] in words:
                reach[j] = True
    if reach[n]:
        return None
    far = max(i for i in range(n + 1) if reach[i])
    return run[far:far + 8]
