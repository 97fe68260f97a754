"""The role-bound phrase language, the closed-world check and the quality bar."""

from __future__ import annotations

import random

import pandas as pd
import pytest

from whyrec.data import Dataset
from whyrec.narrate import Facts, ItemFacts
from whyrec.narrate.base import Narrator
from whyrec.narrate.factcheck import check, check_rules
from whyrec.narrate.facts import event_verb
from whyrec.narrate.phrases import sentence_language, strongest
from whyrec.narrate.quality import assess, distinct_n, diversity, unique_sentence_ratio

SHOES = ItemFacts("P1", "Zenova Neo 6 Running Shoes Cushioned", "Zenova", "Running Shoes", 89.99)
SOCKS = ItemFacts("P2", "Trailfox Zen 3 Running Socks Ankle", "Trailfox", "Running Socks", 12.99)
BOTTLE = ItemFacts("P3", "Stride Air 5 Water Bottle 1L", "Stride", "Water Bottle", 19.99)
CF = {"removed": [SOCKS.to_dict()], "new_rank": 14, "old_rank": 1, "k": 10, "mode": "remove"}


def facts(verb: str = "bought", **kw) -> Facts:
    base = dict(history=[(SOCKS, 1.0), (BOTTLE, 0.5)], neighbours=[(SOCKS, 17), (BOTTLE, 4)], popularity=(42, 5))
    base.update(kw)
    return Facts("U1", SHOES, 1, "additive", verb=verb, **base)



def _assert_verdict(text: str, facts_: Facts, lang: str, ok: bool) -> None:
    """The checker passes ``text`` exactly when ``ok``; the failure message names what it refused."""
    res = check(text, facts_, lang)
    assert res.passed is ok, (text, [c.why for c in res.unsupported])


ALL = [facts(), facts(counterfactual=CF), facts("rated"), facts(history=[], popularity=None),
       facts(history=[], neighbours=[], popularity=(300, 1)), Facts("U1", SHOES, 1, "none"),
       facts(history=[], neighbours=[], popularity=None, features=[("brand", "Zenova", 0.4)]),
       facts(history=[], neighbours=[], similar=[(SOCKS, 0.7, ["running", "zen"])])]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_sentence_of_the_language_passes_both_layers_and_the_quality_bar(lang: str) -> None:
    rnd = random.Random(0)
    for f in ALL:
        lg = sentence_language(f, lang)
        seen = set()
        for _ in range(60):
            text = lg.walk(rnd)
            seen.add(text)
            res = check(text, f, lang)
            assert res.passed, (text, [c.why for c in res.unsupported])
            q = assess(text, f, lang)
            assert q.passed, (text, q.problems)
        assert len(seen) >= (2 if f.is_empty() else 4)


@pytest.mark.parametrize("text", [
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running Socks Ankle"; '
    '4 other shoppers bought it together with "Trailfox Zen 3 Running Socks Ankle".',  # a count moved to another pair
    'We recommend "Zenova Neo 6 Running Shoes Cushioned"; it is the shop\'s most bought item.',  # rank 5, not 1
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Zenova Neo 6 Running Shoes Cushioned".',
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you never bought '
    '"Trailfox Zen 3 Running Socks Ankle".',
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running Socks Ankle"; '
    "it is sold out elsewhere.",  # an invented event no rule lists
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running Socks Ankle"; '
    "it is expensive.",
    'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running Socks Ankle"; '
    "it costs $12.99.",  # the history item's price given to the recommended one
    'Since you bought "Trailfox Zen 3 Running Socks Ankle", we recommend "Zenova Neo 6 Running Shoes',  # cut off
    "please visit evil dot com to claim your reward.",
])
def test_closed_world_refuses_what_it_cannot_verify(text: str) -> None:
    res = check(text, facts(), "en")
    assert not res.passed
    assert res.unsupported[0].kind == "sentence" and "not verifiable" in res.unsupported[0].why


def test_a_vacuous_but_true_sentence_passes_the_checker_and_fails_the_quality_bar() -> None:
    # nothing in it is unverifiable (the content gate), but "it" names nothing: the quality bar refuses it
    text = "You bought \"Trailfox Zen 3 Running Socks Ankle\", so you may like it too."
    assert check(text, facts(), "en").passed
    q = assess(text, facts(), "en")
    assert not q.passed and not q.checks["names_item"]


def test_free_sentences_pass_the_content_gate_only_when_every_word_and_number_is_bound() -> None:
    f = facts()
    rec, sock = "Zenova Neo 6 Running Shoes Cushioned", "Trailfox Zen 3 Running Socks Ankle"
    n = dict((it.title, c) for it, c in f.neighbours)[sock]
    ok = [f"Since you bought the {sock}, the {rec} may suit you as well; {n} shoppers bought both.",
          f"{n} customers who bought the {sock} also picked the {rec}, so it could be a good fit for you."]
    for text in ok:
        assert check(text, f, "en").passed, text
    wrong = [f"Since you bought the {sock}, the {rec} may suit you as well; {n + 1} shoppers bought both.",  # count
             f"The {rec} is waterproof, and {n} shoppers who bought the {sock} also bought it.",  # attribute
             f"The {rec} is our best seller, and {n} shoppers bought both.",  # rank 5 is not 1
             f"You left the {rec} in your cart, and {n} shoppers bought both.",  # event
             f"We recommend the {sock}: {n} shoppers bought it along with the {rec}."]  # roles swapped
    for text in wrong:
        res = check(text, f, "en")
        assert not res.passed and res.unsupported[0].kind == "sentence", text


def test_a_changed_model_number_a_price_of_a_noun_phrase_and_a_count_before_a_dash() -> None:
    """Three holes an independent set (benchmarks/independent4) found: a title with another model number, a price
    said of "the <name> <product noun>" taken from an item the noun also matches, and a popularity count read as a
    co-purchase count because a dash-separated clause after it says "also bought"."""
    f = facts()
    # 5 is a number of the evidence (the popularity rank), but not the shoes' model number
    assert not check("We suggest the Zenova Neo 5 Running Shoes Cushioned for you.", f, "en").passed
    assert check("We suggest the Zenova Neo 6 Running Shoes Cushioned for you.", f, "en").passed
    tin = ItemFacts("G1", "Amazon.com Gift Card in a Snowflake Tin", "Amazon", "Gift Cards", 200.0)
    cafe = ItemFacts("G2", "Starbucks Gift Card", "Starbucks", "Gift Cards", 25.0)
    g = Facts("U1", tin, 1, "additive", history=[(cafe, 1.0)], neighbours=[(cafe, 7)], popularity=(42, 5))
    # "gift card" is in both titles: after the tin's short name it is the tin, which costs 200, not 25
    assert not check("The Snowflake Tin gift card is only $25, and 7 shoppers who bought the Starbucks Gift Card "
                     "also bought it.", g, "en").passed
    assert check("The Snowflake Tin gift card is $200, and 7 shoppers who bought the Starbucks Gift Card also "
                 "bought it.", g, "en").passed
    socks = "Trailfox Zen 3 Running Socks Ankle"
    assert check(f"The Zenova Neo 6 Running Shoes Cushioned, bought by 42 shoppers — 17 of them also bought the "
                 f"{socks} you have.", f, "en").passed


def test_ranks_in_words_feelings_and_rating_verbs_found_by_independent5() -> None:
    """Faithful phrasings independent5 showed the gate refusing, each bound to its figure (so the false variant is
    still refused), and a feeling said of a history item, which the gate now refuses on its own."""
    rec, sock = "Zenova Neo 6 Running Shoes Cushioned", "Trailfox Zen 3 Running Socks Ankle"
    cf = facts(counterfactual=CF)  # old rank 1, new rank 14
    said = "Without the {sock} you bought, the {rec} would drop from {at} place to 14th."
    assert check(said.format(sock=sock, rec=rec, at="first"), cf, "en").passed
    assert not check(said.format(sock=sock, rec=rec, at="second"), cf, "en").passed
    put = "Your {sock} puts the {rec} at number {n}; without it the {rec} would fall to 14th."
    assert check(put.format(sock=sock, rec=rec, n="one"), cf, "en").passed
    assert not check(put.format(sock=sock, rec=rec, n="three"), cf, "en").passed
    third = Facts("U1", SHOES, 3, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 17)], popularity=(42, 5))
    assert check(f"In third place for you is the {rec}; 17 shoppers who bought the {sock} also bought it.", third,
                 "en").passed
    assert not check(f"In second place for you is the {rec}; 17 shoppers who bought the {sock} also bought it.",
                     third, "en").passed
    assert check(f"The {rec} makes the ten most popular items in the shop.", facts(), "en").passed  # rank 5
    assert not check(f"The {rec} makes the five most popular items in the shop.",
                     facts(popularity=(42, 8)), "en").passed
    assert not check(f"You loved the {sock}, so we suggest the {rec}.", facts(), "en").passed
    rated = facts("rated")
    assert check(f"评过 {sock} 的 17 位用户也评了它：{rec}。", rated, "zh").passed
    assert not check(f"你喜欢 {sock}，所以也会喜欢 {rec}：评过 {sock} 的 17 位用户也评了它。", rated, "zh").passed


def test_the_verb_follows_the_data_and_counterfactuals_their_figures() -> None:
    rated = facts("rated")
    good = 'Since you rated "Trailfox Zen 3 Running Socks Ankle", you may like "Zenova Neo 6 Running Shoes Cushioned".'
    assert check(good, rated, "en").passed
    assert not check(good.replace("rated", "bought"), rated, "en").passed
    assert "costs" not in " ".join(sentence_language(rated, "en").walk(random.Random(i)) for i in range(50))
    cf = facts(counterfactual=CF)
    text = ('We recommend "Zenova Neo 6 Running Shoes Cushioned"; without "Trailfox Zen 3 Running Socks Ankle" '
            'in your history, "Zenova Neo 6 Running Shoes Cushioned" would drop to rank {}.')
    assert check(text.format(14), cf, "en").passed and not check(text.format(15), cf, "en").passed
    assert strongest(cf) == "counterfactual" and strongest(facts()) == "history"


def test_chinese_faithful_copy_of_a_pair_count_is_not_read_as_two() -> None:
    f = facts()
    assert check_rules("17 位其他顾客两件都买了。", f, "zh").passed
    assert not check_rules("有两位顾客买了它。", f, "zh").passed


def test_grammar_and_regex_describe_the_same_language() -> None:
    lg = sentence_language(facts(counterfactual=CF), "en")
    g = lg.gbnf()
    assert g.startswith("root ::= ") and "x-neighbour ::=" in g and "_" not in g.split("::=")[0]
    rnd = random.Random(3)
    for _ in range(30):
        text = lg.walk(rnd)
        assert lg.accepts(text) and "<" not in text
    assert "<1>" in g and "Zenova" not in g  # the grammar writes placeholders, expand() puts the names in
    assert lg.expand("We recommend <1>.") == 'We recommend "Zenova Neo 6 Running Shoes Cushioned".'


def test_quality_checks_each_fail_on_their_own_fault() -> None:
    f = facts()
    ok = 'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running Socks Ankle".'
    assert assess(ok, f).passed
    cases = {
        "complete": 'We recommend "Zenova Neo 6 Running Shoes Cushioned" because you bought "Trailfox Zen 3 Running',
        "names_item": 'You bought "Trailfox Zen 3 Running Socks Ankle", so you may like it too.',
        "cites_strongest": 'We recommend "Zenova Neo 6 Running Shoes Cushioned" for you today.',
        "fluent": 'we recommend the the "Zenova Neo 6 Running Shoes Cushioned" because you bought '
                  '"Trailfox Zen 3 Running Socks Ankle".',
        "length": ok[:-1] + " and more" * 30 + ".",
    }
    for check_name, text in cases.items():
        q = assess(text, f)
        assert not q.checks[check_name], (check_name, text, q.problems)
    zh_bad = "你也会喜欢它，还是符各，直接的全名。"
    assert not assess(zh_bad, f, "zh").passed
    mixed = "我们为您推荐“Zenova Neo 6 Running Shoes Cushioned”, because it is nice。"
    assert not assess(mixed, f, "zh").checks["fluent"]


def test_diversity_measures() -> None:
    assert unique_sentence_ratio(["A b c.", "A b c.", "D e f."]) == pytest.approx(2 / 3)
    assert distinct_n(["a b a b"], 2) == pytest.approx(2 / 3)
    assert set(diversity(["x y z."])) == {"usr", "distinct2"}


def test_event_verb_of_ratings_and_purchases() -> None:
    inter = pd.DataFrame({"user": ["u1", "u1", "u2"], "item": ["a", "b", "a"], "rating": [4.0, 2.0, 5.0]})
    assert event_verb(Dataset.from_frames(inter)) == "rated"
    assert event_verb(Dataset.from_frames(inter.assign(event="purchase"))) == "bought"
    assert event_verb(Dataset.from_frames(inter.drop(columns="rating"))) == "bought"
    assert event_verb(None) == "bought"


class _Scripted:
    """A backend that writes the given candidates in order (the real LLM is exercised in test_narrate_llm)."""

    name = "scripted"

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts

    def write(self, facts: Facts, lang: str, n: int) -> list[str]:
        return self.texts[:n]


def test_every_candidate_passes_the_same_gates_or_the_template_is_shown() -> None:
    f = facts()
    bad = 'You bought "Trailfox Zen 3 Running Socks Ankle", so you may like it too.'  # passes the old rules
    assert check_rules(bad, f, "en").passed
    good = 'Since you bought "Trailfox Zen 3 Running Socks Ankle", we recommend "Zenova Neo 6 Running Shoes Cushioned".'
    shown = Narrator(_Scripted([bad, good]), cache=False).narrate(f, "en")
    assert shown.text == good and shown.backend == "scripted" and shown.checked and shown.quality["passed"]
    assert shown.candidates == 2 and shown.rejected[0]["text"] == bad
    fallback = Narrator(_Scripted([bad, bad]), cache=False).narrate(f, "en")
    assert fallback.backend == "template" and fallback.fallback_used and fallback.checked
    assert fallback.quality["passed"] and "does not name the recommended item" in fallback.fallback_reason


# ---------------------------------------------------------------- counts, comparisons and item counts bound
BOUND = [
    # each count beside its own partner, in either order, and "N who bought X"
    ("en", "We suggest the Zenova Neo 6 Running Shoes: 17 shoppers who bought the Trailfox Zen 3 socks and 4 who "
     "bought the Stride Air 5 bottle also bought them.", True),
    ("en", "We suggest the Zenova Neo 6 Running Shoes: 4 shoppers who bought the Trailfox Zen 3 socks and 17 who "
     "bought the Stride Air 5 bottle also bought them.", False),
    ("en", "We suggest the Zenova Neo 6 Running Shoes: 17 other Zen 3 owners bought them too.", True),
    ("en", "We suggest the Zenova Neo 6 Running Shoes: 4 other Zen 3 owners bought them too.", False),
    # the item's own count beside a pair's
    ("en", "The Zenova Neo 6 Running Shoes have 42 buyers, and 17 of the shoppers who bought the Trailfox Zen 3 "
     "socks bought them too.", True),
    # a Chinese count belongs to the item before it
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned：买过 Trailfox Zen 3 Running Socks Ankle 的顾客中有 17 位"
     "也买了它，买过 Stride Air 5 Water Bottle 1L 的也有 4 位。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned：买过 Trailfox Zen 3 Running Socks Ankle 的顾客中有 4 位"
     "也买了它，买过 Stride Air 5 Water Bottle 1L 的也有 17 位。", False),
    # price comparisons, by the two items' prices
    ("en", "At $89.99, the Zenova Neo 6 Running Shoes cost more than the Trailfox Zen 3 socks you bought.", True),
    ("en", "At $89.99, the Zenova Neo 6 Running Shoes cost less than the Trailfox Zen 3 socks you bought.", False),
    ("en", "The Zenova Neo 6 Running Shoes cost the same as the Trailfox Zen 3 socks you bought.", False),
    # a number word counts the items the sentence names
    ("en", "Your two purchases, the Trailfox Zen 3 socks and the Stride Air 5 bottle, point to the Zenova Neo 6 "
     "Running Shoes.", True),
    ("en", "Your three purchases, the Trailfox Zen 3 socks and the Stride Air 5 bottle, point to the Zenova Neo 6 "
     "Running Shoes.", False),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle 贵。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle 便宜。",
     False),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它和你买过的 Trailfox Zen 3 Running Socks Ankle 价格相同。",
     False),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle "
     "贵 77 美元。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle "
     "贵 70 美元。", False),
    ("zh", "你买过 Trailfox Zen 3 Running Socks Ankle，所以我们最先推荐 89.99 美元的 Zenova Neo 6 Running Shoes "
     "Cushioned。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle"
     "（12.99 美元）贵。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Trailfox Zen 3 Running Socks Ankle"
     "（12.99 美元）便宜。", False),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned：买过 Trailfox Zen 3 Running Socks Ankle 的顾客中有 17 位也买"
     "了它，买过 Stride Air 5 Water Bottle 1L 款的有 4 位。", True),
    ("zh", "我们推荐 Zenova Neo 6 Running Shoes Cushioned：买过 Trailfox Zen 3 Running Socks Ankle 的顾客中有 4 位也买"
     "了它，买过 Stride Air 5 Water Bottle 1L 款的有 17 位。", False),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 是给你的第一推荐，在全库排第五。", True),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 是给你的第一推荐，在全库排第二。", False),
    ("zh", "你买过 Trailfox Zen 3 Running Socks Ankle 和 Stride Air 5 Water Bottle 1L 这两件商品，所以我们推荐 "
     "Zenova Neo 6 Running Shoes Cushioned。", True),
    ("zh", "你买过 Trailfox Zen 3 Running Socks Ankle 和 Stride Air 5 Water Bottle 1L 这三件商品，所以我们推荐 "
     "Zenova Neo 6 Running Shoes Cushioned。", False),
]


@pytest.mark.parametrize(("lang", "text", "ok"), BOUND)
def test_counts_comparisons_and_item_counts_are_bound_to_their_own_facts(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


def test_numbers_spelled_out_are_bound_like_digits() -> None:
    from whyrec.narrate.factcheck.lexicons import digits_for_words

    said = digits_for_words("Thirty shoppers, the twenty-first, Twelve Monkeys")
    assert said == "30 shoppers, the 21st, Twelve Monkeys"
    f = facts(neighbours=[(SOCKS, 17), (BOTTLE, 4)])
    assert check("Seventeen shoppers who bought the Trailfox Zen 3 socks also bought the Zenova Neo 6 Running "
                 "Shoes.", f, "en").passed
    assert not check("Nineteen shoppers who bought the Trailfox Zen 3 socks also bought the Zenova Neo 6 Running "
                     "Shoes.", f, "en").passed


# ---------------------------------------------------------------- positions bound to the list their clause names
MAGAZINE = ItemFacts("B00005N7QG", "B00005N7QG", "Hearst", "['Magazine Subscriptions', 'Cooking, Food & Wine']", None)
POSITIONS = [
    # the shopper's list (the recommendation is rank 1 in facts()) and the store's (popularity rank 5)
    ("en", "The Zenova Neo 6 Running Shoes are number one among your picks, and 17 shoppers who bought the Trailfox "
     "Zen 3 socks also bought them.", True),
    ("en", "The Zenova Neo 6 Running Shoes are number three among your picks, and 17 shoppers who bought the "
     "Trailfox Zen 3 socks also bought them.", False),
    ("en", "It's the first thing we'd suggest: the Zenova Neo 6 Running Shoes, which 17 buyers of the Trailfox Zen 3 "
     "socks also bought.", True),
    ("en", "The Zenova Neo 6 Running Shoes are in the store's top ten by sales.", True),
    ("en", "The Zenova Neo 6 Running Shoes are in the store's top three by sales.", False),
    # what outsells the item says its rank
    ("en", "Only four items in the shop sell more than the Zenova Neo 6 Running Shoes.", True),
    ("en", "Only two items in the shop sell more than the Zenova Neo 6 Running Shoes.", False),
    ("en", "Nothing in the shop sells like the Zenova Neo 6 Running Shoes.", False),
    ("en", "More shoppers have bought the Trailfox Zen 3 socks than any other item, and we suggest the Zenova Neo 6 "
     "Running Shoes.", False),
    ("en", "The Zenova Neo 6 Running Shoes have 42 buyers in total, and 17 buyers of the Trailfox Zen 3 socks also "
     "bought them.", True),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 全店有 42 人购买，排第五。", True),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 全店有 42 人购买，排第二。", False),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 在全店销量中排第五，买过 Trailfox Zen 3 Running Socks Ankle 的顾客中"
     "有 17 位也买了它。", True),
    ("zh", "Zenova Neo 6 Running Shoes Cushioned 在全店销量中排第三，买过 Trailfox Zen 3 Running Socks Ankle 的顾客中"
     "有 17 位也买了它。", False),
]


@pytest.mark.parametrize(("lang", "text", "ok"), POSITIONS)
def test_positions_are_bound_to_the_list_their_clause_names(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


def test_a_counterfactual_said_with_other_verbs_still_names_the_removed_items() -> None:
    f = facts(counterfactual=CF)
    good = "Take the Trailfox Zen 3 socks out of your history and the Zenova Neo 6 Running Shoes would sink to 14th."
    bad = "Take the Stride Air 5 bottle out of your history and the Zenova Neo 6 Running Shoes would sink to 14th."
    assert check(good, f, "en").passed, [c.why for c in check(good, f, "en").unsupported]
    assert not check(bad, f, "en").passed


def test_a_chinese_category_word_translates_a_category_the_evidence_holds() -> None:
    from whyrec.narrate.factcheck.glossary import allowed

    assert "烹饪" in allowed({"cooking", "wine"}) and "历史" not in allowed({"cooking", "wine"})
    f = facts(history=[(MAGAZINE, 1.0)], neighbours=[(MAGAZINE, 16)])
    assert check("买过 Hearst 的烹饪杂志 B00005N7QG 的顾客中有 16 位也买了 Zenova Neo 6 Running Shoes Cushioned。",
                 f, "zh").passed
    assert not check("买过 Hearst 的历史杂志 B00005N7QG 的顾客中有 16 位也买了 Zenova Neo 6 Running Shoes Cushioned。",
                     f, "zh").passed


@pytest.mark.parametrize(("text", "ok"), [
    ("At $19.99, the Stride Air 5 Water Bottle 1L costs $7 more than the Trailfox Zen 3 socks you bought.", True),
    ("At $19.99, the Stride Air 5 Water Bottle 1L costs $9 more than the Trailfox Zen 3 socks you bought.", False),
    ("At $89.99, the Stride Air 5 Water Bottle 1L costs more than the Trailfox Zen 3 socks you bought.", False),
    ("The Zenova Neo 6 Running Shoes cost seventy-seven dollars more than the Trailfox Zen 3 socks you bought.", True),
    ("The Zenova Neo 6 Running Shoes cost $77 less than the Trailfox Zen 3 socks you bought.", False),
    ("The Zenova Neo 6 Running Shoes are priced just like the Trailfox Zen 3 socks you bought.", False),
    ("We suggest the Zenova Neo 6 Running Shoes, a step up from the $12.99 Trailfox Zen 3 socks you bought.", True),
    ("We suggest the Zenova Neo 6 Running Shoes, a step up from the $19.99 Trailfox Zen 3 socks you bought.", False),
])
def test_a_price_difference_is_bound_to_the_two_prices(text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), "en", ok)


def test_a_model_code_of_an_evidence_title_names_its_item() -> None:
    tea = ItemFacts("P9", "Hearthly S8 Tea Green", "Hearthly", "Tea", 5.99)
    f = facts(history=[(tea, 1.0)], neighbours=[(tea, 13)])
    said = "Because you bought the {} green tea, we recommend the Zenova Neo 6 Running Shoes; 13 other buyers of " \
           "that tea bought them too."
    assert check(said.format("S8"), f, "en").passed, [c.why for c in check(said.format("S8"), f, "en").unsupported]
    assert not check(said.format("S9"), f, "en").passed
    assert not check(said.format("Hearthly S9"), f, "en").passed  # a changed title before a partial name


PANERA = ItemFacts("G1", "Panera Bread Gift Cards - E-mail Delivery", "Panera Bread", "Gift Cards", 25.0)
TIN = ItemFacts("G2", "Amazon.com Gift Card in a Snowflake Tin", "Amazon", "Gift Cards", 50.0)


@pytest.mark.parametrize(("text", "lang", "ok"), [
    # a delivery format its own title names, and a trade name alone: not a request to act outside the shop
    ("We suggest the Zenova Neo 6 Running Shoes: 17 buyers of the Panera e-mail card bought them too.", "en", True),
    ("We suggest the Zenova Neo 6 Running Shoes: 17 buyers of the Trailfox Zen 3 socks bought them too. E-mail us "
     "for more.", "en", False),
    ("我们推荐 Zenova Neo 6 Running Shoes Cushioned：买过 Amazon.com 礼品卡（Snowflake Tin 款）的顾客中有 4 位"
     "也买了它。", "zh", True),
    # twice / half the price, by the two prices
    ("The Zenova Neo 6 Running Shoes, at $89.99, cost about twice the price of the Stride Air 5 bottle you bought.",
     "en", False),
    # "only" before a number is emphasis; the number is still bound
    ("Only 42 shoppers have bought the Zenova Neo 6 Running Shoes, but 17 buyers of the Trailfox Zen 3 socks did.",
     "en", True),
    ("Only 40 shoppers have bought the Zenova Neo 6 Running Shoes, but 17 buyers of the Trailfox Zen 3 socks did.",
     "en", False),
    # a superlative said with "biggest" is a popularity rank
    ("The Zenova Neo 6 Running Shoes are the store's fifth-biggest seller, with 42 buyers.", "en", True),
    ("The Zenova Neo 6 Running Shoes are the store's third-biggest seller, with 42 buyers.", "en", False),
    # a product noun after a name must fit the item it names
    ("You bought the Trailfox Zen 3 socks, so we suggest the Zenova Neo 6 shoes.", "en", True),
    ("You bought the Trailfox Zen 3 bottle, so we suggest the Zenova Neo 6 Running Shoes.", "en", False),
    ("你买过 Stride Air 5 水壶，所以我们推荐 Zenova Neo 6 Running Shoes Cushioned。", "zh", True),
    ("你买过 Stride Air 5 鞋，所以我们推荐 Zenova Neo 6 Running Shoes Cushioned。", "zh", False),
    # "比 X 便宜" compares two prices; it names no price tier
    ("我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Stride Air 5 水瓶（19.99 美元）贵 70 美元。", "zh",
     True),
    ("我们推荐 Zenova Neo 6 Running Shoes Cushioned，它比你买过的 Stride Air 5 水瓶（19.99 美元）便宜。", "zh", False),
    # the recommended item said to be bought, with a brand and a kind of product in between
    ("你买过的 Zenova 跑鞋 Zenova Neo 6 Running Shoes Cushioned 很受欢迎。", "zh", False),
])
def test_phrasings_found_by_independent_sets_7_to_10(text: str, lang: str, ok: bool) -> None:
    f = facts(history=[(SOCKS, 1.0), (BOTTLE, 0.5), (PANERA, 0.2), (TIN, 0.1)],
              neighbours=[(SOCKS, 17), (BOTTLE, 4), (PANERA, 17), (TIN, 4)])
    _assert_verdict(text, f, lang, ok)


def test_twice_the_price_and_an_accent_the_catalogue_lacks() -> None:
    cheap = ItemFacts("P5", "Conde Nast Traveler", "Conde Nast", "Travel", 44.995)
    f = facts(history=[(cheap, 1.0)], neighbours=[(cheap, 6)])
    assert check("The Zenova Neo 6 Running Shoes are twice the price of the Condé Nast Traveler you bought.", f,
                 "en").passed
    assert not check("The Zenova Neo 6 Running Shoes are half the price of the Condé Nast Traveler you bought.", f,
                     "en").passed


@pytest.mark.parametrize(("text", "ok"), [
    # a changed title: capitalised words of an evidence title with one no evidence name has
    ("You bought the Stride Air 5 bottle, and 4 of its buyers also bought the Zenova Neo 6 Running Shoes.", True),
    ("You bought the Stride Cloud Bottle, and 4 of its buyers also bought the Zenova Neo 6 Running Shoes.", False),
    # a pack size is a title's
    ("You bought the Trailfox socks three-pack, and 17 of its buyers also bought the Zenova Neo 6 Running Shoes.",
     True),
    ("You bought the Trailfox socks five-pack, and 17 of its buyers also bought the Zenova Neo 6 Running Shoes.",
     False),
    # "two cards" counts the shopper's items; a model code's digits are not a count or a rank
    ("Good question: it comes down to two things you bought, the Trailfox Zen 3 socks and the Stride Air 5 "
     "bottle.", True),
    ("Good question: it comes down to three things you bought, the Trailfox Zen 3 socks and the Stride Air 5 "
     "bottle.", False),
    # "cheaper than that one": the shopper's item named before it
    ("You bought the Stride Air 5 bottle, and at $89.99 the Zenova Neo 6 Running Shoes cost more than that "
     "bottle.", True),
    ("You bought the Stride Air 5 bottle, and at $89.99 the Zenova Neo 6 Running Shoes cost less than that "
     "bottle.", False),
    # "a step up from X" compares the prices; the recommended item said to be received already
    ("The Zenova Neo 6 Running Shoes are a step up in price from the Trailfox Zen 3 socks you bought.", True),
    ("The Zenova Neo 6 Running Shoes are a step down from the Trailfox Zen 3 socks you bought.", False),
    ("Since you already get the Zenova Neo 6 Running Shoes, 17 buyers of the Trailfox Zen 3 socks agree.", False),
])
def test_phrasings_found_by_independent_set_11(text: str, ok: bool) -> None:
    socks = ItemFacts("P2", "Trailfox Zen 3 Running Socks 3-Pack", "Trailfox", "Running Socks", 12.99)
    f = facts(history=[(socks, 1.0), (BOTTLE, 0.5)], neighbours=[(socks, 17), (BOTTLE, 4)])
    _assert_verdict(text, f, "en", ok)


def test_neither_in_a_counterfactual_and_a_model_code_beside_it() -> None:
    f = facts(counterfactual=CF)
    said = "If neither of your Trailfox Zen 3 socks were in your history, the Zenova Neo 6 shoes would fall from {} " \
           "to 14th."
    assert check(said.format("first"), f, "en").passed, [c.why for c in check(said.format("first"), f).unsupported]
    assert not check(said.format("second"), f, "en").passed


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # an audit log: "Rec #N", "Co-buyers:" lists, "CF:", "Pop. rank"
    ("en", "Rec #1: Zenova Neo 6 Running Shoes. Co-buyers: 17 with Trailfox Zen 3 socks, 4 with Stride Air 5 bottle. "
     "Pop. rank 5 (42 buyers).", True),
    ("en", "Rec #1: Zenova Neo 6 Running Shoes. Co-buyers: 4 with Trailfox Zen 3 socks.", False),
    ("en", "Rec #2: Zenova Neo 6 Running Shoes. Pop. rank 5.", False),
    ("en", "Rec #1: Zenova Neo 6 Running Shoes. Pop. rank 7.", False),
    # courtesy around an answer, and the biggest reason
    ("en", "Thanks for asking! The biggest reason is the Trailfox Zen 3 socks you bought: 17 of their buyers also "
     "bought the Zenova Neo 6 Running Shoes.", True),
    # a feeling said of a history item, named or not
    ("en", "You enjoyed the Trailfox Zen 3 socks, so we suggest the Zenova Neo 6 Running Shoes.", False),
    ("en", "If you enjoyed the Trailfox Zen 3 socks, the Zenova Neo 6 Running Shoes may suit you.", True),
    # Chinese co-purchase labels bind the count to the item named with it
    ("zh", "推荐第 1 位：Zenova Neo 6 Running Shoes Cushioned。共同购买：Trailfox Zen 3 Running Socks Ankle 17 人，"
     "Stride Air 5 Water Bottle 1L 4 人。", True),
    ("zh", "推荐第 1 位：Zenova Neo 6 Running Shoes Cushioned。共同购买：Trailfox Zen 3 Running Socks Ankle 4 人。",
     False),
    ("zh", "推荐第 1 位：Zenova Neo 6 Running Shoes Cushioned。主要依据 Trailfox Zen 3 Running Socks Ankle，"
     "共同购买 17 人。", True),
    # "同价" compares the two prices
    ("zh", "和你买过的 Stride Air 5 Water Bottle 1L 同价，Zenova Neo 6 Running Shoes Cushioned 为你首推。", False),
])
def test_phrasings_found_by_independent_set_12(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


def test_a_possessive_brand_names_its_item() -> None:
    cafe = ItemFacts("P7", "Applebee's Gift Card", "Applebee's", "Gift Cards", 50.0)
    f = Facts("U1", cafe, 1, "additive", history=[(SOCKS, 1.0), (BOTTLE, 0.5)], neighbours=[(SOCKS, 17)])
    said = "Because you bought the Trailfox Zen 3 socks and the Stride Air 5 bottle, we put the Applebee's card {} " \
           "for you."
    assert check(said.format("first"), f, "en").passed, [c.why for c in check(said.format("first"), f).unsupported]
    assert not check(said.format("second"), f, "en").passed


def test_phrasings_found_by_independent_set_13() -> None:
    a8 = ItemFacts("P4", "Purelle A8 Face Cream Day", "Purelle", "Face Cream", 14.99)
    film = ItemFacts("M2", "Fallen (1998)", None, None, None)
    cf = {"removed": [a8.to_dict(), film.to_dict()], "new_rank": 21, "old_rank": 1, "k": 10, "mode": "remove"}
    f = facts(history=[(a8, 1.0), (film, 0.5), (SOCKS, 0.2)], neighbours=[(a8, 24), (SOCKS, 17)], counterfactual=cf)
    # the removed items named in short: a model code only one title has, a title without its year
    said = "Your A8 day cream and {} put the Zenova Neo 6 Running Shoes first; without them they would be 21st."
    assert check(said.format("Fallen"), f, "en").passed, [c.why for c in check(said.format("Fallen"), f).unsupported]
    assert not check(said.format("the Trailfox Zen 3 socks"), f, "en").passed
    # ownership with a brand and a kind of product before the recommended item; "订" is a purchase verb
    assert not check("You already have Zenova's running shoes Zenova Neo 6 Running Shoes Cushioned.", facts(),
                     "en").passed
    assert not check("你订过的 Zenova 跑鞋 Zenova Neo 6 Running Shoes Cushioned 很受欢迎。", facts(), "zh").passed
    # "mostly down to", "twice what X cost"
    assert check("Mostly down to your Trailfox Zen 3 socks: 17 of their buyers also got the Zenova Neo 6 Running "
                 "Shoes.", facts(), "en").passed
    assert not check("At $89.99 the Zenova Neo 6 Running Shoes cost twice what your Stride Air 5 bottle cost.",
                     facts(), "en").passed


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # a caption of segments needs no final stop, unless it is cut off
    ("en", "Zenova Neo 6 Running Shoes · $89.99 · also bought by 17 Trailfox Zen 3 buyers", True),
    ("en", "Zenova Neo 6 Running Shoes · because you bought the Trailfox Zen 3 socks and", False),
    ("en", "Zenova Neo 6 Running Shoes, because you bought the Trailfox Zen 3 socks", False),
    # "No. 5" is a position, "heading your list" the first place; "N of whom" counts people
    ("en", "The Zenova Neo 6 Running Shoes are our No. 5 seller.", True),
    ("en", "The Zenova Neo 6 Running Shoes are our No. 4 seller.", False),
    ("en", "Heading your list: the Zenova Neo 6 Running Shoes.", True),
    ("en", "The Zenova Neo 6 Running Shoes have 42 buyers, 17 of whom also bought the Trailfox Zen 3 socks.", True),
    ("en", "The Zenova Neo 6 Running Shoes have 42 buyers, 4 of whom also bought the Trailfox Zen 3 socks.", False),
    # a feeling in Chinese ("因为你喜欢 X"), but not "猜你喜欢" or "如果你喜欢"
    ("zh", "因为你喜欢 Trailfox Zen 3 Running Socks Ankle，我们推荐 Zenova Neo 6 Running Shoes Cushioned。", False),
    ("zh", "猜你喜欢：Zenova Neo 6 Running Shoes Cushioned。", True),
])
def test_phrasings_found_by_independent_set_14(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


@pytest.mark.parametrize(("verb", "text"), [
    # words an open tier of common verbs and adverbs (tried and removed) let through: each states an event or an
    # attribute the evidence does not hold
    ("rated", "You've seen the Trailfox Zen 3 Running Socks Ankle, so we suggest the Zenova Neo 6 Running Shoes "
              "Cushioned."),
    ("bought", "The insulated Zenova Neo 6 Running Shoes Cushioned are for you."),
    ("bought", "The signed Zenova Neo 6 Running Shoes Cushioned are for you."),
    ("bought", "You looked at the Zenova Neo 6 Running Shoes Cushioned, so we suggest them."),
    ("bought", "The newly stocked Zenova Neo 6 Running Shoes Cushioned are for you."),
])
def test_event_and_attribute_words_stay_outside_the_closed_vocabulary(verb: str, text: str) -> None:
    assert not check(text, facts(verb), "en").passed


FARGO = ItemFacts("100", "Fargo (1996)", None, None, None)
CONTACT = ItemFacts("258", "Contact (1997)", None, None, None)
IHOP = ItemFacts("G1", "IHOP Coffee Gift Cards - E-mail Delivery", None, "Gift Cards", None)
PANDA = ItemFacts("G2", "Panda Express Happy Birthday Hats Gift Cards - E-mail Delivery", None, "Gift Cards", None)
WINGS = ItemFacts("G3", "Buffalo Wild Wings Gift Cards - E-mail Delivery", None, "Gift Cards", None)
S12 = ItemFacts("P5", "Kestrel S12 Phone Case Slim", "Kestrel", "Phone Case", 13.99)
LITE = ItemFacts("P6", "Kestrel Lite 7 Phone Case Slim", "Kestrel", "Phone Case", 6.99)
CF2 = {"removed": [SOCKS.to_dict(), BOTTLE.to_dict()], "new_rank": 14, "old_rank": 1, "k": 10, "mode": "remove"}
_REC = "Zenova Neo 6 Running Shoes Cushioned"
_SOCK = "Trailfox Zen 3 Running Socks Ankle"
_BOTTLE = "Stride Air 5 Water Bottle 1L"


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # a list of reasons: "two things", "first," and "second," are markers, not counts or ranks
    (facts(), "en", f"Two things put the {_REC} at the top of your list: first, you bought the {_SOCK}; second, 17 "
                    f"shoppers who bought the {_SOCK} also bought them.", True),
    (facts(), "en", f"Two things put the {_REC} at the top of your list: first, you bought the {_SOCK}; second, 18 "
                    f"shoppers who bought the {_SOCK} also bought them.", False),
    (Facts("U1", SHOES, 3, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 17)]), "en",
     f"The {_REC} come first on your list.", False),
    (facts(), "zh", f"推荐 {_REC} 有两个原因：一是你买过 {_SOCK}，二是它在本店销量排第五。", True),
    (facts(), "zh", f"推荐 {_REC} 有两个原因：一是你买过 {_SOCK}，二是它在本店销量排第四。", False),
    # a one-word film title named without its year
    (Facts("U1", CONTACT, 1, "additive", verb="rated", history=[(FARGO, 1.0)], neighbours=[(FARGO, 59)]), "en",
     "59 people who rated Fargo, as you did, also rated Contact (1997).", True),
    (Facts("U1", CONTACT, 1, "additive", verb="rated", history=[(FARGO, 1.0)], neighbours=[(FARGO, 59)]), "en",
     "58 people who rated Fargo, as you did, also rated Contact (1997).", False),
    # "that one purchase" when the counterfactual removes two; "those two purchases" when it does
    (facts(counterfactual=CF2), "en", f"Your {_SOCK} and {_BOTTLE} put it first; take that one purchase away and the "
                                      f"{_REC} would fall to 14th.", False),
    (facts(counterfactual=CF2), "en", f"Your {_SOCK} and {_BOTTLE} put it first; without those two purchases the "
                                      f"{_REC} would fall to 14th.", True),
    # a Chinese buyers' clause binds its count to the item it names, even one without a co-purchase count
    (facts(neighbours=[(SOCKS, 17)]), "zh", f"你买过 {_SOCK} 和 {_BOTTLE}；买过 {_BOTTLE} 的顾客中有 17 位也买了它。",
     False),
    (facts(neighbours=[(SOCKS, 17)]), "zh", f"你买过 {_SOCK} 和 {_BOTTLE}；买过 {_SOCK} 的顾客中有 17 位也买了它。",
     True),
    # the first word of a title without a brand names its item; a model code only one title has names its item
    (Facts("U1", WINGS, 1, "additive", history=[(IHOP, 1.0), (PANDA, 0.5)], neighbours=[(IHOP, 4), (PANDA, 3)]),
     "en", "Four people who bought the IHOP card also bought the Buffalo Wild Wings card.", True),
    (Facts("U1", WINGS, 1, "additive", history=[(IHOP, 1.0), (PANDA, 0.5)], neighbours=[(IHOP, 4), (PANDA, 3)]),
     "en", "Three people who bought the IHOP card also bought the Buffalo Wild Wings card.", False),
    (Facts("U1", LITE, 1, "additive", history=[(S12, 1.0)], neighbours=[(S12, 12)]), "en",
     "The Kestrel Lite 7 Phone Case Slim costs $6.99; the S12's price was $13.99.", True),
    (Facts("U1", LITE, 1, "additive", history=[(S12, 1.0)], neighbours=[(S12, 12)]), "en",
     "The Kestrel Lite 7 Phone Case Slim costs $13.99; the S12's price was $6.99.", False),
    # a count of the items just named, and of the purchases a counterfactual removes
    (facts(), "zh", f"你买过 {_SOCK} 和 {_BOTTLE} 两款商品，所以推荐 {_REC}。", True),
    (facts(), "zh", f"你买过 {_SOCK} 和 {_BOTTLE} 三款商品，所以推荐 {_REC}。", False),
    (facts(counterfactual=CF2), "zh", f"{_REC} 排在第一位；如果去掉这两次购买，它会掉到第 14 位。", True),
    (facts(counterfactual=CF), "zh", f"{_REC} 排在第一位；如果去掉这两次购买，它会掉到第 14 位。", False),
    # connectives of an assistant's answer
    (facts(), "en", f"Put simply, 17 shoppers who bought the {_SOCK} also bought the {_REC}.", True),
    (facts(), "zh", f"看起来你买过 {_SOCK}。简单来说，根据你的购买记录，我们推荐 {_REC}。", True),
    (facts("rated"), "zh", f"根据你的购买记录，我们推荐 {_REC}。", False),
])
def test_phrasings_found_by_independent_set_15(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


MAG = ItemFacts("M1", "B00079RO7G", "Hearst Magazines", "Celebrities & Gossip", None)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # the voice of a support agent or an audit note
    (facts(), "en", f"Happy to explain! Our records show 17 customers who bought the {_SOCK} also bought the {_REC}; "
                    f"the strongest contribution comes from those socks.", True),
    (Facts("U1", SHOES, 3, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 17)]), "en",
     f"The {_REC} is ranked first for this user.", False),
    (Facts("U1", SHOES, 3, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 17)]), "en",
     f"The {_REC} is ranked third for this user.", True),
    (facts(), "en", f"It rests on the {_SOCK} first, then the {_BOTTLE}; we recommend the {_REC}.", True),
    # a noun that points back to an item named before it is that item, for the count beside it
    (facts(), "en", f"You bought the {_SOCK} and the {_BOTTLE}. Of the customers who bought that bottle, 4 also "
                    f"bought the {_REC}.", True),
    (facts(), "en", f"You bought the {_SOCK} and the {_BOTTLE}. Of the customers who bought that bottle, 17 also "
                    f"bought the {_REC}.", False),
    # a price in brackets after a name inside them is that name's
    (facts(), "en", f"At $89.99 the {_REC} cost more than your other buys (the {_BOTTLE} at $19.99).", True),
    (facts(), "en", f"At $89.99 the {_REC} cost more than your other buys (the {_BOTTLE} at $12.99).", False),
    # Chinese: "它的买家", "买过它的顾客", "X，也有 N 位买家同样买了它" point back to X
    (facts(), "zh", f"你还买过 {_BOTTLE}，它的买家里也有 4 位买了 {_REC}。", True),
    (facts(), "zh", f"你还买过 {_BOTTLE}，它的买家里也有 17 位买了 {_REC}。", False),
    (facts(), "zh", f"你买过 {_BOTTLE}，这一条分量最重，买过它的顾客里有 4 位也买了 {_REC}。", True),
    (facts(), "zh", f"你买过的 {_BOTTLE}，也有 4 位买家同样买了 {_REC}。", True),
    (facts(), "zh", f"你买过的 {_BOTTLE}，也有 17 位买家同样买了 {_REC}。", False),
    # "这两单" counts the orders named; "买过这两款的顾客" the items of the sentence before
    (facts(), "zh", f"你买过 {_SOCK} 和 {_BOTTLE}。因为这两单，我们推荐 {_REC}～", True),
    (facts(), "zh", f"你买过 {_SOCK}。因为这两单，我们推荐 {_REC}。", False),
    # "如果不算那次购买" is a counterfactual
    (facts(counterfactual=CF), "zh", f"{_REC} 排在第一位；如果不算那次购买，它会掉到第 14 位。", True),
    (facts(counterfactual=CF), "zh", f"{_REC} 排在第一位；如果不算那次购买，它会掉到第 13 位。", False),
    # a singular of a category's plural ("celebrity" of "Celebrities")
    (Facts("U1", SHOES, 1, "additive", history=[(MAG, 1.0)], neighbours=[(MAG, 5)]), "en",
     f"Five buyers of B00079RO7G, a Hearst celebrity magazine, also bought the {_REC}.", True),
])
def test_phrasings_found_by_independent_set_16(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


S12_FACTS = Facts("U1", LITE, 1, "additive", history=[(S12, 1.0)], neighbours=[(S12, 12)])


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # "just under half of X's price" compares the two prices
    (S12_FACTS, "en", "At $6.99 the Kestrel Lite 7 Phone Case Slim costs just under half of the S12's $13.99.", True),
    (Facts("U1", LITE, 1, "additive", history=[(BOTTLE, 1.0)], neighbours=[(BOTTLE, 4)]), "en",
     f"At $6.99 the Kestrel Lite 7 Phone Case Slim costs about half of the {_BOTTLE}'s $19.99.", False),
    # openers and courtesy of a prompt's output
    (facts(), "en", f"Thanks for shopping with us! Good news: 17 shoppers who bought the {_SOCK} also bought the "
                    f"{_REC}.", True),
    (facts(), "en", f"Compared with your socks, the {_REC} cost more than the {_SOCK}.", True),
    (facts(), "en", f"Compared with your socks, the {_REC} cost less than the {_SOCK}.", False),
    (facts(), "zh", f"因为您买过 {_SOCK}，所以给您推荐 {_REC}，希望您喜欢！", True),
    (facts(), "zh", f"因为您喜欢 {_SOCK}，所以给您推荐 {_REC}。", False),
    # "买过这款袜子的顾客": the buyers of the shopper's item named before, not the recommended item
    (facts(), "zh", f"你买过 {_SOCK}；买过这双袜子的顾客中有 17 位也买了 {_REC}。", True),
    (facts(), "zh", f"这双袜子很适合你：{_REC}。", False),
])
def test_phrasings_found_by_independent_set_17(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # numbers said aloud: hundreds in words, English and Chinese, are bound like digits
    (facts(popularity=(271, 5)), "en", f"Yeah, basically two hundred and seventy-one people have bought the {_REC}.",
     True),
    (facts(popularity=(271, 5)), "en", f"Two hundred and seventy people have bought the {_REC}.", False),
    (facts(counterfactual={**CF, "new_rank": 121}), "en",
     f"Without the {_SOCK} you bought, the {_REC} would drop to a hundred and twenty-first.", True),
    (facts(counterfactual={**CF, "new_rank": 121}), "en",
     f"Without the {_SOCK} you bought, the {_REC} would drop to a hundred and eleventh.", False),
    (facts(popularity=(307, 5)), "zh", f"{_REC} 一共有三百零七位顾客买过。", True),
    (facts(popularity=(307, 5)), "zh", f"{_REC} 一共有三百零八位顾客买过。", False),
    (facts(), "zh", f"{_REC}，售价八十九点九九美元。", True),
    (facts(), "zh", f"{_REC}，售价七十九点九九美元。", False),
    (facts(counterfactual={**CF, "new_rank": 25}), "zh", f"{_REC} 排在第一位；如果没有这次购买，它会降到第二十五位。",
     True),
    # "due for another bottle of R" says the shopper has the recommended item
    (facts(), "en", f"You're about due for another pair of the {_REC}.", False),
    # Chinese "买过那双袜子的顾客": the buyers of the shopper's item named before
    (facts(), "zh", f"您买过 {_SOCK} 和 {_BOTTLE}，买过那个水瓶的顾客里有四位也买了 {_REC}。", True),
    (facts(), "zh", f"您买过 {_SOCK} 和 {_BOTTLE}，买过那个水瓶的顾客里有十七位也买了 {_REC}。", False),
    # "你看过 X" of a film: an event the ratings do not hold
    (facts("rated"), "zh", f"你看过 {_SOCK}，所以我们推荐 {_REC}。", False),
])
def test_phrasings_found_by_independent_set_18(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # a price or a year said as two numbers
    (facts(), "en", f"The {_REC}? Honestly, they're eighty-nine ninety-nine.", True),
    (facts(), "en", f"The {_REC}? Honestly, they're seventy-nine ninety-nine.", False),
    (Facts("U1", CONTACT, 1, "additive", verb="rated", history=[(FARGO, 1.0)], neighbours=[(FARGO, 59)]), "en",
     "Contact (1997) is from nineteen ninety-seven, and 59 people who rated Fargo also rated it.", True),
    (Facts("U1", CONTACT, 1, "additive", verb="rated", history=[(FARGO, 1.0)], neighbours=[(FARGO, 59)]), "en",
     "Contact (1997) is from nineteen ninety-eight, and 59 people who rated Fargo also rated it.", False),
    # "它" in a buyers' clause points back to the item the sentence before ended on; "N 个也买了" counts people
    (facts(), "zh", f"给您排第一的是 {_REC}，因为您买过 {_BOTTLE}。买过它的顾客里有四个也买了 {_REC}。", True),
    (facts(), "zh", f"给您排第一的是 {_REC}，因为您买过 {_BOTTLE}。买过它的顾客里有十七个也买了 {_REC}。", False),
])
def test_phrasings_found_after_independent_set_18(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


PANERA_CARD = ItemFacts("G4", "Panera Bread Gift Card", "Panera Bread", "Gift Cards", 25.0)
GLASS = ItemFacts("B1", "The Glass House Novel Paperback", "Penrose Press", "Novel", 12.99)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # "another <recommended item>" says the shopper has it already
    (Facts("U1", PANERA_CARD, 1, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 18)]), "en",
     "Your top pick is a Panera Bread gift card. Time to get another Panera card!", False),
    (Facts("U1", PANERA_CARD, 1, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 18)]), "en",
     "Your top pick is a Panera Bread gift card. 18 people who bought the Trailfox socks also bought it.", True),
    # "Without that book": the item the sentence before named must be the one removed
    (facts(history=[(SOCKS, 1.0), (GLASS, 0.5)], counterfactual=CF), "en",
     "You bought The Glass House novel. Without that book, the shoes would drop to 14th.", False),
    (facts(history=[(SOCKS, 1.0), (GLASS, 0.5)], counterfactual=CF), "en",
     f"You bought the {_SOCK}. Without that purchase, the shoes would drop to 14th.", True),
    # a Chinese count in words before 个人, and a binding said of the recommended item
    (facts(), "zh", f"你买过 {_SOCK}。有十七个人两样都买了。", True),
    (facts(), "zh", f"你买过 {_SOCK}。有二十一个人两样都买了。", False),
    (Facts("U1", GLASS, 1, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 13)]), "zh",
     "给你推荐 The Glass House Novel Paperback。这是精装本。", False),
    (Facts("U1", GLASS, 1, "additive", history=[(SOCKS, 1.0)], neighbours=[(SOCKS, 13)]), "zh",
     "给你推荐 The Glass House Novel Paperback。这是平装本。", True),
])
def test_phrasings_found_by_independent_set_19(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("text", "ok"), [
    # "两个都买了": both items bought, a co-purchase cue (not a count of two people)
    (f"我们推荐 {_REC}，因为你买过 {_SOCK}，有 17 人两个都买了。", True),
    (f"我们推荐 {_REC}，因为你买过 {_SOCK}，有 18 人两个都买了。", False),
])
def test_phrasings_found_by_independent_set_20(text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), "zh", ok)


KETTLE_A = ItemFacts("K1", "Hearthly Prime 11 Kettle Glass", "Hearthly", "Kettle", 21.99)
KETTLE_B = ItemFacts("K2", "Hearthly A4 Kettle Gooseneck", "Hearthly", "Kettle", 26.99)
TEA = ItemFacts("T1", "Hearthly A11 Tea Chamomile", "Hearthly", "Tea", 3.99)
_TWO_KETTLES = Facts("U1", TEA, 3, "additive", history=[(KETTLE_A, 1.0), (KETTLE_B, 0.5), (SOCKS, 0.2)],
                     neighbours=[(KETTLE_B, 48), (SOCKS, 32), (KETTLE_A, 17)], popularity=(116, 13))


@pytest.mark.parametrize(("facts_", "text", "ok"), [
    # a number word the gate binds as a count of the items named is not a role-free number
    (_TWO_KETTLES, "You bought two Hearthly kettles, the Hearthly Prime 11 Kettle Glass and the Hearthly A4 Kettle "
     "Gooseneck, so we suggest the Hearthly A11 Tea Chamomile from the same brand.", True),
    (_TWO_KETTLES, "You bought three Hearthly kettles, the Hearthly Prime 11 Kettle Glass and the Hearthly A4 Kettle "
     "Gooseneck, so we suggest the Hearthly A11 Tea Chamomile from the same brand.", False),
    # the item's own buyers said after its popularity, beside a co-purchase count of its own clause
    (facts(popularity=(307, 2)), f"The {_REC} is the store's second best-selling product with 307 buyers; you bought "
     f"the {_SOCK}, and 17 of their buyers also bought the shoes.", True),
    (facts(popularity=(307, 2)), f"The {_REC} is the store's second best-selling product with 17 buyers; you bought "
     f"the {_SOCK}, and 307 of their buyers also bought the shoes.", False),
    (facts(popularity=(307, 2)), f"The {_REC} is the store's second best-selling product, and 307 buyers of the "
     f"{_SOCK} also bought it.", False),
    (facts(popularity=(42, 1)), f"The {_REC} is the most popular item in our shop, with 42 buyers, and 17 of the "
     f"{_SOCK} buyers bought it as well.", True),
    # conversation words say nothing of the item; the claim beside them is still checked
    (facts(), f"We'd start you with the {_REC}, you know: the {_SOCK} in your history is the main reason, and here's "
     "my thinking: 17 people who bought it also bought the shoes.", True),
    (facts(), f"We'd start you with the {_REC}, you know: the {_SOCK} in your history is the main reason, and the "
     "shoes are on sale.", False),
])
def test_found_again_in_independent_sets_2_to_19(facts_: Facts, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, "en", ok)


STARBUCKS = ItemFacts("G1", "Starbucks Gift Card", "Starbucks", "Gift Cards", 25.0)
RED_BOX = ItemFacts("G2", "Amazon.com Gift Card in a Red Gift Box Reveal", "Amazon", "Gift Cards", 25.0)
PLAID_BOX = ItemFacts("G3", "Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs)", "Amazon", "Gift Cards",
                      25.0)
_CARDS = Facts("U1", STARBUCKS, 3, "additive", history=[(RED_BOX, 1.0)], neighbours=[(PLAID_BOX, 7)])


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # "because you bought it": the only name before "it" is the recommended item
    (facts(), "en", f"We recommend the {_REC} because you bought it.", False),
    (facts(), "en", f"We recommend the {_REC} because you bought it and 42 shoppers have bought it.", False),
    (facts(), "en", f"We recommend the {_REC} because you bought the {_SOCK}.", True),
    # a history item recommended after a product noun, and owned after a long brand phrase
    (facts(), "en", f"We recommend the socks {_SOCK}, because you bought the {_BOTTLE}.", False),
    (facts(), "en", f"We recommend the shoes {_REC}, because you bought the {_BOTTLE}.", True),
    (facts(), "en", f"We recommend them because you bought the Zenova brand cushioned running shoes {_REC}.", False),
    # a counterfactual said as an event, or its words used for a plain negation
    (facts(counterfactual=CF), "en", f"The {_REC} has dropped from 1st to 14th.", False),
    (facts(counterfactual=CF), "en", f"You bought neither the {_SOCK} nor the {_BOTTLE}, so we recommend the {_REC}.",
     False),
    (facts(counterfactual=CF), "en", f"Without the {_SOCK}, the {_REC} would drop to 14th.", True),
    (facts(counterfactual=CF), "zh", f"你没有买过 {_SOCK}，所以我们推荐 {_REC}。", False),
    (facts(counterfactual=CF), "zh", f"如果没有 {_SOCK}，{_REC} 会掉到第 14 位。", True),
    (facts(counterfactual=CF), "zh", f"没有 {_SOCK}，{_REC} 会从第 1 位掉到第 14 位。", True),
    # two evidence titles mixed into one name
    (_CARDS, "zh", "推荐你 Starbucks Gift Card，因为你买过 Amazon.com Gift Card in a Plaid Gift Box Reveal。", False),
    (_CARDS, "zh", "推荐你 Starbucks Gift Card，因为你买过 Amazon.com Gift Card in a Red Gift Box Reveal。", True),
    (_CARDS, "en", "We recommend the Starbucks Gift Card: 7 people who bought the Amazon.com Gift Card in a Plaid Gift "
     "Box Reveal also bought it.", False),
    # found by the set's other labelled candidates: "你买了它", a brand before the kind noun, a Latin kind noun
    (facts(), "zh", f"推荐你 {_REC}，你买了它。", False),
    (facts(), "zh", f"推荐你 {_REC}，买了它的顾客里有 17 位也买了 {_SOCK}。", True),
    (facts(), "en", f"We recommend the Trailfox Sports socks {_SOCK} because you bought the {_BOTTLE}.", False),
    (facts(), "zh", f"推荐你 socks {_SOCK}，因为你买过 {_BOTTLE}。", False),
    (facts(), "zh", f"推荐你 shoes {_REC}，因为你买过 {_BOTTLE}。", True),
])
def test_phrasings_found_by_independent_set_21(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # the recommended item's buyers said of the shopper's own item, which the evidence does not count
    ("en", f"We recommend the {_REC} because you bought the {_SOCK}, which 42 shoppers have bought.", False),
    ("en", f"We recommend the {_REC} because you bought the {_SOCK}, bought by 42 shoppers.", False),
    ("en", f"We recommend the {_REC}, bought by 42 shoppers, because you bought the {_SOCK}.", True),
    ("en", f"We recommend the {_REC} because you bought the {_SOCK}, and 42 shoppers have bought it.", True),
    ("en", f"You bought the {_SOCK}, which 17 shoppers bought along with the {_REC}.", True),
    ("zh", f"推荐你 {_REC}，因为你买过的 {_SOCK} 共有 42 位顾客买过。", False),
    ("zh", f"推荐你 {_REC}，因为你买过 {_SOCK}，共有 42 位顾客买过它。", True),
])
def test_buyers_count_of_the_shoppers_item(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


MCMULLEN = ItemFacts("M1", "Brothers McMullen, The (1995)", None, "Comedy", None)
FARGO_96 = ItemFacts("M2", "Fargo (1996)", None, "Crime", None)
SUNSET = ItemFacts("M3", "Sunset Blvd. (1950)", None, "Film-Noir", None)
_RATED = Facts("U1", MCMULLEN, 1, "additive", verb="rated", history=[(SUNSET, 1.0)], neighbours=[(FARGO_96, 59)],
               popularity=(72, 442))


@pytest.mark.parametrize(("text", "ok"), [
    # a year is the year in the title of the item it is said of, not any number of the evidence
    ("We recommend The Brothers McMullen (1995), a 1995 film, because you rated Sunset Blvd. (1950).", True),
    ("We recommend The Brothers McMullen (1995), a 1996 film, because you rated Sunset Blvd. (1950).", False),
    ("The Brothers McMullen is from 1996, and 72 people have rated it.", False),
    ("The Brothers McMullen (1996) is our top pick, and 72 people have rated it.", False),
    ("You rated Sunset Blvd. (1950), and 59 people who rated Fargo (1996) also rated The Brothers McMullen.", True),
])
def test_years_bound_to_their_item(text: str, ok: bool) -> None:
    _assert_verdict(text, _RATED, "en", ok)


NORDIC = ItemFacts("B1", "The Nordic Kitchen Cookbook (Paperback)", "Penrose Press", "Cookbook", 22.99)
TIDE = ItemFacts("B2", "The Burning Tide: A Novel (Hardcover)", "Penrose Press", "Novel", 14.99)
GLASS_KETTLE = ItemFacts("K3", "Hearthly Prime 11 Kettle Glass", "Hearthly", "Kettle", 21.99)
_BOOKS = Facts("U1", NORDIC, 1, "additive", history=[(GLASS_KETTLE, 1.0), (TIDE, 0.5)],
               neighbours=[(GLASS_KETTLE, 13), (TIDE, 4)], popularity=(120, 12))


@pytest.mark.parametrize(("text", "ok"), [
    # a description after a name uses that item's own title words, not another's ("a hardcover": the novel's)
    ("We recommend The Nordic Kitchen Cookbook, a paperback by Penrose Press, because you bought The Burning Tide.",
     True),
    ("We recommend The Nordic Kitchen Cookbook, a hardcover by Penrose Press, because you bought The Burning Tide.",
     False),
    ("The Nordic Kitchen Cookbook is a hardcover, and 120 shoppers have bought it.", False),
    ("We recommend The Nordic Kitchen Cookbook because you bought the Hearthly Prime 11 Kettle, a glass kettle.", True),
    ("We recommend The Nordic Kitchen Cookbook (a glass kettle) because you bought The Burning Tide.", False),
    # a brand beside a name, with a product noun or "also" between, is that item's brand
    ("We recommend The Nordic Kitchen Cookbook, also by Penrose Press, because you bought The Burning Tide.", True),
    ("We recommend The Nordic Kitchen Cookbook, also by Hearthly, because you bought The Burning Tide.", False),
    ("We recommend the Hearthly cookbook The Nordic Kitchen Cookbook because you bought The Burning Tide.", False),
])
def test_descriptions_and_brands_beside_a_name(text: str, ok: bool) -> None:
    _assert_verdict(text, _BOOKS, "en", ok)


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # a counterfactual always drops the item: "stays", "still", "moves up", "仍", "还会在" deny it unless negated
    ("en", f"Without the {_SOCK}, the {_REC} would stay in your top 10.", False),
    ("en", f"Without the {_SOCK}, the {_REC} would not stay in your top 10.", True),
    ("en", f"Without the {_SOCK}, the {_REC} would move up to 14th.", False),
    ("en", f"Without the {_SOCK}, the {_REC} would drop to 14th.", True),
    ("zh", f"如果没有 {_SOCK}，{_REC} 还会在前十名。", False),
    ("zh", f"如果没有 {_SOCK}，{_REC} 就不会在前十名。", True),
    ("zh", f"如果没有 {_SOCK}，{_REC} 会掉出前十名。", True),
])
def test_counterfactual_direction(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(counterfactual=CF), lang, ok)


@pytest.mark.parametrize(("text", "ok"), [
    # a product noun right after a name that only another evidence title has: two titles mixed
    (f"We recommend the {_REC} because you bought the Stride Air 5 Water Bottle 1L socks.", False),
    (f"We recommend the {_REC} because you bought the Stride Air 5 Water Bottle 1L bottle.", True),
])
def test_a_name_with_another_titles_noun(text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), "en", ok)


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # a brand said to be the shopper's is the brand of one of their items (the FM model's brand feature is not)
    ("en", f"The {_REC} is recommended because you often buy Zenova products.", False),
    ("en", f"The {_REC} is recommended because you bought Trailfox socks.", True),
    ("en", f"We recommend the {_REC} because of its brand, Zenova.", True),
    ("zh", f"我们推荐 {_REC}，因为你经常买 Zenova 的商品。", False),
    ("zh", f"我们推荐 {_REC}，因为你买过 Trailfox 的袜子。", True),
])
def test_brands_said_to_be_the_shoppers(lang: str, text: str, ok: bool) -> None:
    f = facts(neighbours=[], popularity=None, features=[("brand", "Zenova", 0.4), ("category", "Running Shoes", 0.3)])
    _assert_verdict(text, f, lang, ok)


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # found by independent set 23: a history item as "our suggestion", "买过 R" after a comma, another title's code
    ("en", f"The {_SOCK} is our suggestion, because you bought the {_BOTTLE}.", False),
    ("en", f"The {_REC} is our suggestion, because you bought the {_BOTTLE}.", True),
    ("zh", f"你买过 {_SOCK}，买过 {_REC}。", False),
    ("zh", f"你买过 {_SOCK}，买过它的顾客中有 17 位也买了 {_REC}。", True),
    ("en", f"We recommend the {_REC} because you bought the Trailfox Zen 3 Running Socks 1L.", False),
])
def test_phrasings_found_by_independent_set_23(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


@pytest.mark.parametrize(("text", "ok"), [
    # found by independent set 22: "Try the H", "Your purchase of R", "The shopper bought R", buyers of H who
    # "also bought" another H, a bracketed format from another title
    (f"Try the {_SOCK}: you bought the {_BOTTLE}.", False),
    (f"Try the {_REC}: you bought the {_SOCK}.", True),
    (f"Your purchase of the {_REC} is the main reason.", False),
    (f"Your purchase of the {_SOCK} is the main reason.", True),
    (f"The shopper bought the {_REC}.", False),
    (f"The shopper bought the {_SOCK}.", True),
    (f"17 shoppers who bought the {_SOCK} also bought the {_BOTTLE}.", False),
    (f"17 shoppers who bought the {_SOCK} also bought the {_REC}.", True),
    (f"4 people who bought the {_BOTTLE} also bought it, as did 17 buyers of the {_SOCK}.", True),
])
def test_phrasings_found_by_independent_set_22(text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), "en", ok)


_PLAID = ItemFacts("G1", "Amazon.com Gift Card in a Plaid Gift Box (Various Card Designs)", "Amazon", "Gift Cards",
                   50.0)
_BLACK = ItemFacts("G2", "Amazon.com Gift Card in a Black Gift Box (Previous Generation Card Designs)", "Amazon",
                   "Gift Cards", 25.0)
_SANTA = ItemFacts("G3", "Amazon.com Gift Card in a Santa Tin (Ho! Ho! Ho! Card Design)", "Amazon", "Gift Cards", 25.0)
_GREETING = ItemFacts("G4", "Amazon.com Gift Card in a Greeting Card (Various Designs)", "Amazon", "Gift Cards", 25.0)


def _cards() -> Facts:
    return Facts("U1", _GREETING, 1, "additive", history=[(_PLAID, 1.0), (_BLACK, 0.6), (_SANTA, 0.4)],
                 neighbours=[(_PLAID, 15), (_SANTA, 10)], popularity=(74, 2))


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # found again in sets 22 and 23: a shopper as the one who recommends, "one user who", "6 shoppers who bought it
    # also bought the recommended item" with R the only name before "it"
    (facts(), "en", f"The shopper recommended the {_REC} to a shopper who bought the {_SOCK}.", False),
    (facts(), "en", f"We recommend the {_REC} to a shopper who bought the {_SOCK}.", True),
    (facts(), "en", f"17 users who bought the {_SOCK} recommend the {_REC}.", False),
    (facts(), "zh", f"买过 {_SOCK} 的顾客推荐了 {_REC}。", False),
    (facts(), "zh", f"为买过 {_SOCK} 的顾客推荐 {_REC}。", True),
    (facts(), "en", f"One shopper who bought the {_SOCK} also bought the {_REC}.", False),
    (facts(neighbours=[(SOCKS, 1)]), "en", f"One shopper who bought the {_SOCK} also bought the {_REC}.", True),
    (facts(), "en", f"We recommend the {_REC} because 17 shoppers who bought it also bought the recommended item.",
     False),
    (facts(), "en", f"We recommend the {_REC} because 17 shoppers who bought the {_SOCK} also bought it.", True),
    (facts(), "en", f"You bought the {_SOCK}, and 17 shoppers who bought it also bought the recommended item.", True),
    # a name, then in brackets part of another evidence title; a title whose brackets hold "!" is one name
    (_cards(), "en", "You bought the Amazon.com Gift Card in a Plaid Gift Box (Previous Generation Card Designs).",
     False),
    (_cards(), "en", f"You bought the {_PLAID.title}.", True),
    (_cards(), "en", f"10 shoppers who bought the {_SANTA.title} also bought the {_SANTA.title}.", False),
    (_cards(), "en", f"10 shoppers who bought the {_SANTA.title} also bought the {_GREETING.title}.", True),
])
def test_phrasings_found_again_in_sets_22_and_23(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # a whole text without a final stop is read as a labeller reads it; a cut one is still refused
    ("en", f"17 users who bought the {_SOCK} also bought the recommended item", True),
    ("en", f"The {_REC} has been bought by 42 shoppers (rank 5 in the catalogue)", True),
    ("zh", f"你买过 {_SOCK}", True),
    ("zh", f"你买过 {_SOCK}，买过它的顾客中有 17 位也买过推荐商品", True),
    ("en", f"We recommend the {_REC} because 17 shoppers who bought the {_SOCK}", False),
    ("en", f"We recommend the {_REC} because 17 shoppers who bought the Trailfox Zen 3", False),
    ("en", f"We recommend the {_REC} because 17 shoppers who bought the {_SOCK} also", False),
    ("en", f"We recommend the {_REC} because you bought the {_SOCK} and", False),
    ("en", f"We recommend the {_REC} (rank 5", False),
    ("zh", f"推荐 {_REC}，买过 {_SOCK} 的顾客中有 17 位", False),
    ("zh", f"推荐 {_REC}，买过 {_SOCK} 的顾客中", False),
])
def test_whole_texts_without_a_final_stop(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), lang, ok)


def _fm() -> Facts:
    return facts(history=[], neighbours=[(SOCKS, 17)], popularity=(42, 5),
                 features=[("price", "79.99-99.99", 0.5), ("category", "Running Shoes", 0.3), ("brand", "Zenova", 0.2)])


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # feature bundles: the price band said as a range, a taste for a brand the shopper has no item of, the main reason
    (_fm(), "en", f"We recommend the {_REC} because its price is in the $79.99-99.99 range.", True),
    (_fm(), "en", f"The {_REC} costs between $79.99 and $99.99.", True),
    (_fm(), "en", f"The {_REC} costs $79.99.", False),
    (_fm(), "zh", f"我们推荐 {_REC}，因为它的价格在 79.99-99.99 美元之间。", True),
    (_fm(), "en", f"The {_REC} is recommended because you like Zenova products.", False),
    (_fm(), "en", f"The {_REC} is recommended because you like Trailfox products.", True),
    (_fm(), "en", f"The {_REC} is recommended mainly because of its price.", True),
    (_fm(), "en", f"The {_REC} is recommended mainly because of its brand, Zenova.", False),
    (_fm(), "zh", f"推荐 {_REC}，主要因为它的品牌。", False),
    (facts(), "en", f"We recommend the {_REC} mainly because you bought the {_SOCK}.", True),
    (facts(), "en", f"We recommend the {_REC} mainly because you bought the {_BOTTLE}.", False),
    (facts(), "en", f"The {_BOTTLE} you bought is the main reason for the {_REC}.", False),
    (facts(), "zh", f"推荐 {_REC}，主要因为你买过 {_BOTTLE}。", False),
    (facts(counterfactual={**CF, "removed": [SOCKS.to_dict(), BOTTLE.to_dict()]}), "en",
     f"We recommend the {_REC} mainly because you bought the {_BOTTLE} and the {_SOCK}.", True),
])
def test_feature_bundles_and_the_main_reason(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


def _sim() -> Facts:
    return facts(neighbours=[], popularity=(42, 5),
                 similar=[(SOCKS, 0.8778, ["trailfox", "running", "ankle"]), (BOTTLE, 0.5476, ["sport", "training"])])


@pytest.mark.parametrize(("lang", "text", "ok"), [
    # similar items: each cosine and each shared word belongs to its own item
    ("en", f"The {_REC} is 88% similar to the {_SOCK} you bought.", True),
    ("en", f"The {_REC} is 55% similar to the {_SOCK} you bought.", False),
    ("en", f"The {_REC} is 55% similar to the {_BOTTLE} you bought.", True),
    ("en", f"The {_REC} is similar to the {_SOCK} you bought (similarity 0.88).", True),
    ("zh", f"{_REC} 与你买过的 {_SOCK} 相似度为 0.55。", False),
    ("en", f"The {_REC} shares the words sport and training with the {_BOTTLE}.", True),
    ("en", f"The {_REC} shares the words running and ankle with the {_BOTTLE}.", False),
    ("en", f"The {_REC} and the {_SOCK} are both ankle.", True),
    ("en", f"The {_REC} and the {_SOCK} both mention training.", False),
])
def test_similar_items_bind_their_own_figures_and_words(lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, _sim(), lang, ok)


_CONTACT = ItemFacts("M1", "Contact (1997)", None, None, None)
_GAME = ItemFacts("M2", "Game, The (1997)", None, None, None)
_SNOW = ItemFacts("G5", "Amazon.com Gift Card in a Snowflake Tin (Happy Holidays Card Design)", "Amazon", "Gift Cards",
                  25.0)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # an article or a year a title does not have after a name; a word of another title before a name's middle
    (Facts("U1", _GAME, 1, "additive", history=[(_CONTACT, 1.0)], verb="rated"), "zh",
     "推荐 Game, The (1997)，因为你评过 Contact, The (1997)。", False),
    (Facts("U1", _GAME, 1, "additive", history=[(_CONTACT, 1.0)], verb="rated"), "zh",
     "推荐 Game, The (1997)，因为你评过 Contact (1997)。", True),
    (Facts("U1", _SNOW, 1, "additive", history=[(_SANTA, 1.0)], popularity=(69, 4)), "en",
     "Santa's Gift Card in a Snowflake Tin (Happy Holidays Card Design) has been bought by 69 shoppers.", False),
    (Facts("U1", _SNOW, 1, "additive", history=[(_SANTA, 1.0)], popularity=(69, 4)), "en",
     f"The {_SNOW.title} has been bought by 69 shoppers.", True),
])
def test_title_edges(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


_CITY = ItemFacts("M3", "City of God (Cidade de Deus) (2002)", None, None, None)


@pytest.mark.parametrize(("facts_", "text", "ok"), [
    # a short title with its year ("City of God (2002)"); a feature's field name ("its department, Home")
    (Facts("U1", _GAME, 1, "additive", history=[(_CITY, 1.0)], verb="rated"),
     "We recommend Game, The (1997) because you rated City of God (2002).", True),
    (Facts("U1", _GAME, 1, "additive", history=[(_CITY, 1.0)], verb="rated"),
     "We recommend Game, The (1997) because you rated City of God (2003).", False),
    (facts(history=[], features=[("department", "Sports", 0.3)]), f"We recommend the {_REC} because of its department, "
     "Sports.", True),
])
def test_short_titles_with_a_year_and_feature_fields(facts_: Facts, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, "en", ok)


@pytest.mark.parametrize(("text", "ok"), [
    # an attribution weight said as a figure is the weight of the history item named before it
    (f"We recommend the {_REC} because you bought the {_SOCK} (weight 1.00).", True),
    (f"We recommend the {_REC} because you bought the {_SOCK} (weight 0.50).", False),
    (f"You bought the {_SOCK} (1.00) and the {_BOTTLE} (0.50).", True),
])
def test_weight_figures(text: str, ok: bool) -> None:
    _assert_verdict(text, facts(), "en", ok)


@pytest.mark.parametrize(("text", "ok"), [
    (f"We recommend the {_REC} because of its price (0.50), category (0.30) and brand (0.20).", True),
    (f"We recommend the {_REC} because of its price (0.30) and category (0.50).", False),
])
def test_feature_weight_figures(text: str, ok: bool) -> None:
    _assert_verdict(text, _fm(), "en", ok)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # found by independent set 24 (FM features, similar items): "buyers of H also bought H'" in Chinese, a
    # popularity rank after 人气, a whole Chinese text ending on "也买过它", the words of attribution and likeness
    (facts(), "zh", f"买过 {_SOCK} 的顾客中有 17 位也买了 {_BOTTLE}，你也买过它。", False),
    (facts(), "zh", f"买过 {_SOCK} 的顾客中有 17 位也买了它，而你也买过 {_SOCK}。", True),
    (facts(), "zh", f"{_REC}，人气第 5。", True),
    (facts(), "zh", f"{_REC}，人气第 4。", False),
    (facts(), "zh", f"买过 {_SOCK} 的顾客中有 17 位也买过它", True),
    (_fm(), "en", f"Its price band and its brand are what pushed the {_REC} up your list.", True),
    (_fm(), "en", "Its $79.99-$99.99 price band is what raised its score most.", True),
    (_sim(), "en", f"The {_REC} resembles the {_SOCK} you bought.", True),
    (_sim(), "zh", f"{_REC} 是一个不错的选择。", True),
])
def test_phrasings_found_by_independent_set_24(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)


@pytest.mark.parametrize(("facts_", "lang", "text", "ok"), [
    # found by independent set 25: an exclusive claim, the recommended item's buyers said of a shopper's item as
    # the subject of "has been bought by", a feature bundle's own words
    (_fm(), "en", f"The {_REC} is the only item on your list that has price band 79.99-99.99.", False),
    (facts(), "zh", f"{_SOCK} 是你唯一一双跑步袜，买过它的顾客中有 17 位也买了 {_REC}。", False),
    (facts(), "en", f"The {_SOCK} has been bought by 42 shoppers.", False),
    (facts(), "en", f"The {_REC} has been bought by 42 shoppers.", True),
    (facts(), "en", f"The {_SOCK} has 42 buyers.", False),
    (facts(), "en", f"The {_REC} has 42 buyers.", True),
    (facts(popularity=(42, 2)), "en", f"Only one item in the shop outsells the {_REC}.", True),
    (_fm(), "en", f"The recommended item's features: a 79.99-99.99 price band and the brand Zenova ({_REC}).", True),
    (_fm(), "zh", f"Zenova 品牌和 79.99-99.99 的价格区间让 {_REC} 得分更高。", True),
])
def test_phrasings_found_by_independent_set_25(facts_: Facts, lang: str, text: str, ok: bool) -> None:
    _assert_verdict(text, facts_, lang, ok)
