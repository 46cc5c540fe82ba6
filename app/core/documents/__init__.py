"""Text out of the user's documents (PDF, Word, OpenDocument, Rich Text, Excel, PowerPoint,
web pages, e-mails and Outlook messages, TXT, Markdown), page by page or section by section.

`extract_document` is what the app calls: it reads in a killable child process with
time, memory and size limits. `extract_text` does the same work in this process.
Every failure is a `DocumentError` whose message can be shown to the user as it is.
"""

from .batch import find_documents
from .errors import (
    DamagedDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    ExtractionTimedOut,
    NoTextLayer,
    PasswordNeeded,
    PasswordProtected,
    UnreadableFile,
    UnsupportedFormat,
    WrongPassword,
)
from .extract import extract_text
from .model import SUPPORTED_SUFFIXES, ExtractedDocument, Page
from .sandbox import extract_document

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DamagedDocument",
    "DocumentError",
    "DocumentTooLarge",
    "EmptyDocument",
    "ExtractedDocument",
    "ExtractionTimedOut",
    "NoTextLayer",
    "Page",
    "PasswordNeeded",
    "PasswordProtected",
    "UnreadableFile",
    "UnsupportedFormat",
    "WrongPassword",
    "extract_document",
    "find_documents",
    "extract_text",
]
