"""The words of a question in a script written without spaces between words (Thai, Lao,
Khmer, Burmese, Chinese, Japanese). There is no word to look up, so the question's runs of
such text are cut into short overlapping pieces, looked up anywhere inside the passages
through the trigram index (migration m008): two characters for Chinese and Japanese, where
most words are two characters long, three for the others, whose letters spell syllables.
The question words ("多少", "เท่าไร") are taken out first: they say what is asked, not
about what, and the documents hardly ever hold them."""

from __future__ import annotations

import re

# Runs of the scripts written without spaces (Hangul is written with spaces: not here).
UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff"
                      "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_CHINESE_JAPANESE = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_QUESTION_WORDS = sorted(
    # Chinese (no 有, 是, 的, 在…: they are parts of content words too, 所有权, 目的)
    "什么时候 什么 多少 哪些 哪个 哪里 哪一 几个 谁 何时 怎么 如何 是否 吗 呢 请问 "
    # Thai (whole words only: shorter ones are parts of content words, e.g. ที่ in ที่ดิน)
    "อะไร เท่าไร เท่าไหร่ ที่ไหน เมื่อไร เมื่อไหร่ ใคร อย่างไร หรือไม่ ไหม กี่".split(),
    key=len, reverse=True)
_SPLIT = re.compile("|".join(map(re.escape, _QUESTION_WORDS)))


def unspaced_pieces(question: str) -> list[str]:
    """The question's runs of unspaced script, without its question words."""
    pieces = []
    for run in UNSPACED.findall(question):
        pieces += [p for p in _SPLIT.split(run) if p]
    return pieces


def unspaced_terms(question: str) -> list[str]:
    """The pieces looked up: overlapping bigrams (Chinese, Japanese) or trigrams, in order,
    without repeats; a piece shorter than that is looked up whole when it is two letters."""
    terms: dict[str, None] = {}
    for piece in unspaced_pieces(question):
        size = 2 if _CHINESE_JAPANESE.match(piece) else 3
        if len(piece) < size:
            if len(piece) >= 2:
                terms.setdefault(piece, None)
            continue
        for i in range(len(piece) - size + 1):
            terms.setdefault(piece[i:i + size], None)
    return list(terms)
