"""The applicant's notice in words, English and Chinese: "Declined: your score of ... is not above the line of ...,
mainly because of ...; Approval would follow if ...", every field and number copied from the decision's evidence
(:mod:`whyrec.credit.notice_facts`) and checked closed-world (:mod:`whyrec.credit.notice_check`).

:func:`notice_language` is the finite language of faithful notices for one decision (a few openings, phrasings
of the score, the reasons and the change, every name and number in its place); :func:`write_notice` is its
first sentence, the template. A local model writes through :func:`local_writer`: constrained by the language's
grammar (``grammar=True``, the default: it chooses the phrasing, it cannot choose the facts) or free (it
rewrites the template). :func:`narrate_decision` shows the first model-written candidate that the checker
passes and falls back to the template.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from whyrec.credit.labels import field_label, value_label
from whyrec.credit.notice_check import check_notice, incomplete, mutate_notice
from whyrec.credit.notice_facts import LANGS, DecisionFacts, decision_facts
from whyrec.errors import WhyrecError
from whyrec.narrate.phrases import Lang, Node, alt, lit, seq

__all__ = ["LANGS", "DecisionFacts", "Writer", "check_notice", "decision_facts", "incomplete", "local_writer",
           "mutate_notice", "narrate_decision", "notice_language", "notice_prompt", "write_notice"]

#: ``write(facts, lang)``: a model's candidate notices, best first
Writer = Callable[[DecisionFacts, str], list[str]]


def _join(parts: list[str], lang: str) -> str:
    if lang == "zh":
        return "、".join(parts)
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


#: the phrasings of a notice per language: each choice's first option is the template's. ``{s}`` the score,
#: ``{n}`` the line, ``{items}`` the joined reasons, ``{were}`` / ``{moved}`` the joined changes
PHRASES: dict[str, dict[str, Any]] = {
    "en": {
        "approved": (("Approved:", "Your application was approved:", "Good news, your application was approved:"),
                     (" your score of {s} points is above the line of {n}.",
                      " your score of {s} points exceeds our approval line of {n}.")),
        "declined": ("Declined:", "Your application was declined:", "We could not approve your application:",
                     "Unfortunately, your application was declined:"),
        "below": (" your score of {s} points is not above the line of {n}",
                  " your score of {s} points did not exceed our approval line of {n}"),
        "reasons": (", mainly because of {items}", ". The main reasons were {items}"),
        "end": ".",
        "changes": (" Approval would follow if {were}.", " You would be approved if {were}.",
                    " If {moved}, your application would be approved."),
        "reason": "the {field} ({value})",
        "were": "the {field} were {to} instead of {was}",
        "moved": "the {field} changed from {was} to {to}",
        # the prompt (notice_prompt)
        "facts": "Facts about a credit application:", "decision": "Decision: {decision}.",
        "decisions": ("declined", "approved"), "score": "Score: {s} points; approval line: {n} points.",
        "reason_line": "Reason {i}: {reason}.", "change_line": "Approval would follow if {were}.",
        "ask": "Write the notice to the applicant in one or two plain sentences.",
    },
    "zh": {
        "approved": (("申请已获批准：", "恭喜，您的贷款申请已获批准："),
                     ("评分 {s} 分，高于批准线 {n} 分。", "您的评分为 {s} 分，超过 {n} 分的审批线。")),
        "declined": ("申请被拒绝：", "很遗憾，您的贷款申请未获批准：", "您的申请未获批准："),
        "below": ("评分 {s} 分，不高于批准线 {n} 分", "您的评分为 {s} 分，未超过 {n} 分的审批线"),
        "reasons": ("，主要原因是{items}", "，主要原因包括{items}"),
        "end": "。",
        "changes": ("如果{were}，申请将获批准。", "若{moved}，申请即可获批。"),
        "reason": "{field}（{value}）",
        "were": "{field}为{to}而不是{was}",
        "moved": "{field}从{was}变为{to}",
        "facts": "贷款申请的事实：", "decision": "决定：{decision}。", "decisions": ("拒绝", "批准"),
        "score": "评分：{s} 分；批准线：{n} 分。", "reason_line": "原因 {i}：{reason}。",
        "change_line": "如果{were}，申请将获批准。", "ask": "请用一两句简体中文给申请人写通知。",
    },
}


def _alt(options: tuple[str, ...], **values: str) -> Node:
    return alt([lit(o.format(**values)) for o in options])


def _reason(lang: str, k: str, v: Any) -> str:
    return str(PHRASES[lang]["reason"].format(field=field_label(k, lang), value=value_label(k, v, lang)))


def _change(lang: str, phrase: str, k: str, a: Any, b: Any) -> str:
    return str(PHRASES[lang][phrase].format(field=field_label(k, lang), was=value_label(k, a, lang),
                                            to=value_label(k, b, lang)))


def _reasons(f: DecisionFacts, lang: str) -> str:
    return _join([_reason(lang, k, v) for k, v in f.reasons], lang)


def _changes(f: DecisionFacts, lang: str, phrase: str) -> str:
    return _join([_change(lang, phrase, k, a, b) for k, a, b in f.changes], lang)


def notice_language(f: DecisionFacts, lang: str = "en") -> Lang:
    """Every faithful notice of this decision that whyrec writes (:data:`PHRASES`): the first option of each
    choice is the template's."""
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}; got {lang!r}")
    p, score = PHRASES[lang], {"s": f.score, "n": f.line}
    if not f.declined:
        return Lang(seq(_alt(p["approved"][0]), _alt(p["approved"][1], **score)), lang, "")
    parts = [_alt(p["declined"]), _alt(p["below"], **score)]
    if f.reasons:
        parts.append(_alt(p["reasons"], items=_reasons(f, lang)))
    parts.append(lit(p["end"]))
    if f.changes:
        parts.append(_alt(p["changes"], were=_changes(f, lang, "were"), moved=_changes(f, lang, "moved")))
    return Lang(seq(*parts), lang, "")


def _first(node: Node) -> str:
    if node.op == "lit":
        return node.lit
    if node.op == "seq":
        return "".join(_first(k) for k in node.kids)
    return _first(node.kids[0])


def write_notice(f: DecisionFacts, lang: str = "en") -> str:
    """The template notice: the first sentence of :func:`notice_language` (faithful by construction)."""
    return _first(notice_language(f, lang).root)


def narrate_decision(f: DecisionFacts, lang: str = "en", write: Writer | None = None) -> dict[str, Any]:
    """The notice shown: the first of ``write(f, lang)``'s candidates that :func:`check_notice` passes and that
    leaves nothing out (:func:`incomplete`), else the template; with the source, the check and the rejected
    candidates."""
    rejected: list[dict[str, Any]] = []
    try:
        candidates = write(f, lang) if write is not None else []
    except (ImportError, WhyrecError) as e:  # the model cannot run here (not installed, file missing): the template
        candidates, rejected = [], [{"text": "", "problems": [f"the model could not write: {e}"]}]
    for text in candidates:
        text = text.strip()
        problems = check_notice(text, f, lang).problems + incomplete(text, f, lang)
        if not problems:
            return {"text": text, "lang": lang, "source": "llm", "checked": True, "rejected": rejected}
        rejected.append({"text": text, "problems": problems})
    text = write_notice(f, lang)
    verdict = check_notice(text, f, lang)
    return {"text": text, "lang": lang, "source": "template", "checked": verdict.passed,
            "problems": verdict.problems, "rejected": rejected}


def notice_prompt(f: DecisionFacts, lang: str = "en") -> str:
    """The user message to the model: the facts, then what to write."""
    p = PHRASES[lang]
    lines = [p["facts"], p["decision"].format(decision=p["decisions"][0 if f.declined else 1]),
             p["score"].format(s=f.score, n=f.line)]
    lines += [p["reason_line"].format(i=i, reason=_reason(lang, k, v)) for i, (k, v) in enumerate(f.reasons, 1)]
    lines += [p["change_line"].format(were=_change(lang, "were", k, a, b)) for k, a, b in f.changes]
    return "\n".join([*lines, p["ask"]])


def local_writer(n: int = 3, *, grammar: bool = True) -> Writer:
    """``write(facts, lang)`` from the local model that narrates ``lang`` in whyrec
    (:data:`whyrec.narrate.local.DEFAULT_MODELS`): the first candidate greedy, the others sampled. With
    ``grammar`` the model decodes under :func:`notice_language`'s grammar (it picks the phrasing, never the
    facts); without, it writes freely and each candidate is cut at the end of its line."""
    loaded: dict[str, Any] = {}

    def write(f: DecisionFacts, lang: str) -> list[str]:
        from whyrec.narrate.local import LocalByLanguage  # loaded on the first notice (ImportError: not installed)

        if lang not in loaded:
            loaded[lang] = LocalByLanguage().llm_for(lang)
        llm = loaded[lang]
        gram = None
        if grammar:
            from llama_cpp import LlamaGrammar

            gram = LlamaGrammar.from_string(notice_language(f, lang).gbnf(), verbose=False)
        out = []
        for j in range(n):
            # under the grammar the notice ends where the language does: the token cap only guards
            res = llm.llm.create_chat_completion(messages=[{"role": "user", "content": notice_prompt(f, lang)}],
                                                 max_tokens=480 if grammar else 160, top_p=0.95, seed=j,
                                                 temperature=0.0 if j == 0 else 0.8,
                                                 stop=None if grammar else ["\n"], grammar=gram)
            out.append(str(res["choices"][0]["message"]["content"] or "").strip())
        return out

    return write
