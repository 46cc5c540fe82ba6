"""Why a document could not be read, in words its reader understands.

`str(error)` is shown to the user as it is: it names the file, says what went
wrong and what to do next, without technical terms. `file_name` is kept for logs.
"""

from __future__ import annotations

from .model import FORMAT_NAMES


def _in_words(names: list[str]) -> str:
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]


class DocumentError(Exception):
    template = (
        '"{name}" could not be read. Try opening it in another program and saving it '
        "again as a new file."
    )
    # Values for the template's other fields when the raiser gives none.
    default_details: dict[str, str] = {}

    def __init__(self, file_name: str, message: str | None = None, **details: object) -> None:
        self.file_name = file_name
        fields = {**self.default_details, **details, "name": file_name}
        super().__init__(message or self.template.format(**fields))

    def __reduce__(self):
        # Keeps the error picklable despite the custom constructor (workers, queues).
        return (type(self), (self.file_name, str(self)))


class UnsupportedFormat(DocumentError):
    template = (
        '"{name}" is not a kind of file this app can read. It reads '
        + _in_words(list(FORMAT_NAMES.values()))
        + " files. {advice}"
    )
    default_details = {"advice": "Save the document in one of these kinds and try again."}


class EmptyDocument(DocumentError):
    template = (
        '"{name}" is empty: there is no text in it to summarise. '
        "Check that you picked the right file."
    )


class PasswordProtected(DocumentError):
    template = (
        'This PDF is password-protected, so the text of "{name}" cannot be read. '
        "Open it with its password in your PDF reader, save a copy without the password, "
        "and try again with that copy."
    )


class PasswordNeeded(PasswordProtected):
    """The file opens with a password, and none was given: the caller asks for it."""

    template = (
        'This PDF is password-protected: type its password to read "{name}". The password '
        "is used once to open the file and is never kept."
    )


class WrongPassword(PasswordProtected):
    """The password given does not open the file: the caller asks again."""

    template = (
        'That password does not open "{name}". Check it (capital letters count) and type '
        "it again."
    )


class NoTextLayer(DocumentError):
    template = (
        '"{name}" holds only pictures, and text recognition (OCR) found no text in them: '
        "they may be photos or drawings, handwriting, or a script this app cannot read "
        "(it reads English, Malay, Indonesian, other Latin-script languages, Chinese and "
        "Japanese). If you expected text, scan the pages again more clearly and try again."
    )


class DamagedDocument(DocumentError):
    template = (
        '"{name}" could not be read: the file looks damaged, or was made in a way this app '
        "does not understand. Try opening it in another program and saving it again as a "
        "new file."
    )


class DocumentTooLarge(DocumentError):
    template = (
        '"{name}" is too large for this app to read: {limit}. '
        "Split it into smaller files and try again."
    )
    default_details = {"limit": "it is bigger than this app is set up to handle"}


class ExtractionTimedOut(DocumentError):
    template = (
        'Reading "{name}" took longer than {limit}, so it was stopped. The file may be '
        "damaged or unusually complex: try saving it again as a new file, or splitting it "
        "into smaller parts."
    )
    default_details = {"limit": "the time allowed"}


class UnreadableFile(DocumentError):
    template = (
        '"{name}" could not be opened. Check that the file still exists, that it is a file '
        "and not a folder, and that you have permission to open it."
    )


# Lets an error that crossed the process boundary as (class name, message) be rebuilt.
ERRORS_BY_NAME: dict[str, type[DocumentError]] = {
    cls.__name__: cls
    for cls in (
        DocumentError,
        UnsupportedFormat,
        EmptyDocument,
        PasswordProtected,
        PasswordNeeded,
        WrongPassword,
        NoTextLayer,
        DamagedDocument,
        DocumentTooLarge,
        ExtractionTimedOut,
        UnreadableFile,
    )
}
