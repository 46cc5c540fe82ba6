"""Choose, among the passages found for a question, those the model is given: the best
ones that fit its context with room left for the answer, then put back in document order
so that the model reads them as the documents tell them."""

from __future__ import annotations

from collections.abc import Callable

from app.core.questions.retrieval import FoundPassage

ANSWER_ROOM = 384  # tokens kept free for the answer (its max_tokens too): a few sentences
MAX_PASSAGES = 12  # even with room for more: a small model loses the answer among many
LABEL_TOKENS = 12  # what a passage's "[name, p. 4]" label and separating lines may cost
# A passage holding under this share of the question's weight shares a common word with it
# at most: it would only distract the model.
MIN_SHARE = 0.2

CountTokens = Callable[[list[str]], list[int]]


def choose_passages(found: list[FoundPassage], count_tokens: CountTokens, budget: int,
                    document_order: list[int]) -> list[FoundPassage]:
    """The best of `found` (best first) whose tokens fit in `budget`, in document order:
    the documents as `document_order` lists them, then page, then place on the page."""
    candidates = [p for p in found if p.relevance >= MIN_SHARE or p.follows][:MAX_PASSAGES * 2]
    sizes = count_tokens([p.text for p in candidates]) if candidates else []
    chosen, used = [], 0
    for passage, size in zip(candidates, sizes, strict=True):
        if len(chosen) == MAX_PASSAGES:
            break
        if used + size + LABEL_TOKENS <= budget:
            chosen.append(passage)
            used += size + LABEL_TOKENS
    rank = {document_id: i for i, document_id in enumerate(document_order)}
    return sorted(chosen, key=lambda p: (rank.get(p.document_id, len(rank)), p.page, p.start))
