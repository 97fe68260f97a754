"""The fact checker: precision and recall on the labelled narration set, and each claim type on its own
(wrong item, invented attribute, wrong number, recommended item called bought, swapped brand; faithful
paraphrases accepted), in English and Chinese."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from whyrec.data import sample_shop
from whyrec.errors import DataError
from whyrec.narrate import Facts, ItemFacts
from whyrec.narrate.factcheck import ZH_CATEGORY, CatalogueIndex
from whyrec.narrate.factcheck import check_rules as check  # the open-world rules on free sentences
from whyrec.narrate.labelled import DEFAULT_PATH, checker_metrics, read_labelled


# ---------------------------------------------------------------- the labelled set
@pytest.fixture(scope="module")
def metrics():
    return checker_metrics(DEFAULT_PATH)


def test_labelled_set_is_large_bilingual_and_covers_every_error():
    rows = read_labelled(DEFAULT_PATH)
    assert len(rows) >= 300
    langs = {r["lang"] for r in rows}
    assert langs == {"en", "zh"}
    for lang in langs:
        errors = {r["error"] for r in rows if r["lang"] == lang}
        assert errors == {"none", "wrong_item", "invented_attribute", "wrong_number", "called_bought",
                          "swapped_brand"}
    assert {r["split"] for r in rows} >= {"dev", "heldout", "llm", "llm_heldout"}
    for r in rows:
        assert (r["label"] == "faithful") == (r["error"] == "none")


def test_checker_precision_and_recall_on_the_labelled_set(metrics):
    assert metrics["n"] >= 300
    assert metrics["precision"] >= 0.95, metrics
    assert metrics["recall"] >= 0.95, metrics
    for lang, m in metrics["by_lang"].items():
        assert m["precision"] >= 0.95 and m["recall"] >= 0.95, (lang, m)
    for err, recall in metrics["recall_by_error"].items():
        assert recall >= 0.9, (err, recall)


def test_checker_on_held_out_patterns(metrics):
    """Sentences from the held-out patterns, which were never used to tune the checker."""
    m = metrics["by_split"]["heldout"]
    assert m["n"] >= 300
    assert m["precision"] >= 0.95 and m["recall"] >= 0.95, m


def test_checker_on_real_llm_sentences(metrics):
    """Real SmolLM2-135M outputs labelled by hand. 'llm' rows were looked at while writing rules of the checker;
    'llm_heldout' rows were labelled afterwards and never used to change it. Free-form inventions outside the
    catalogue's words ("an iced sunscreen") are what the rules miss, so the held-out floor is lower: it guards
    against regressions, the measured figure is reported by checker_metrics()."""
    m = metrics["by_split"]["llm"]
    assert m["n"] >= 20 and m["precision"] >= 0.95 and m["recall"] >= 0.95, m
    m = metrics["by_split"]["llm_heldout"]
    assert m["n"] >= 10 and m["precision"] >= 0.9 and m["recall"] >= 0.6, m


def test_read_labelled_names_the_bad_line(tmp_path):
    p = tmp_path / "set.jsonl"
    p.write_text('{"facts": {}, "lang": "en", "sentence": "x", "label": "faithful", "error": "none"}\n'
                 '{"facts": {}, "lang": "en", "sentence": "x", "label": "maybe", "error": "none"}\n')
    with pytest.raises(DataError, match=r"line 2.*label.*maybe"):
        read_labelled(p)
    with pytest.raises(DataError, match="not found"):
        read_labelled(tmp_path / "missing.jsonl")


# ---------------------------------------------------------------- claim types
@pytest.fixture(scope="module")
def shop():
    return sample_shop(n_users=200, n_items=300, seed=3)


@pytest.fixture(scope="module")
def catalogue(shop):
    return CatalogueIndex.from_items(shop)


def _item(shop, row: int) -> ItemFacts:
    r = shop.items.iloc[row]
    return ItemFacts(str(shop.item_ids[row]), r["title"], r["brand"], r["category"], float(r["price"]))


@pytest.fixture(scope="module")
def case(shop):
    """A phone case recommended because of a smartphone bought before; 14 shoppers bought both."""
    items = shop.items
    phone = int(items.index[items["category"] == "Smartphone"][0])
    case_ = int(items.index[(items["category"] == "Phone Case") & (items["brand"] != items["brand"][phone])][0])
    other = int(items.index[(items["category"] == "Smartphone") & (items["brand"] != items["brand"][phone])
                            & (items["brand"] != items["brand"][case_])][0])
    rec, hist, wrong = _item(shop, case_), _item(shop, phone), _item(shop, other)
    facts = Facts("U1", rec, 3, "cooccurrence", history=[(hist, 0.4)], neighbours=[(hist, 14)], popularity=(57, 12))
    brands = sorted(set(items["brand"][items["department"] == "Electronics"]) - {rec.brand, hist.brand})
    return facts, rec, hist, wrong, brands[0]


def _unsupported(text, facts, catalogue, lang="en"):
    res = check(text, facts, lang, catalogue)
    return [(c.kind, c.value) for c in res.unsupported]


def test_faithful_paraphrases_pass(case, catalogue):
    facts, rec, hist, _, _ = case
    short = hist.title.rsplit(" ", 1)[0]  # without the variant
    for text in [
        f"Because you bought {hist.title}, we recommend {rec.title}.",
        f"Since you picked up the {short.lower()}, the {rec.title} is a natural match.",
        f'14 shoppers who bought "{short}" also bought {rec.title} - it costs ${rec.price:.2f}.',
        f"Fourteen people bought both {hist.brand}'s {short.split(' ', 1)[1]} and {rec.title}.",
        f"{rec.title} is popular: {57} purchases, #12 in the shop, and a good partner for your {short}.",
        f"Don't have {rec.title} yet? It goes well with the {hist.brand} smartphone you own.",
    ]:
        assert _unsupported(text, facts, catalogue) == [], text


def test_faithful_chinese_passes(case, catalogue):
    facts, rec, hist, _, _ = case
    for text in [
        f"因为您购买过{hist.title}，我们为您推荐{rec.title}。",
        f"购买了“{hist.title}”的顾客中有14人也买了{rec.title}，售价{rec.price:.2f}美元。",
        f"{rec.title}是热门商品，共被购买57次，排名第12。",
        f"这款{rec.brand}的{ZH_CATEGORY['Phone Case']}和您的{ZH_CATEGORY['Smartphone']}很搭。",
        f"您还没有{rec.title}，它和您买过的{hist.title}很配。",
    ]:
        assert _unsupported(text, facts, catalogue, "zh") == [], text


def test_made_up_words_rejected(case, catalogue):
    """A small model's invented words ("iklvaites") are claims nothing supports; shop words and the catalogue's
    own words are not."""
    facts, rec, hist, _, _ = case
    assert ("word", "iklvaites") in _unsupported(f"These were both the iklvaites, so you may like {rec.title}.",
                                                 facts, catalogue)
    assert _unsupported(f"Shoppers who bought {hist.title} also bought {rec.title}.", facts, catalogue) == []
    # inside a hyphenated compound or after an apostrophe (SmolLM2 wrote "gifts-theyrentuned", "of'shortsy'-themed")
    for text, word in [(f"You may like {rec.title} as gifts-theyrentuned.", "theyrentuned"),
                       (f"You may like {rec.title}, any of'shortsy'-themed.", "shortsy")]:
        assert ("word", word) in _unsupported(text, facts, catalogue), text
    ok = f"You bought {hist.title}, so you shouldn't miss this well-received pick: {rec.title}."
    assert _unsupported(ok, facts, catalogue) == [], _unsupported(ok, facts, catalogue)


def test_wrong_item_rejected(case, catalogue):
    facts, rec, _, wrong, _ = case
    for lang, text in [("en", f"Because you bought {wrong.title}, we recommend {rec.title}."),
                       ("en", f"Since you bought the {wrong.title.rsplit(' ', 1)[0].lower()}, try {rec.title}."),
                       ("zh", f"因为您购买过{wrong.title}，我们为您推荐{rec.title}。")]:
        bad = _unsupported(text, facts, catalogue, lang)
        assert ("item", wrong.item) in bad, (text, bad)


def test_invented_attributes_rejected(case, catalogue):
    facts, rec, hist, _, _ = case
    no_pop = Facts.from_dict({**facts.to_dict(), "popularity": None})
    no_nb = Facts.from_dict({**facts.to_dict(), "neighbours": []})
    cases = [
        (no_pop, "en", f"{rec.title} is one of our bestsellers.", "relation"),
        (no_nb, "en", f"20 shoppers who bought {hist.title} also bought {rec.title}.", "relation"),
        (facts, "en", f"Since you love cameras, {rec.title} is a great pick.", "category"),
        (facts, "en", f"We recommend this vegan phone case, {rec.title}.", "attribute"),
        (facts, "en", f"{rec.title} is a premium choice.", "attribute"),
        (facts, "en", f"{rec.title} is on sale this week.", "attribute"),
        (no_pop, "zh", f"{rec.title}是本店的畅销爆款。", "relation"),
        (facts, "zh", f"您一直很喜欢{ZH_CATEGORY['Camera']}，所以推荐{rec.title}。", "category"),
        (facts, "zh", f"{rec.title}正在打折。", "attribute"),
    ]
    for f, lang, text, kind in cases:
        kinds = [k for k, _ in _unsupported(text, f, catalogue, lang)]
        assert kind in kinds, (text, kinds)


def test_wrong_numbers_rejected(case, catalogue):
    facts, rec, hist, _, _ = case
    for lang, text in [
        ("en", f"15 shoppers who bought {hist.title} also bought {rec.title}."),
        ("en", f"Thirteen people bought both {hist.title} and {rec.title}."),
        ("en", f"{rec.title} costs ${rec.price + 1:.2f}."),
        ("en", f"{rec.title} costs {rec.price - 0.5:.2f} dollars."),
        ("en", f"{rec.title} is #21 in the shop with 57 purchases."),
        ("zh", f"购买了{hist.title}的顾客中有41人也买了{rec.title}。"),
        ("zh", f"{rec.title}售价{rec.price * 2:.2f}美元。"),
        ("zh", f"{rec.title}共被购买75次。"),
        ("zh", f"买过{hist.title}的顾客中有八人也买了{rec.title}。"),
    ]:
        bad = _unsupported(text, facts, catalogue, lang)
        assert any(k in ("number", "price") for k, _ in bad), (text, bad)


def test_recommended_item_called_bought_rejected(case, catalogue):
    facts, rec, hist, _, _ = case
    for lang, text in [
        ("en", f"You already bought {rec.title}, so here is more like it."),
        ("en", f"Because you bought {hist.title} and {rec.title}, we think you'll like this."),
        ("en", f"Your {rec.title} goes perfectly with {hist.title}."),
        ("en", f"{rec.title}, which you purchased last month, pairs with {hist.title}."),
        ("en", f'Thanks for buying "{rec.title}"!'),
        ("zh", f"您已经购买了{rec.title}，再看看{hist.title}吧。"),
        ("zh", f"您买过的“{rec.title}”和{hist.title}很配。"),
        ("zh", f"您的{rec.title}用得怎么样？"),
    ]:
        bad = _unsupported(text, facts, catalogue, lang)
        assert ("relation", ("bought", rec.item)) in bad, (text, bad)
    # the history item may be called bought; the recommended one may be said not to be owned yet
    assert _unsupported(f"You bought {hist.title}; you haven't bought {rec.title} yet.", facts, catalogue) == []


def test_swapped_brand_rejected(case, catalogue):
    facts, rec, hist, _, other_brand = case
    swapped = hist.title.replace(hist.brand, other_brand, 1)
    for lang, text in [
        ("en", f"Because you bought {swapped}, we recommend {rec.title}."),
        ("en", f"We suggest this phone case from {hist.brand}: {rec.title}."),
        ("en", f"Try this {hist.brand} phone case, {rec.title}."),
        ("zh", f"因为您购买过{swapped}，我们为您推荐{rec.title}。"),
        ("zh", f"这款{hist.brand}的{ZH_CATEGORY['Phone Case']}（{rec.title}）与您的手机很搭。"),
    ]:
        bad = _unsupported(text, facts, catalogue, lang)
        assert any(k == "brand" for k, _ in bad), (text, bad)


def test_claims_are_reported_and_json_ready(case, catalogue):
    facts, rec, hist, wrong, _ = case
    res = check(f"Because you bought {wrong.title}, 99 shoppers bought {rec.title}.", facts, "en", catalogue)
    assert not res.passed
    d = json.loads(json.dumps(res.to_dict()))
    kinds = {c["kind"] for c in d["unsupported"]}
    assert {"item", "number"} <= kinds
    assert all(c["why"] for c in d["claims"])
    assert any(c["supported"] and c["kind"] == "item" for c in d["claims"])  # the recommended item


def test_without_catalogue_only_evidence_names_are_known(case):
    facts, rec, hist, wrong, _ = case
    # numbers and relations are still checked; a product outside the evidence is not recognised by name
    assert not check(f"{rec.title} was bought by 99 shoppers who bought {hist.title}.", facts).passed
    assert check(f"Because you bought {hist.title}, we recommend {rec.title}.", facts).passed
    res = check(f"Because you bought {wrong.title}, we recommend {rec.title}.", facts)
    assert not any(c.kind == "item" and c.value == wrong.item for c in res.claims)


def test_catalogue_from_a_frame_and_bad_arguments(case):
    facts, rec, hist, wrong, _ = case
    frame = pd.DataFrame([it.to_dict() for it in (rec, hist, wrong)])
    cat = CatalogueIndex.from_items(frame)
    assert len(cat) == 3
    assert not check(f"Because you bought {wrong.title}, try {rec.title}.", facts, "en", cat).passed
    with pytest.raises(ValueError, match="lang"):
        check("x", facts, "de")
    with pytest.raises(TypeError, match="text"):
        check(None, facts)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Facts"):
        check("x", facts.to_dict())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="DataFrame"):
        CatalogueIndex.from_items([rec])  # type: ignore[arg-type]


def test_real_catalogue_names_and_everyday_words(shared_data):
    """Amazon Gift Cards titles share many words ("Amazon eGift Card - Thank You (Note)"): everyday phrases are not
    product names, a real title outside the evidence is."""
    from whyrec.data.readers import read_amazon_2018

    ds = read_amazon_2018(shared_data / "amazon-2018" / "Gift_Cards_5.json.gz", meta_items="all")
    cat = CatalogueIndex.from_items(ds)
    titles = {str(i): t for i, t in zip(ds.item_ids, ds.items["title"], strict=True) if isinstance(t, str)}
    rec_id = next(i for i, t in titles.items() if t.strip() == "Amazon eGift Card")
    hist_id, other_id = [i for i, t in titles.items() if "Starbucks" in t or "Chili" in t][:2]
    rec, hist = ItemFacts(rec_id, titles[rec_id]), ItemFacts(hist_id, titles[hist_id])
    facts = Facts("u", rec, 1, "cooccurrence", neighbours=[(hist, 3)])
    for text in [
        f"3 shoppers who bought {hist.title} also bought {rec.title}.",
        f"{rec.title} is perfect for a birthday or a thank you note, just because.",
        f"It makes a great gift card for a friend: {rec.title}.",
    ]:
        assert _unsupported(text, facts, cat) == [], text
    wrong = f"3 shoppers who bought {titles[other_id]} also bought {rec.title}."
    assert ("item", other_id) in _unsupported(wrong, facts, cat)
