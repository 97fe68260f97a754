"""The open tier of the content gate's vocabulary: common English words that cannot state a fact the evidence
would have to hold.

A closed word list cannot keep up with how people write: each new writer of the independent sets brought 15-20
harmless words the lists lacked ("principally", "proposed", "rounding out"), and refusing them cost a third of
their faithful sentences. This tier lets a word through when it is

- common: Zipf frequency >= :data:`MIN_ZIPF` in wordfreq's English list (read from the installed package), and
- an adverb or a verb only (lemminflect's lexicon gives the word no noun or adjective reading), and
- neither the word nor any of its lemmas is in :data:`CLAIM_EN`: the words that carry a claim of their own (time,
  events, use, delivery, price, availability, quality, quantity, comparison, negation, repetition) and every word
  a relation of the evidence must license (co-purchase, popularity, counterfactual, price, similarity, the
  event verbs of every dataset), so the tier never opens a relation the closed lists gate.

Nouns and adjectives stay closed: an invented attribute ("waterproof", "a tree ornament", "organic") is a noun
or an adjective, and the closed lists (:mod:`.vocabulary`, :mod:`.word_classes`) hold the ones that say nothing.
"""

from __future__ import annotations

import math
from functools import lru_cache

from whyrec.narrate.factcheck.vocabulary import (
    COBUY_EN,
    COUNTERFACTUAL_EN,
    POPULAR_EN,
    PRICE_EN,
    SIMILAR_EN,
    VERB_EN,
)

__all__ = ["CLAIM_EN", "MIN_ZIPF", "is_open_word"]

#: a word at least this common (Zipf scale: 3.0 is once per million words) may be in the open tier
MIN_ZIPF = 3.0

#: lemmas (and a few inflected forms) that state something the evidence would have to hold
_CLAIMS = """
new newer newest newly latest recent recently lately fresh freshly soon upcoming today tonight tomorrow yesterday
week weekly month monthly year yearly annual annually daily season seasonal ago old older oldest early earlier late
later before after again once twice thrice always never ever sometimes rarely seldom occasionally regularly
frequently constantly finally originally initially previously currently formerly first last next then anymore
yet still even already just
launch release debut premiere publish print air broadcast stream expire renew reorder restock stock ship deliver
arrive dispatch send receive return refund cancel exchange wrap wish gift save spend pay charge cost price discount
reduce mark sell buy purchase order subscribe own use wear drink eat cook brew taste smell feel watch read listen
play view visit browse search click review rate rank love hate enjoy like prefer adore miss lose win award earn
beat outsell outrank surpass exceed lead top trail lag rise climb jump grow increase decrease double triple halve
drop fall sink slip slide tumble plunge decline improve upgrade replace complement include contain feature come
go last break fail fix repair guarantee certify design make manufacture produce develop invent create found
star trend sell-out
cheap cheaply expensive expensively affordably freely free only solely exclusively uniquely specially officially
quickly fast slowly instantly immediately easily simply heavily lightly highly widely mostly least most more less
better best worse worst fewer nearly almost barely hardly scarcely exactly precisely approximately roughly about
over under above below up down not no nor neither none nowhere nothing nobody alone together separately
individually entirely fully completely totally partially partly half quarter
online offline digitally electronically physically personally locally globally internationally naturally
organically manually automatically
""".split()

#: the words of the claim lexicon and of every relation the closed lists gate
CLAIM_EN: frozenset[str] = frozenset(_CLAIMS) | COBUY_EN | POPULAR_EN | COUNTERFACTUAL_EN | PRICE_EN | \
    SIMILAR_EN | frozenset().union(*VERB_EN.values())

#: the parts of speech a word of the open tier may have (lemminflect's universal tags)
_OPEN_POS = frozenset({"VERB", "ADV", "AUX"})


@lru_cache(maxsize=1)
def _frequencies() -> dict[str, float]:
    import wordfreq  # the English list ships with the package; nothing is downloaded

    return wordfreq.get_frequency_dict("en")


@lru_cache(maxsize=4096)
def is_open_word(word: str) -> bool:
    """``word`` (lower case) is common, only a verb or an adverb, and neither it nor a lemma of it carries a
    claim (:data:`CLAIM_EN`)."""
    if not word.isalpha() or word in CLAIM_EN:
        return False
    freq = _frequencies().get(word, 0.0)
    if freq <= 0.0 or math.log10(freq) + 9.0 < MIN_ZIPF:
        return False
    import lemminflect

    readings = lemminflect.getAllLemmas(word)
    if not readings or not set(readings) <= _OPEN_POS:
        return False
    return not any(lemma in CLAIM_EN for lemmas in readings.values() for lemma in lemmas)
