"""Ask documents a question (issue #17): the passages of their stored pages are indexed in
SQLite's full-text search (retrieval.py), the best that fit the model's context are chosen
(selection.py) and given to it with page labels (prompt.py), and its answer is checked
sentence by sentence against them like a summary (checking.py). `ask_documents`
(answer.py) does it all and keeps it in a conversation."""

from app.core.questions.answer import (
    NOTHING_FOUND,
    AnswerFinished,
    AnswerStarted,
    admit_for_questions,
    ask_documents,
)
from app.core.questions.retrieval import FoundPassage, find_passages, index_documents

__all__ = ["NOTHING_FOUND", "AnswerFinished", "AnswerStarted", "FoundPassage",
           "admit_for_questions", "ask_documents", "find_passages", "index_documents"]
