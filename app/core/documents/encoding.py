"""Bytes of unknown encoding to text, for plain text, Markdown, web pages and e-mails.

The order of the guesses: a byte-order mark; an encoding the file declares for itself
(a web page's <meta charset>, an e-mail part's charset); UTF-8; a detected legacy code
page; Windows-1252. Decoding never fails: bytes no guess explains become U+FFFD.
"""

from __future__ import annotations

import codecs
import unicodedata

import charset_normalizer

# A byte-order mark is a promise about the encoding. UTF-32 comes before UTF-16
# because the UTF-32 little-endian mark starts with the UTF-16 one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# The legacy code pages of the people this app is for: Western (English, Bahasa Indonesia
# and Malaysia), Thai, Vietnamese, Simplified and Traditional Chinese. Letting the detector
# choose among these alone is what makes it right on short texts: offered every code page,
# it reads a short Windows-1252 note as Baltic and a Chinese sentence as Korean.
_LEGACY_ENCODINGS = ["cp1252", "cp874", "cp1258", "gb18030", "big5"]

# Labels that mean a wider code page in practice (as browsers read them): text labelled
# Latin-1 is nearly always Windows-1252 with curly quotes, TIS-620 is Windows-874 less a
# few signs, and GB2312/GBK are subsets of GB18030.
_WIDER_ENCODING = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
}
# Labels seen in real files that Python's codec registry does not know.
_LABEL_ALIASES = {"windows-874": "cp874", "x-gbk": "gb18030", "x-cp1252": "cp1252"}

# A text with this many good non-ASCII characters per broken byte is UTF-8 with a flaw
# (cut off mid-character, one pasted Windows-1252 quote), not a legacy code page.
_GOOD_PER_BAD_UTF8 = 10

# Bytes that no text in any encoding above holds, except UTF-16 and UTF-32: the C0 controls
# other than tab, line feed, form feed, carriage return and escape (coloured logs), and DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
# Random or compressed bytes hold about 11 % of them; text none but a stray one.
_MOST_CONTROL_BYTES_IN_TEXT = 0.05
# How much of a file the guesses below look at: enough for a few pages of text.
_SAMPLE_BYTES = 8192
# UTF-16 without a byte-order mark is taken only if this share of its characters is text.
_UTF16_TEXT_SHARE = 0.97


def looks_like_text(head: bytes) -> bool:
    """Whether a file's first bytes are text in some encoding this module decodes."""
    if any(head.startswith(mark) for mark, _ in _BYTE_ORDER_MARKS):
        return True
    return not _has_control_bytes(head) or utf16_without_mark(head) is not None


def utf16_without_mark(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text saved without a byte-order mark, else None.

    Only bytes that cannot be text otherwise are tried: read as UTF-16, plain ASCII text
    would pass for Chinese. Random bytes fail, as they give unassigned characters,
    private-use ones and broken surrogates; a program gives runs of U+0000.
    """
    head = data[: _SAMPLE_BYTES - _SAMPLE_BYTES % 2]
    if not _has_control_bytes(head):
        return None
    candidates = []
    for encoding in ("utf-16-le", "utf-16-be"):
        text = head.decode(encoding, errors="replace")
        if _text_share(text) >= _UTF16_TEXT_SHARE:
            candidates.append((_latin_and_spaces(text), encoding))
    # ASCII letters read in the wrong byte order are valid Chinese characters too: the
    # right order is the one with spaces and Latin letters.
    return max(candidates)[1] if candidates else None


def _has_control_bytes(head: bytes) -> bool:
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > _MOST_CONTROL_BYTES_IN_TEXT * len(head)


def _text_share(text: str) -> float:
    # Not printable: controls, unassigned code points, private use, surrogates.
    good = sum(1 for c in text if (c.isprintable() or c in "\t\n\r\f") and c != "\ufffd")
    return good / max(len(text), 1)


def _latin_and_spaces(text: str) -> int:
    return sum(1 for c in text if c <= "\u024f")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Decode text of unknown encoding; never fails, whatever the bytes.

    `declared` is the encoding the file names for itself, if any: it is trusted unless
    the bytes are valid UTF-8, because an editor that re-saved a page as UTF-8 but kept
    its old <meta charset> is far more common than legacy text that happens to be
    valid UTF-8.
    """
    text = _decode(data, normal_encoding(declared))
    # Vietnamese from Windows-1258 (and text from Macs) carries its tone marks as separate
    # combining characters: composing them gives the letters the model and searches expect.
    return unicodedata.normalize("NFC", text)


def normal_encoding(label: str | None) -> str | None:
    """Python's codec name for an encoding label, widened as browsers do; None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _LABEL_ALIASES.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    # Python also registers byte transforms (base64, zlib) under codec names.
    if not getattr(info, "_is_text_encoding", True):
        return None
    return _WIDER_ENCODING.get(info.name, info.name)


def _decode(data: bytes, declared: str | None) -> str:
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return data.decode(encoding, errors="replace")
    # UTF-16 and UTF-32 text of plain letters is valid UTF-8 too (with zero bytes between
    # the letters), so a declaration of them must come before the UTF-8 test.
    if declared and declared.startswith(("utf-16", "utf-32")):
        return data.decode(declared, errors="replace")
    utf16 = utf16_without_mark(data)
    if utf16:
        return data.decode(utf16, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        return data.decode(declared, errors="replace")
    text = data.decode("utf-8", errors="replace")
    if _mostly_utf8(text):
        return text
    return _decode_legacy(data)


def _mostly_utf8(text: str) -> bool:
    bad = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))  # fast on big files
    good = non_ascii - bad
    return good >= _GOOD_PER_BAD_UTF8 * bad


def _decode_legacy(data: bytes) -> str:
    best = charset_normalizer.from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is not None:
        return data.decode(best.encoding, errors="replace")
    try:
        # Windows "ANSI" for Western languages: the most common legacy encoding.
        return data.decode("cp1252")
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; latin-1 maps every byte.
        return data.decode("latin-1")
