"""The closed-world checker every shown credit notice passes, a model-written one included.

- no protected field is named (by its label or by a word of :data:`PROTECTED_WORDS`);
- the decision is the evidence's: a declined applicant's notice says so and speaks of approval only as a
  condition ("would follow if"), only when a verified change exists and naming every field of it; an approved
  one never says declined; the score stands on its side of the line;
- every field named (by its label or an alias) is a reason or a changed field; every number is bound to its
  role: the score beside a score word, the line beside a line word, otherwise a value of the nearest field named
  before it (or a value of the evidence with its unit right after it); every category's words stand beside
  their own field;
- every English word is in the notice's closed vocabulary (:data:`EN_WORDS`, the names of the evidence's fields
  and its values' labels), every Chinese character likewise (:data:`ZH_CHARS`).

:func:`incomplete` says what a true notice leaves out that an adverse-action notice must give (every principal
reason, the change that turns the decision). :func:`mutate_notice` gives the developer's own unfaithful
variants the tests and the benchmark check it on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from whyrec.credit.labels import field_label, field_names, value_label
from whyrec.credit.notice_facts import LANGS, DecisionFacts

__all__ = ["EN_WORDS", "PROTECTED_WORDS", "ZH_CHARS", "NoticeCheck", "check_notice", "incomplete", "mutate_notice"]

#: words that name a protected attribute whatever the table calls it
PROTECTED_WORDS = {"en": ("age", "aged", "old", "young", "sex", "gender", "male", "female", "married", "single",
                          "divorced", "widowed", "marital", "foreign", "foreigner", "nationality", "immigrant"),
                   "zh": ("年龄", "岁数", "年轻", "性别", "男", "女", "婚", "单身", "离异", "外籍", "外国", "国籍")}
#: the words a notice may use besides its labels
EN_WORDS = set("""not a an the and or nor but of on in at to for with by from as into than then so also too
is was were be been being are has have had would will could can may might must should shall do does did
if instead mainly chiefly mostly largely primarily principally main chief key principal primary biggest
largest most strongest strong weigh weighed weighing weighs counted against count counts factor factors
reason reasons because due owing since given based on result resulting resulted led lead leads contributed
contribute contributing played role part behind this that these those it its which who whom whose what
your you yours we our us i me my they their them there here declined decline approved approve approval
application applications applied apply applying request requested loan loans credit decision decided
decide review reviewed assessment assessed assess evaluation evaluated regret regrettably unfortunately
sorry afraid inform informing let know pleased glad happy good news congratulations dear hello
score scored scores scoring point points line threshold required requirement minimum needed need cut off
cutoff above below over under exceed exceeds exceeded exceeding reach reached reaching reaches meet met
fell falls fall short against compared versus remained remains stayed sits sat just only still yet
currently current present now this time time at moment one two three four single each both all any
either neither other another more less fewer lower higher shorter longer smaller larger bigger reduce
reduced reducing reduction lower lowered lowering raise raised raising increase increased increasing
shorten shortened shortening cut cutting change changed changes changing were become became bring brought
to from instead rather such would've it's we're you're was n't have there's successful unable able
cannot turned down denied able case cases outcome went gone go been approvable qualify qualified eligible
likely enough sufficient sufficiently following follow follows followed successful hold holds held
having has whether while when where per month months year years dm came come comes confirm confirmed tell
together along included include including between fact cited borrow borrowed borrowing re ve ll s d""".split())
ZH_CHARS = set("已申请被拒绝批准评分低于高于线主要原因是如果为而不是将获得可以并且和、，。；：（）的分数与由于"
               "很遗憾您你我们本行贷款经审核通知获未能通过无法予没有超过达到审批门槛及格此外以及也还有影响包括"
               "其中首要最大因素方面状态处在于属等若假如本可就能便会将从到至缩短降低减少提高增加改为更改调整变"
               "成时次这那该项笔些个一二三四两年月日前后当目现仍已经因此所以因而故对于关于相关情况条件即可则"
               "恭喜好消息您好尊敬的客户感谢抱歉歉意告知结果决定综合考虑基于根据"
               "于是如需购买信用了着过地得另外依次使不满或者再兴即")


@dataclass
class NoticeCheck:
    """The checker's verdict: ``passed``, and what it could not verify (``problems``)."""

    passed: bool
    problems: list[str]


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _numbers(text: str) -> set[str]:
    return {m.replace(",", "") for m in _NUMBER.findall(text)}


#: how a notice says the application was declined, or approval negated (English, Chinese)
DECLINED = {"en": r"\bdeclin\w*|\breject\w*|\bdenied\b|\bturned down\b|\bunsuccessful\b|"
                  r"\b(?:not|n't|unable to|cannot|could not|can ?not)\s+(?:be\s+|been\s+)?(?:able to\s+)?approv\w*|"
                  r"\bnot (?:been |be )?approved\b",
            "zh": "拒绝|(?:未|没有|未能|没能|无法|不能|不予)(?:获得|得到|被|获)?(?:批准|通过|获批)"}
#: phrases naming the approval line, not an approval
LINE_PHRASES = {"en": r"\bapproval (?:line|threshold|score|bar|mark)\b", "zh": "审批线|批准线"}
#: how a notice speaks of approval (once the declined phrases are removed)
APPROVED = {"en": r"\bapprov\w*|\bgranted\b", "zh": "批准(?!线)|获批|通过"}
#: the marks of a condition ("would follow if ...")
CONDITIONAL = {"en": r"\bif\b|\bhad\b|\bwould\b|\bwere\b", "zh": "如果|若|假如|本可|将会|将获|就能|就可"}
#: the words that give a number the role of the score or of the approval line
SCORE_WORDS = {"en": ("score",), "zh": ("评分", "得分", "分数")}
LINE_WORDS = {"en": ("line", "threshold", "required", "minimum", "cut-off", "cutoff", "needed"),
              "zh": ("批准线", "审批线", "分数线", "门槛", "及格线")}
UNITS = {"en": ("months", "month", "dm", "years", "year", "%"), "zh": ("个月", "马克", "年", "%")}


def check_notice(text: str, f: DecisionFacts, lang: str = "en") -> NoticeCheck:
    """Closed-world check of a notice against its facts (see the module docstring)."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}; got {lang!r}")
    low = text.lower()
    mentions, values = _spans(low, f, lang)
    problems = _protected(text, low, f, lang) + _decision(low, f, lang)
    problems += [f"names {field_label(k, lang)!r}, which is not among the reasons or the changes"
                 for k in dict.fromkeys(k for _, k in mentions) if k not in f.evidence]
    problems += _numbers_bound(low, f, lang, mentions) + _values_bound(low, lang, mentions, values)
    problems += _vocabulary(text, low, f, lang)
    return NoticeCheck(not problems, problems)


def _named(k: str, low: str, lang: str) -> bool:
    """Whether the (lower-cased) text names field ``k`` by its label or an alias."""
    return any(n.lower() in low for n in field_names(k, lang))


def _without_refusals(low: str, lang: str) -> str:
    """The text less the approval line's name and the phrases that refuse ("not approved"): what is left speaks
    of approval only where it grants it."""
    return re.sub(DECLINED[lang], " ", re.sub(LINE_PHRASES[lang], " ", low))


def _protected(text: str, low: str, f: DecisionFacts, lang: str) -> list[str]:
    out = [f"names the protected field {k!r}" for k in f.protected if field_label(k, lang).lower() in low]
    words = set(re.findall(r"[a-z]+", low))
    out += [f"speaks of a protected attribute ({w!r})" for w in PROTECTED_WORDS[lang]
            if (w in words if lang == "en" else w in text)]
    return out


def _decision(low: str, f: DecisionFacts, lang: str) -> list[str]:
    """The decision and its conditions as the facts have them."""
    out = []
    declined = re.search(DECLINED[lang], low) is not None
    rest = _without_refusals(low, lang)
    approved = re.search(APPROVED[lang], rest) is not None
    conditional = re.search(CONDITIONAL[lang], rest) is not None
    if f.declined and not declined:
        out.append("does not say the application was declined")
    if not f.declined and declined:
        out.append("says declined, but the application was approved")
    if not f.declined and not approved:
        out.append("does not say the application was approved")
    if f.declined and approved and not (f.changes and conditional):
        out.append("speaks of approval, but no verified change leads to it" if not f.changes else
                   "speaks of approval without the condition that leads to it")
    if f.declined and approved and f.changes and conditional:  # the whole change, not a part of it
        missing = [field_label(k, lang) for k, _, _ in f.changes if not _named(k, low, lang)]
        if missing:
            out.append(f"promises approval on part of the change (leaves out {', '.join(missing)})")
    below = re.compile(r"\b(?:not|n't|never)\s+(?:above|exceed\w*|over|reach\w*|meet|met|clear\w*)\b|\bbelow\b|"
                       r"\bfell short\b|\bshort of\b" if lang == "en" else
                       "(?:不|未|没有|未能|没能)(?:高于|超过|达到)|低于")
    above = (r"\b(?:above|exceeds?|exceeded|exceeding|reached|clears?|cleared)\b" if lang == "en" else
             "高于|超过|达到")
    said_below = below.search(low) is not None
    said_above = re.search(above, below.sub(" ", low)) is not None
    if (said_below and not f.declined) or (said_above and f.declined):
        out.append("puts the score on the wrong side of the line")
    return out


def _spans(low: str, f: DecisionFacts, lang: str) -> tuple[list[tuple[int, str]], list[tuple[int, int, set[str]]]]:
    """Where each field is named (by its label or an alias) and where each categorical value of the evidence
    stands (with the fields it is a value of); where a name and a value overlap the longer wins ("savings
    agreement" is a value of property, "other instalment plans" a field's name)."""
    values: dict[str, set[str]] = {}
    for k, v in f.values():
        if not isinstance(v, (int, float)):
            values.setdefault(value_label(k, v, lang).lower(), set()).add(k)
    candidates: list[tuple[int, int, str | None, set[str]]] = []
    for name, owner in ((n.lower(), k) for k in f.fields for n in field_names(k, lang)):
        pattern = rf"\b{re.escape(name)}\b" if lang == "en" else re.escape(name)
        candidates += [(m.start(), m.end(), owner, set()) for m in re.finditer(pattern, low)]
    for label, owners in values.items():
        pattern = rf"\b{re.escape(label)}\b" if lang == "en" else re.escape(label)
        candidates += [(m.start(), m.end(), None, owners) for m in re.finditer(pattern, low)]
    taken: list[tuple[int, int, str | None, set[str]]] = []
    for c in sorted(candidates, key=lambda c: (c[0] - c[1], c[0])):
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort()
    return [(a, k) for a, _, k, _ in taken if k is not None], [(a, b, o) for a, b, k, o in taken if k is None]


def _numbers_bound(low: str, f: DecisionFacts, lang: str, mentions: list[tuple[int, str]]) -> list[str]:
    """Every number is the score (beside a score word), the line (beside a line word), a value of the nearest
    field named before it, or a value with its unit of a field of the evidence."""
    allowed: dict[str, set[str]] = {}
    with_units: set[tuple[str, str]] = set()
    for k, v in f.values():
        label = value_label(k, v, lang)
        allowed.setdefault(k, set()).update(_numbers(label))
        with_units.update((n, u) for n in _numbers(label) for u in UNITS[lang] if u in label.lower())
    out = []
    for m in _NUMBER.finditer(low):
        n = m.group().replace(",", "")
        role = _closest_role(low, m.start(), lang)
        if (n == f.score and role == "score") or (n == f.line and role == "line"):
            continue
        owner = next((k for pos, k in reversed(mentions) if pos < m.start()), None)
        if owner is not None and n in allowed.get(owner, set()):
            continue
        after = low[m.end():m.end() + 8].lstrip(" -")
        if any(after.startswith(u) and (n, u) in with_units for u in UNITS[lang]):
            continue
        out.append(f"the number {n} is not bound to its fact (score, line, or a value of the field it follows)")
    return out


def _values_bound(low: str, lang: str, mentions: list[tuple[int, str]],
                  values: list[tuple[int, int, set[str]]]) -> list[str]:
    """A category's words ("overdrawn") stand beside their own field: the field named nearest before them in
    their clause (else nearest after them) must have that value in the evidence. Numbers are bound by
    :func:`_numbers_bound`."""
    cuts = [0, *[m.end() for m in re.finditer(r"[,，、;；。:：()（）]|\band\b|\bor\b|以及|和|或", low)], len(low) + 1]
    out = []
    for a, b, owners in values:
        start = max(c for c in cuts if c <= a)
        end = min(c for c in cuts if c >= b)
        before = [k for pos, k in mentions if start <= pos < a]
        after = [k for pos, k in mentions if b <= pos < end]
        near = before[-1] if before else (after[0] if after else None)
        if near is not None and near not in owners:
            out.append(f"{low[a:b]!r} is a value of {field_label(sorted(owners)[0], lang)!r}, not of "
                       f"{field_label(near, lang)!r}")
    return out


def _closest_role(low: str, at: int, lang: str) -> str | None:
    """Whether a score word or a line word is nearest to position ``at`` (before it, or just after)."""
    best: tuple[int, str | None] = (10**9, None)
    after = 1.0 if lang == "zh" else 1.5  # a Chinese modifier comes before its noun ("535 分的审批线")
    for role, words in (("score", SCORE_WORDS[lang]), ("line", LINE_WORDS[lang])):
        for w in words:
            for m in re.finditer(re.escape(w), low):
                # in English a word before binds more closely than one after; none from further than 40 characters
                d = at - m.end() if m.end() <= at else int((m.start() - at) * after)
                if 0 <= d < min(best[0], 40):
                    best = (d, role)
    return best[1]


def _vocabulary(text: str, low: str, f: DecisionFacts, lang: str) -> list[str]:
    """Every English word, or every Chinese character, is the notice language's or the evidence's own."""
    labels = [n for k in f.evidence for n in field_names(k, lang)] + [value_label(k, v, lang) for k, v in f.values()]
    if lang == "en":
        known = EN_WORDS | set(re.findall(r"[a-z]+", " ".join(labels).lower()))
        unknown = sorted({w for w in re.findall(r"[a-z]+", low) if w not in known})
        return [f"words outside the evidence: {', '.join(unknown[:5])}"] if unknown else []
    out = []
    known_chars = ZH_CHARS | set("".join(labels))
    unknown = sorted({c for c in text if "\u4e00" <= c <= "\u9fff" and c not in known_chars})
    if unknown:
        out.append(f"characters outside the evidence: {''.join(unknown[:8])}")
    if re.search(r"[a-z]{3,}", low):
        out.append("English words in a Chinese notice")
    return out


def incomplete(text: str, f: DecisionFacts, lang: str = "en") -> list[str]:
    """What a true notice still leaves out that an adverse-action notice must give: every principal reason of a
    decline named, and the verified change that turns it when there is one (empty when nothing is missing)."""
    low = text.lower()
    out = [f"does not name the principal reason {field_label(k, lang)!r}" for k, _ in f.reasons
           if not _named(k, low, lang)]
    if f.declined and f.changes and not (re.search(APPROVED[lang], _without_refusals(low, lang))
                                         and re.search(CONDITIONAL[lang], low)):
        out.append("does not give the change that would turn the decision")
    return out


def mutate_notice(f: DecisionFacts, en: str) -> dict[str, str]:
    """Unfaithful variants of a declined applicant's English template notice ``en``, one per error kind: what the
    checker must refuse (the tests' and the benchmark's own set; independent ones are in
    benchmarks/credit_notices)."""
    outside = next(k for k in f.fields if k not in f.evidence and k not in f.protected)
    return {"protected attribute": en.replace("mainly because of", "mainly because of your age and"),
            "decision flipped": en.replace("Declined", "Approved"),
            "number moved": en.replace(f"line of {f.line}", f"line of {int(float(f.line)) - 40}"),
            "unconditional approval": en.split(" Approval")[0] + " You are approved.",
            "field outside the evidence": en.replace("mainly because of", f"mainly because of the "
                                                     f"{field_label(outside)},"),
            "invented word": en.replace("Declined:", "Declined for fraud:"),
            "wrong side of the line": en.replace("not above", "above")}
