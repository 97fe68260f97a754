"""Names a free sentence changes: a pack size no evidence title has ("the Starbucks four-pack"), a run of title
words with one no evidence name has ("the Holiday Spring Box"), a name whose title goes on with another model number
("Kestrel Lite 9"), and two evidence titles mixed into one ("... Plaid Gift Box Reveal"). Each is an unknown item.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from whyrec.narrate.factcheck.catalogue import CatalogueIndex
from whyrec.narrate.factcheck.claims import Claim
from whyrec.narrate.factcheck.claims import add_claim as _claim
from whyrec.narrate.factcheck.lexicons import _NUM_WORDS_EN, _PEOPLE_EN, _STOP, _tokens, _zh_number, fold_latin
from whyrec.narrate.factcheck.mentions import Mention, Support
from whyrec.narrate.factcheck.word_classes import PRODUCT_KIND_EN
from whyrec.narrate.factcheck.words import known, plural_of

__all__ = ["check_changed_titles", "check_mixed_titles", "check_model_numbers", "check_pack_sizes"]

_TOKEN_AT = re.compile(r"[ \t]+([a-z0-9]+)\b")  # the word right after a name (one space or tab between)
_BRACKETED_AT = re.compile(r"[ \t]+\(([a-z0-9]+)\)")  # a one-word bracket right after a name: "(Paperback)"



_PACK_EN = re.compile(rf"\b({'|'.join(_NUM_WORDS_EN)}|\d+)[\s-](?:pack|pk|piece|count)s?\b")


_PACK_ZH = re.compile(r"([两二三四五六七八九十\d]+)\s*(?:张|支|件|个|包|盒|瓶|双)装")

def check_pack_sizes(named: str, sup: Support, claims: list[Claim], mask: Callable[[int, int], None]) -> None:
    """"the Starbucks four-pack", "四张装": a pack size outside the names is a title's ("Multipack of 4",
    "3-Pack")."""
    titles = [it.title.lower() for it in [sup.rec, *sup.evidence.values()] if it.title]
    for m in [*_PACK_EN.finditer(named), *_PACK_ZH.finditer(named)]:
        g = m.group(1)
        v = g if g.isdigit() else str(_NUM_WORDS_EN[g] if g in _NUM_WORDS_EN else _zh_number(g))
        ok = any(re.search(rf"\b{v}\s?-?\s?(?:pack|pk|piece|count)s?\b|\b(?:multi)?pack\s+of\s+{v}\b", t)
                 for t in titles)
        _claim(claims, "item", m.group(), v, ok, "the pack size of an evidence title" if ok else
              "a pack size no evidence title has")
        mask(m.start(), m.end())

_CAP_WORD = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:-[A-Za-z]+)?(?![\w'-])")

def check_changed_titles(text: str, named: str, sup: Support, claims: list[Claim]) -> None:
    """A run of capitalised words outside the names that takes words from an evidence title and adds one no
    evidence name has ("the Holiday Spring Box" for "Holiday Sprig Box"): a changed title, refused."""
    own: set[str] = set()
    for it in [sup.rec, *sup.evidence.values()]:
        for part in (it.title, it.brand, it.category):
            if part:
                own.update(_tokens(fold_latin(str(part))))
    titles = {t for it in [sup.rec, *sup.evidence.values()] if it.title for t in _tokens(it.title)}
    run: list[re.Match[str]] = []
    for m in [*_CAP_WORD.finditer(text), None]:
        if m is not None and named[m.start():m.end()].strip() and (
                not run or not text[run[-1].end():m.start()].strip(" ")):
            run.append(m)
            continue
        words = [fold_latin(r.group()).lower() for r in run]
        if len(run) >= 2 and any(w in titles for w in words) and any(
                len(w) >= 3 and w not in own and w not in _STOP for w in words):
            said = text[run[0].start():run[-1].end()]
            _claim(claims, "item", said, said, False, "a name no evidence item has: a changed title")
        run = [m] if m is not None and named[m.start():m.end()].strip() else []

#: people after a number: "Star Wars 388 人", "the Z10 9 other owners": a count, not a model code
_PEOPLE_AFTER = re.compile(rf"\s*(?:位|名|个|人|(?:other\s+)?{_PEOPLE_EN}\b)")


def _model_code_at(low: str, nxt: re.Match[str]) -> bool:
    """The word ``nxt`` found right after a name is a model code (it has a digit), not a count of people."""
    return any(c.isdigit() for c in nxt.group(1)) and not _PEOPLE_AFTER.match(low, nxt.end())


def check_model_numbers(low: str, mentions: list[Mention], index: CatalogueIndex, claims: list[Claim]) -> None:
    """A name whose title goes on with a model number, followed in the text by another one ("Kestrel Lite 9" for
    "Kestrel Lite 7 Phone Case Slim"), is a changed title: an unknown item."""
    for x in mentions:
        nxt = _TOKEN_AT.match(low, x.end)
        if nxt is None or not _model_code_at(low, nxt):
            continue
        said, follow = _tokens(low[x.start:x.end]), nxt.group(1)
        going_on = []
        for c in x.items:
            title = _tokens(index.items[c].title or "") if c in index.items else []
            at = next((k for k in range(len(title) - len(said) + 1) if title[k:k + len(said)] == said), None)
            if at is not None and at + len(said) < len(title):
                going_on.append(title[at + len(said)])
        if going_on and all(any(ch.isdigit() for ch in t) for t in going_on) and follow not in going_on:
            _claim(claims, "item", f"{x.text} {follow}", x.text, False,
                   f"a changed title: the item's name goes on with {going_on[0]!r}, not {follow!r}")


def check_mixed_titles(text: str, low: str, mentions: list[Mention], sup: Support, index: CatalogueIndex,
                        claims: list[Claim]) -> None:
    """A name followed at once by a capitalised word, a product noun or a model code of another evidence item's
    title that its own title and category do not have ("Amazon.com Gift Card in a Plaid Gift Box Reveal": "Reveal"
    is the Red Gift Box's; "the S5 Water Bottle 1L filter": the filter bottle is another): two titles mixed."""
    items = [sup.rec, *sup.evidence.values()]
    for x in mentions:
        nxt = _TOKEN_AT.match(low, x.end) or _BRACKETED_AT.match(low, x.end)
        if x.role == "other" or nxt is None:
            continue
        follow = nxt.group(1)
        kind = known(follow, PRODUCT_KIND_EN)  # "the S5 Water Bottle 1L filter": a kind noun of another title
        own = {t for c in x.items if c in index.items for part in (index.items[c].title, index.items[c].category)
               if part for t in _tokens(str(part))}
        code = _model_code_at(low, nxt)  # "Phone Case 512GB": another title's code
        if not (kind or code or text[nxt.start(1):nxt.start(1) + 1].isupper()) or follow in own or follow in _STOP \
                or plural_of(follow, own):
            continue
        other = next((it for it in items if it.item not in x.items and follow in _tokens(it.title or "")), None)
        if other is not None:
            _claim(claims, "item", f"{x.text} {text[nxt.start(1):nxt.end(1)]}", x.text, False,
                   f"a changed title: {follow!r} is a word of {other.title!r}, not of this item's title")
    # "Amazon.com Gift Card in a Plaid Gift Box (Previous Generation Card Designs)": a name, then in its brackets a
    # name that is part of another evidence title and not of its own
    for x, y in zip(mentions, mentions[1:], strict=False):
        if x.role == "other" or y.role == "other" or x.items & y.items or not re.fullmatch(r"\s*[(（]\s*",
                                                                                              low[x.end:y.start]):
            continue
        titles = " ".join((index.items[c].title or "").lower() for c in x.items if c in index.items)
        if y.text.lower() not in titles:
            _claim(claims, "item", text[x.start:y.end], x.text, False,
                   f"a changed title: {y.text!r} in brackets is part of another item's title, not of this one's")


_TAIL = re.compile(r",\s*(the|a|an)\s*\((\d{4})\)|\s*\((\d{4})\)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.&-]*(?:'s|’s)?)\s+$")


def check_title_edges(text: str, low: str, mentions: list[Mention], sup: Support, index: CatalogueIndex,
                      claims: list[Claim]) -> None:
    """A name with an article or a year its title does not have after it ("Contact, The (1997)" for "Contact
    (1997)", "Contact (1996)"), or, where the name starts inside its title, a capitalised word of another evidence
    title or a possessive before it ("Santa's Gift Card in a Snowflake Tin" for "Amazon.com Gift Card in a Snowflake
    Tin"): a changed title."""
    others = {t for it in (sup.rec, *sup.evidence.values()) for t in _tokens(fold_latin(it.title or ""))}
    brands = {t for b in sup.brands for t in _tokens(fold_latin(b))}
    for x in mentions:
        if x.role == "other":
            continue
        titles = [t.lower() for c in x.items if c in index.items and (t := index.items[c].title)]
        said = low[x.start:x.end]
        tail = _TAIL.match(low, x.end)
        if tail is not None and titles:
            extra = tail.group()
            if not any((said + extra).strip() in t or t.startswith(said) and extra.strip() in t[len(said):]
                       for t in titles):
                _claim(claims, "item", text[x.start:tail.end()], x.text, False,
                       f"a changed title: {extra.strip()!r} is not in the title {titles[0]!r}")
                continue
        before = _WORD_BEFORE.search(text[:x.start])
        if before is None or not titles or any(t.startswith(said) for t in titles):
            continue
        word = before.group(1)
        bare = re.sub(r"(?:'s|’s)$", "", word).lower()
        own = {w for t in titles for w in _tokens(fold_latin(t))}
        if word[0].isupper() and bare not in _STOP and bare not in own and bare not in brands and (
                bare in others or word.lower().endswith(("'s", "’s"))) and not re.search(r"[.!?。！？]\s*$",
                                                                                          text[:before.start()]):
            _claim(claims, "item", f"{word} {x.text}", x.text, False,
                   f"a changed title: {word!r} before a name that starts inside the title {titles[0]!r}")
