"""What a file really is, from its content, whatever its name says.

Names lie: an Outlook message saved as report.eml, a PDF downloaded as "document.txt", a
Word file renamed .doc. Read with the reader its name points to, such a file gives garbage
(an Outlook message read as text is 165,000 characters of it) or a baffling error. So the
first bytes decide: a kind this app reads goes to its reader whatever the name, and any
other kind is refused in words that name what it is (extract.py makes that choice).

Runs in the reading child (sandbox.py): looking inside a zip or a compound file is parsing.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import olefile

from .encoding import decode_text, looks_like_text


@dataclass(frozen=True)
class FileKind:
    # The format of the reader that reads it (a FORMATS_BY_SUFFIX value); None: none yet.
    reader: str | None
    # Completes '"report.eml" is ...': what the file is, in its users' words.
    description: str = ""
    # The names such a file usually has; another name means the name is wrong.
    suffixes: tuple[str, ...] = ()
    # Why the app cannot read it, and what to do instead.
    advice: str = ""


_CONVERT_TO_DOCX = (
    "Offline Assistant cannot read {kinds} yet: open it in {program}, choose Save As and "
    '"Word Document (.docx)", and try again with the new file.'
)
_SAVE_AS_PDF = (
    "Offline Assistant cannot read {kinds} yet: open it in {program}, save it as a PDF "
    "(File › Save As, or Export), and try again with the PDF."
)
_PICTURE = (
    "Offline Assistant reads the text of scanned pages saved as PNG, JPEG or TIFF "
    "pictures, or as PDF: save this picture in one of those kinds (your scanner's or "
    "photo program can), and try again."
)
_PRINT_TO_PDF = (
    "Offline Assistant cannot read PostScript yet: convert it to PDF (most PDF programs "
    "open it and save it as PDF), and try again with the PDF."
)
_UNPACK = (
    "Offline Assistant does not open archives: unpack it with your archive program (or "
    "right-click it and choose Extract All) and pick the documents inside."
)
_PROGRAM = (
    "Pick the document itself, not a program. If you did not expect this, do not open the "
    "file, and ask your IT team to look at it."
)

PDF = FileKind("pdf", "a PDF", (".pdf",))
DOCX = FileKind("docx", "a Word document (.docx)", (".docx", ".docm"))
HTML = FileKind("html", "a web page", (".html", ".htm"))
MAIL = FileKind("eml", "an e-mail", (".eml",))
TEXT = FileKind("txt", "plain text", (".txt", ".md", ".markdown"))
# Bytes that are not text and match no signature below: the reader a name points to may
# still know them (a damaged PDF without its header), or they are refused as they are.
UNKNOWN_BINARY = FileKind(
    None,
    "not text but binary data (a program's own format, or a damaged file)",
    advice="Open it in the program that made it, save it as a PDF or plain text, and try "
    "again with the saved file.",
)
XML = FileKind(
    None,
    "XML data, not a document",
    (".xml",),
    "Offline Assistant cannot read XML data: open it in the program that made it, save it "
    "as a PDF or plain text, and try again with the saved file.",
)
ENCRYPTED_OFFICE = FileKind(None, "a password-protected Office document")

_ZIP = FileKind(None, "a ZIP archive (.zip)", (".zip",), _UNPACK)
_ODF = {
    "application/vnd.oasis.opendocument.text": FileKind(
        "odt", "an OpenDocument text (.odt)", (".odt",)
    ),
    "application/vnd.oasis.opendocument.spreadsheet": FileKind(
        None,
        "an OpenDocument spreadsheet (.ods)",
        (".ods",),
        _SAVE_AS_PDF.format(kinds="spreadsheets", program="LibreOffice or Excel"),
    ),
    "application/vnd.oasis.opendocument.presentation": FileKind(
        None,
        "an OpenDocument presentation (.odp)",
        (".odp",),
        _SAVE_AS_PDF.format(kinds="presentations", program="LibreOffice or PowerPoint"),
    ),
    "application/epub+zip": FileKind(
        None,
        "an e-book (.epub)",
        (".epub",),
        _SAVE_AS_PDF.format(kinds="e-books", program="your e-book reader"),
    ),
}
XLSX = FileKind("xlsx", "an Excel workbook (.xlsx)", (".xlsx", ".xlsm"))
PPTX = FileKind("pptx", "a PowerPoint presentation (.pptx)", (".pptx", ".ppsx"))

MSG = FileKind("msg", "an Outlook message (.msg)", (".msg",))
_DOC = FileKind(
    None,
    "an older Word document (.doc, Word 97–2003)",
    (".doc", ".dot"),
    _CONVERT_TO_DOCX.format(kinds="older Word documents", program="Word"),
)
_XLS = FileKind(
    None,
    "an older Excel workbook (.xls, Excel 97–2003)",
    (".xls",),
    _SAVE_AS_PDF.format(kinds="spreadsheets", program="Excel"),
)
_PPT = FileKind(
    None,
    "an older PowerPoint presentation (.ppt)",
    (".ppt", ".pps"),
    _SAVE_AS_PDF.format(kinds="presentations", program="PowerPoint"),
)
COMPOUND_FILE = FileKind(
    None,
    "a Microsoft Office file in the old binary format (Outlook message, Word 97–2003 or "
    "Excel 97–2003)",
    (".msg", ".doc", ".xls", ".ppt"),
    "Offline Assistant cannot read these yet: open it in the program that made it, save "
    "it as a PDF or Word document (.docx), and try again with the saved file.",
)
RTF = FileKind("rtf", "a Rich Text document (.rtf)", (".rtf", ".doc"))

# Signatures at the very start of the file, from the formats' own specifications.
_SIGNATURES: tuple[tuple[bytes, FileKind], ...] = (
    (b"\x89PNG\r\n\x1a\n", FileKind("image", "a picture (PNG image)", (".png",))),
    (b"\xff\xd8\xff", FileKind("image", "a picture (JPEG photo)", (".jpg", ".jpeg"))),
    (b"II*\x00", FileKind("image", "a picture (TIFF image)", (".tif", ".tiff"))),
    (b"MM\x00*", FileKind("image", "a picture (TIFF image)", (".tif", ".tiff"))),
    (b"GIF87a", FileKind(None, "a picture (GIF image)", (".gif",), _PICTURE)),
    (b"GIF89a", FileKind(None, "a picture (GIF image)", (".gif",), _PICTURE)),
    (b"{\\rtf", RTF),
    (b"%!PS", FileKind(None, "a PostScript file (.ps)", (".ps", ".eps"), _PRINT_TO_PDF)),
    (b"\x7fELF", FileKind(None, "a program (for Linux)", (), _PROGRAM)),
    (b"\xfe\xed\xfa\xce", FileKind(None, "a program (for macOS)", (), _PROGRAM)),
    (b"\xfe\xed\xfa\xcf", FileKind(None, "a program (for macOS)", (), _PROGRAM)),
    (b"\xce\xfa\xed\xfe", FileKind(None, "a program (for macOS)", (), _PROGRAM)),
    (b"\xcf\xfa\xed\xfe", FileKind(None, "a program (for macOS)", (), _PROGRAM)),
    (b"\x1f\x8b", FileKind(None, "a compressed file (.gz)", (".gz", ".tgz"), _UNPACK)),
    (b"7z\xbc\xaf\x27\x1c", FileKind(None, "a 7-Zip archive (.7z)", (".7z",), _UNPACK)),
    (b"Rar!\x1a\x07", FileKind(None, "a RAR archive (.rar)", (".rar",), _UNPACK)),
    (b"\xfd7zXZ\x00", FileKind(None, "a compressed file (.xz)", (".xz",), _UNPACK)),
    (b"\x28\xb5\x2f\xfd", FileKind(None, "a compressed file (.zst)", (".zst",), _UNPACK)),
)
_BMP = FileKind(None, "a picture (BMP image)", (".bmp",), _PICTURE)
_WEBP = FileKind(None, "a picture (WebP image)", (".webp",), _PICTURE)
_HEIC = FileKind(None, "a photo (HEIC image)", (".heic", ".heif"), _PICTURE)
_BZIP2 = FileKind(None, "a compressed file (.bz2)", (".bz2",), _UNPACK)
_TAR = FileKind(None, "an archive (.tar)", (".tar",), _UNPACK)
_WINDOWS_PROGRAM = FileKind(None, "a program (for Windows: .exe or .dll)", (), _PROGRAM)

_OLE_SIGNATURE = bytes.fromhex("d0cf11e0a1b11ae1")
_ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
# The PDF reference lets the header sit anywhere in the first 1024 bytes.
_PDF_HEADER = b"%PDF-"
_PDF_HEADER_WINDOW = 1024
# BMP's info header is one of these sizes; "BM" alone starts words too ("BMW").
_BMP_HEADER_SIZES = frozenset({12, 40, 52, 56, 64, 108, 124})
_HEIC_BRANDS = (b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif")
_HEAD_BYTES = 8192
_MIMETYPE_MAX_BYTES = 100  # an OpenDocument's "mimetype" entry holds one short line

# A web page starts with its doctype or <html>, maybe after an XML declaration, comments
# and blank lines; a page saved by a browser sometimes starts at <head> or <body>.
_HTML_START = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_XML_START = re.compile(r"\A\s*<\?xml\b", re.IGNORECASE)
# An e-mail starts with header lines ("Name: value", folded lines indented) up to a blank line.
_HEADER_LINE = re.compile(r"[!-9;-~]+:")
_FOLDED_LINE = re.compile(r"[ \t]")
# A mail has a sender and one of these, which no memo written as "To:/From:" carries.
_MAIL_ONLY_HEADERS = frozenset({"date", "message-id", "received", "mime-version", "return-path"})


def recognise(path: Path) -> FileKind:
    """What the file's content says it is (the name is not looked at)."""
    with path.open("rb") as stream:
        head = stream.read(_HEAD_BYTES)
    # Containers first: an Outlook message or a zip can hold a PDF's first bytes within
    # its first kilobyte (an attachment stored as it is), and is still not a PDF.
    if head.startswith(_ZIP_SIGNATURES):
        return _zip_kind(path)
    if head.startswith(_OLE_SIGNATURE):
        return _compound_file_kind(path)
    if _PDF_HEADER in head[:_PDF_HEADER_WINDOW]:
        return PDF
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    kind = _other_binary_kind(head)
    if kind is not None:
        return kind
    if not looks_like_text(head):
        return UNKNOWN_BINARY
    return _text_kind(decode_text(head))


def _other_binary_kind(head: bytes) -> FileKind | None:
    """The kinds whose signature is more than a few bytes at the start."""
    if head[:2] == b"BM" and int.from_bytes(head[14:18], "little") in _BMP_HEADER_SIZES:
        return _BMP
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _WEBP
    if head[4:8] == b"ftyp" and head[8:12] in _HEIC_BRANDS:
        return _HEIC
    if head[:3] == b"BZh" and head[4:10] == b"1AY&SY":
        return _BZIP2
    if head[257:262] == b"ustar":
        return _TAR
    if head[:2] == b"MZ":
        # A Windows program: "MZ", then at 0x3C where its "PE" header starts.
        start = int.from_bytes(head[0x3C:0x40], "little")
        if head[start : start + 4] == b"PE\x00\x00":
            return _WINDOWS_PROGRAM
    return None


def _zip_kind(path: Path) -> FileKind:
    # Only the table of contents is read (archive.py says why that is safe).
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            mimetype = _mimetype(archive)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, RuntimeError):
        # Cut off or damaged: the reader its name points to says so in its own words.
        return UNKNOWN_BINARY
    if "word/document.xml" in names:
        return DOCX
    if mimetype in _ODF:
        return _ODF[mimetype]
    if any(name.startswith("xl/") for name in names):
        return XLSX
    if any(name.startswith("ppt/") for name in names):
        return PPTX
    return _ZIP


def _mimetype(archive: zipfile.ZipFile) -> str | None:
    try:
        entry = archive.getinfo("mimetype")
    except KeyError:
        return None
    if entry.file_size > _MIMETYPE_MAX_BYTES:
        return None
    return archive.read(entry).decode("ascii", errors="replace").strip()


def _compound_file_kind(path: Path) -> FileKind:
    """Outlook, Word, Excel and PowerPoint told apart by the streams they keep inside."""
    try:
        with olefile.OleFileIO(str(path)) as compound:
            names = {entry[0] for entry in compound.listdir(streams=True, storages=True)}
    except Exception:
        # olefile raises many kinds on a damaged directory; the signature alone still says
        # what family of file it is.
        return COMPOUND_FILE
    if "EncryptedPackage" in names:
        return ENCRYPTED_OFFICE
    if "__properties_version1.0" in names or any(n.startswith("__substg1.0_") for n in names):
        return MSG
    if "WordDocument" in names:
        return _DOC
    if "Workbook" in names or "Book" in names:
        return _XLS
    if "PowerPoint Document" in names:
        return _PPT
    return COMPOUND_FILE


def _text_kind(head: str) -> FileKind:
    if _HTML_START.match(head):
        return HTML
    if _XML_START.match(head):
        return XML
    if _looks_like_mail(head):
        return MAIL
    return TEXT


def _looks_like_mail(head: str) -> bool:
    names = set()
    for line in head.replace("\r\n", "\n").split("\n"):
        if not line:
            break  # the end of the headers
        if _FOLDED_LINE.match(line) and names:
            continue
        if not _HEADER_LINE.match(line):
            return False
        names.add(line.split(":", 1)[0].lower())
    return "from" in names and bool(names & _MAIL_ONLY_HEADERS)
