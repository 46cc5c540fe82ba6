"""Does the document support what a summary says? Sentence by sentence and claim by claim.

`split_passages` cuts the document into sentence passages, `find_support` traces a summary
sentence to the passages that best support it, `check_claims` checks its quantities, dates
and names against them and the whole document, `sentence_support` gives the reader's level
(supported, partly, not found), and `model_check` asks the model where words cannot decide.
"""

from app.core.grounding.checks import ClaimCheck, check_claims
from app.core.grounding.levels import SentenceSupport, sentence_support
from app.core.grounding.model_check import model_check
from app.core.grounding.passages import Passage, split_passages
from app.core.grounding.support import PassageIndex, find_support

__all__ = ["ClaimCheck", "Passage", "PassageIndex", "SentenceSupport", "check_claims",
           "find_support", "model_check", "sentence_support", "split_passages"]
