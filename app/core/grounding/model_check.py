"""The optional model check: ask the loaded model whether a passage supports a sentence.

Words cannot tell "the bank approved the loan" from "the bank did not approve the loan"
well, nor judge a loose paraphrase. The model can, at the cost of one short prompt per
sentence (a prefill of the passage: seconds per sentence on a CPU with a 7B model), so it
is off unless the user asks for the thorough check, and asked only where words cannot
decide (levels.py). Its answer is held to exactly "yes" or "no" by a llama.cpp grammar, so
a chatty model cannot answer "Yes, but…" and be misread. A server that takes no grammar
(vLLM) answers freely in three tokens: its first word is the answer. A small model is a
poor judge: the answer adds a flag, it never removes one the claim checks raised.
"""

from __future__ import annotations

import re

from app.core.engine.events import EngineFailure, Finished, Timings

YES_NO = 'root ::= "yes" | "no"'  # GBNF: the whole answer is one of these two words
_QUESTION = (
    "Passage from the document:\n\"\"\"\n{passage}\n\"\"\"\n\n"
    "Sentence from a summary:\n\"\"\"\n{sentence}\n\"\"\"\n\n"
    "Does the passage state what the sentence says (same facts, same meaning, nothing "
    "negated or added)? Answer yes or no."
)


def check_messages(sentence: str, passage: str) -> list[dict]:
    """The prompt of one check: the job counts its tokens for the ETA before asking."""
    return [
        {"role": "system", "content": "You check summaries against their source. "
                                      "Answer with one word: yes or no."},
        {"role": "user", "content": _QUESTION.format(passage=passage, sentence=sentence)},
    ]


def model_verdict(engine, sentence: str, passage: str) -> tuple[bool | None, Timings | None]:
    """The model's answer (as model_check) and the time it took to give it."""
    answer, timings = None, None
    for event in engine.generate(check_messages(sentence, passage), grammar=YES_NO,
                                 max_tokens=3, temperature=0.0):
        if isinstance(event, EngineFailure):
            return None, None
        if isinstance(event, Finished):
            timings = event.timings
            answer = event.text.strip().lower() if event.finish_reason != "cancelled" else None
    first = re.match(r"[a-z]+", answer or "")
    return {"yes": True, "no": False}.get(first.group() if first else ""), timings


def model_check(engine, sentence: str, passage: str) -> bool | None:
    """True when the model says `passage` supports `sentence`, False when it says not,
    None when it gave no answer (no model loaded, an engine failure, a cancel)."""
    return model_verdict(engine, sentence, passage)[0]
