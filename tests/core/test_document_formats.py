"""Word, web page and e-mail extraction, legacy encodings, and files made to harm the reader.

Every file is written here by the test itself: Word documents with python-docx, web pages
and e-mails with the standard library, zips with zipfile.
"""

from __future__ import annotations

import io
import re
import struct
import sys
import time
import unicodedata
import zipfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from app.core.documents import (
    SUPPORTED_SUFFIXES,
    DamagedDocument,
    DocumentTooLarge,
    EmptyDocument,
    UnsupportedFormat,
    extract_document,
    extract_text,
)

THAI = "สรุปเอกสารฉบับนี้ให้สั้นและชัดเจน"
THAI_REPORT = f"รายงานประจำปีของธนาคาร สรุปผลการดำเนินงานและความเสี่ยงที่สำคัญ ลูกค้าเพิ่มขึ้นร้อยละสิบ\n{THAI}\n"
VIETNAMESE = "Tóm tắt tài liệu này: Ngân hàng Nhà nước Việt Nam, năm 2024."
VIETNAMESE_REPORT = (
    "Báo cáo thường niên của Ngân hàng Nhà nước Việt Nam năm 2024.\n"
    f"{VIETNAMESE} Lợi nhuận tăng, rủi ro tín dụng giảm.\n"
)
CHINESE_REPORT = (
    "本报告总结了银行二零二四年的经营情况。\n请总结这份文件。利润增长，信用风险下降。\n"
)
WESTERN = "The committee’s “final” report — signed by Zoë Müller — costs €1,200.\n"

# Far below the sandbox's default; a hostile file must be refused quickly, never hang.
HOSTILE_TIMEOUT_S = 30


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _sections(document) -> list[tuple[int, str | None]]:
    return [(page.number, page.heading) for page in document.pages]


# Nothing is fetched ---------------------------------------------------------------------

# An audit hook cannot be removed, so it is added once and only records while a test
# watches. It sees every connection, name lookup, URL request and file opened by Python.
_WATCHED_EVENTS = ("socket.connect", "socket.getaddrinfo", "urllib.Request", "open")
_watch: dict[str, object] = {"on": False, "seen": []}


def _audit(event: str, args: tuple) -> None:
    if _watch["on"] and event in _WATCHED_EVENTS:
        _watch["seen"].append((event, str(args[0]) if args else ""))


sys.addaudithook(_audit)


class _Watching:
    def __enter__(self) -> list[tuple[str, str]]:
        _watch["seen"] = []
        _watch["on"] = True
        return _watch["seen"]

    def __exit__(self, *exc_info) -> None:
        _watch["on"] = False


# Word -----------------------------------------------------------------------------------


def _report_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("Annual report", style="Title")
    document.add_paragraph("Prepared for the board.")
    document.add_heading("Introduction", 1)
    document.add_paragraph("Before the table.")
    table = document.add_table(rows=3, cols=3)
    rows = [["Year", "Profit", "Note"], ["2023", "5", THAI], ["2024", "7", "请总结"]]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("After the table.")
    document.add_paragraph("")  # empty paragraphs leave no trace
    document.add_heading("Ngân hàng", 2)
    paragraph = document.add_paragraph("Line one")
    paragraph.add_run().add_break()
    paragraph.add_run("line two")
    document.save(path)
    return path


def test_word_document_keeps_headings_tables_and_reading_order(tmp_path):
    document = extract_document(_report_docx(tmp_path / "báo-cáo.docx"))

    assert document.format == "docx"
    assert _sections(document) == [(1, "Annual report"), (2, "Introduction"), (3, "Ngân hàng")]
    assert document.pages[0].text == "Annual report\n\nPrepared for the board."
    assert document.pages[1].text == (
        "Introduction\n\n"
        "Before the table.\n\n"
        "Year | Profit | Note\n"
        f"2023 | 5 | {THAI}\n"
        "2024 | 7 | 请总结\n\n"
        "After the table."
    )
    assert document.pages[2].text == "Ngân hàng\n\nLine one\nline two"


def test_word_document_without_headings_is_one_section(tmp_path):
    document = docx.Document()
    document.add_paragraph(VIETNAMESE)
    document.save(tmp_path / "note.docx")

    pages = extract_text(tmp_path / "note.docx").pages
    assert [(page.number, page.heading, page.text) for page in pages] == [(1, None, VIETNAMESE)]


def test_word_merged_cells_are_not_repeated(tmp_path):
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).text = "Region"
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2024 results"
    for c, value in enumerate(["North", "5", "7"]):
        table.cell(1, c).text = value
    document.save(tmp_path / "merged.docx")

    assert extract_text(tmp_path / "merged.docx").text == "Region | 2024 results\nNorth | 5 | 7"


def test_word_tracked_changes_and_content_controls_read_as_the_reader_sees_them(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("The fee is ")
    paragraph._p.append(
        parse_xml(f'<w:ins {nsdecls("w")} w:id="1" w:author="A"><w:r><w:t>5%</w:t></w:r></w:ins>')
    )
    paragraph._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="A">'
            "<w:r><w:delText>10%</w:delText></w:r></w:del>"
        )
    )
    # A block content control, as templates put around whole parts of a document.
    document.element.body.insert(
        0,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Inside a control</w:t>"
            "</w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    document.save(tmp_path / "reviewed.docx")

    assert extract_text(tmp_path / "reviewed.docx").text == "Inside a control\n\nThe fee is 5%"


def test_word_document_with_no_text_is_empty(tmp_path):
    docx.Document().save(tmp_path / "blank.docx")
    with pytest.raises(EmptyDocument, match="blank.docx"):
        extract_document(tmp_path / "blank.docx")


def test_binary_named_docx_that_is_not_a_zip_is_damaged(tmp_path):
    path = _write(tmp_path / "renamed.docx", bytes(range(256)) * 4)
    with pytest.raises(DamagedDocument, match="not really a Word file"):
        extract_document(path)


def test_text_named_docx_is_read_as_the_text_it_is(tmp_path):
    path = _write(tmp_path / "renamed.docx", b"Just some text someone renamed.\n" * 10)
    document = extract_document(path)
    assert document.format == "txt"
    assert document.text.startswith("Just some text someone renamed.")


def test_zip_without_word_parts_is_named_as_a_zip(tmp_path):
    with zipfile.ZipFile(tmp_path / "other.docx", "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    with pytest.raises(UnsupportedFormat, match="is a ZIP archive"):
        extract_document(tmp_path / "other.docx")


def test_damaged_compound_file_is_named_by_its_family(tmp_path):
    # The signature of an Office compound file, but no directory olefile can read.
    ole2 = bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504) + "WordDocument".encode("utf-16-le")
    with pytest.raises(UnsupportedFormat, match="Microsoft Office file in the old binary"):
        extract_text(_write(tmp_path / "old.docx", ole2))


# Zip bombs --------------------------------------------------------------------------------


def test_zip_bomb_named_docx_is_refused_before_unpacking(tmp_path):
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("word/document.xml", "w") as entry:
            block = bytes(1024 * 1024)
            for _ in range(50):  # 50 MB of zeros
                entry.write(block)
    assert path.stat().st_size < 1024 * 1024

    started = time.monotonic()
    with pytest.raises(DamagedDocument, match="more than 200 times its size"):
        extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)
    assert time.monotonic() - started < HOSTILE_TIMEOUT_S


def test_zip_declaring_more_than_500_mb_is_too_large(tmp_path):
    path = tmp_path / "huge.docx"
    with zipfile.ZipFile(path, "w") as archive:
        for part in ("word/document.xml", "word/styles.xml"):
            archive.writestr(part, b"<x/>")
    # The table of contents now claims 300 MB for each entry, as a crafted file can.
    data = bytearray(path.read_bytes())
    for match in re.finditer(b"PK\x01\x02", bytes(data)):
        struct.pack_into("<I", data, match.start() + 24, 300 * 1000 * 1000)
    _write(path, bytes(data))

    with pytest.raises(DocumentTooLarge, match="more than 500 MB"):
        extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)


def test_zip_with_too_many_entries_is_refused(tmp_path):
    path = tmp_path / "crowded.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", b"<x/>")
        for index in range(10_000):
            archive.writestr(f"p/{index}", b"")
    with pytest.raises(DamagedDocument, match="10,001 separate parts"):
        extract_text(path)


# XML entities ---------------------------------------------------------------------------


def _docx_with_doctype(path: Path, doctype: str, text: str) -> Path:
    """A real Word document whose main part declares `doctype` and says `text`."""
    source = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("MARKER")
    document.save(source)
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as crafted:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == "word/document.xml":
                xml = data.decode("utf-8")
                declaration_end = xml.index("?>") + 2
                xml = xml[:declaration_end] + doctype + xml[declaration_end:]
                data = xml.replace("MARKER", text).encode("utf-8")
            crafted.writestr(entry, data)
    return path


def test_billion_laughs_in_a_word_document_is_refused_quickly(tmp_path):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    path = _docx_with_doctype(
        tmp_path / "laughs.docx", f"<!DOCTYPE w:document [{entities}]>", "Hi &lol9;"
    )
    started = time.monotonic()
    try:
        document = extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)
    except DamagedDocument:
        pass  # refused: what libxml2 does today
    else:
        assert "lollol" not in document.text  # or read without expanding anything
    assert time.monotonic() - started < HOSTILE_TIMEOUT_S


def test_word_document_entities_are_never_expanded_nor_loaded(tmp_path):
    secret = _write(tmp_path / "secret.txt", b"SALARY-TABLE-SECRET")
    doctype = (
        '<!DOCTYPE w:document [<!ENTITY small "lollollol">'
        f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    )
    path = _docx_with_doctype(tmp_path / "xxe.docx", doctype, "Visible &small; &xxe;")

    with _Watching() as seen:
        document = extract_text(path)

    assert document.text.startswith("Visible")
    assert "lollollol" not in document.text
    assert "SALARY" not in document.text
    assert not [entry for entry in seen if "secret" in entry[1]], seen


# Web pages --------------------------------------------------------------------------------


def test_web_page_text_in_sections_without_scripts_or_fetching(tmp_path):
    secret = _write(tmp_path / "secret.css", b"SECRET-STYLE")
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quarterly   report</title>
<script>var tracking = "SCRIPT-TEXT";</script>
<style>body {{ content: "STYLE-TEXT" }}</style>
<link rel="stylesheet" href="{secret.as_uri()}">
<link rel="stylesheet" href="http://example.com/remote.css">
</head><body>
<noscript>NOSCRIPT-TEXT</noscript>
<p>Intro &amp; scope.<br>Second line of the intro.</p>
<h1>Findings</h1>
<p>Revenue <b>rose</b>
   ten percent.</p>
<img src="http://example.com/pixel.png" alt="tracking pixel">
<iframe src="{secret.as_uri()}">IFRAME-TEXT</iframe>
<table><tr><th>Year<th>Profit</tr><tr><td><p>2023</p><td>5</td></tr></table>
<ul><li>first point<li>second point</ul>
<template><p>TEMPLATE-TEXT</p></template>
<h2>Thai <i>ส่วน</i></h2><p>{THAI}</p>
</body></html>"""
    path = _write(tmp_path / "report.html", page.encode("utf-8"))

    with _Watching() as seen:
        document = extract_text(path)

    assert document.format == "html"
    assert _sections(document) == [(1, "Quarterly report"), (2, "Findings"), (3, "Thai ส่วน")]
    assert document.pages[0].text == (
        "Quarterly report\n\nIntro & scope.\nSecond line of the intro."
    )
    assert document.pages[1].text == (
        "Findings\n\nRevenue rose ten percent.\n\n"
        "Year | Profit\n2023 | 5\n\n"
        "- first point\n- second point"
    )
    assert document.pages[2].text == f"Thai ส่วน\n\n{THAI}"
    for hidden in ("SCRIPT", "STYLE", "NOSCRIPT", "IFRAME", "TEMPLATE", "SECRET", "http"):
        assert hidden not in document.text
    assert [entry for entry in seen if entry[0] != "open"] == []
    assert not [entry for entry in seen if "secret" in entry[1]], seen


def test_web_page_in_the_sandbox_matches_in_process(tmp_path):
    path = _write(tmp_path / "page.htm", b"<h1>Title</h1><p>Body text.</p>")
    document = extract_document(path)
    assert document == extract_text(path)
    assert document.format == "html"
    assert document.pages[0].heading == "Title"


def test_web_page_lists_keep_their_markers_also_around_paragraphs(tmp_path):
    page = b"<ol><li><p>Open the file.</p></li><li><p>Read <b>it</b>.</p></ol><ul><li>Done</ul>"
    path = _write(tmp_path / "steps.html", page)
    assert extract_text(path).text == "1. Open the file.\n\n2. Read it.\n\n- Done"


def test_web_page_with_no_visible_text_is_empty(tmp_path):
    path = _write(tmp_path / "blank.html", b"<html><head><script>x()</script></head><body>")
    with pytest.raises(EmptyDocument):
        extract_text(path)


def test_web_page_title_repeated_as_first_heading_appears_once(tmp_path):
    path = _write(tmp_path / "t.html", b"<title>Plan</title><h1>Plan</h1><p>Steps.</p>")
    pages = extract_text(path).pages
    assert [(page.heading, page.text) for page in pages] == [("Plan", "Plan\n\nSteps.")]


@pytest.mark.parametrize(
    ("declaration", "encoding", "text"),
    [
        ('<meta charset="windows-874">', "cp874", THAI),
        ('<meta http-equiv="Content-Type" content="text/html; charset=TIS-620">', "cp874", THAI),
        ('<meta charset="gb2312">', "gb18030", "请总结这份文件。"),
        # Labelled Latin-1, written as Windows-1252 (curly quotes), as browsers assume.
        ('<meta charset="iso-8859-1">', "cp1252", "“final” — €5"),
        # Saved as UTF-8 by an editor that kept the old declaration.
        ('<meta charset="iso-8859-1">', "utf-8", VIETNAMESE),
    ],
)
def test_web_page_declared_charset(tmp_path, declaration, encoding, text):
    page = f"<html><head>{declaration}</head><body><p>{text}</p></body></html>"
    path = _write(tmp_path / "legacy.html", page.encode(encoding))
    assert extract_text(path).text == text


def test_web_page_in_utf16_with_byte_order_mark(tmp_path):
    page = f'<meta charset="utf-16"><h1>{THAI}</h1><p>{VIETNAMESE}</p>'
    path = _write(tmp_path / "wide.html", page.encode("utf-16"))
    assert extract_text(path).text == f"{THAI}\n\n{VIETNAMESE}"


# E-mail -------------------------------------------------------------------------------------


def _message(subject: str = f"Báo cáo {THAI}") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Nguyễn Văn A <a@bank.example>"
    message["To"] = "Board <board@bank.example>, Somchai <s@bank.example>"
    message["Cc"] = "audit@bank.example"
    message["Date"] = "Mon, 03 Jun 2024 09:30:00 +0700"
    message["Subject"] = subject
    return message


def test_email_headers_message_and_attachment_list(tmp_path):
    message = _message()
    message.set_content(f"Dear board,\n\n{VIETNAMESE}\n\nRegards")
    message.add_alternative("<p>HTML-ONLY-COPY</p>", subtype="html")
    message.add_attachment(
        b"%PDF-1.4 " + bytes(3000), maintype="application", subtype="pdf", filename="Q2.pdf"
    )
    message.add_attachment(
        bytes(1_500_000),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="Báo cáo.docx",
    )
    path = _write(tmp_path / "mail.eml", message.as_bytes(policy=SMTP))

    document = extract_document(path)

    assert document.format == "eml"
    assert _sections(document) == [(1, "Headers"), (2, "Message"), (3, "Attachments")]
    assert document.pages[0].text == (
        "From: Nguyễn Văn A <a@bank.example>\n"
        "To: Board <board@bank.example>, Somchai <s@bank.example>\n"
        "Cc: audit@bank.example\n"
        "Date: Mon, 03 Jun 2024 09:30:00 +0700\n"
        f"Subject: Báo cáo {THAI}"
    )
    assert document.pages[1].text == f"Dear board,\n\n{VIETNAMESE}\n\nRegards"
    assert document.pages[2].text == (
        "Attachments:\n- Q2.pdf (PDF, 3 KB)\n- Báo cáo.docx (Word document, 1.5 MB)"
    )
    assert "HTML-ONLY-COPY" not in document.text


def test_html_only_email_is_read_through_the_web_page_reader(tmp_path):
    message = _message(subject="Notice")
    html = f"<html><head><style>p {{}}</style></head><body><h2>Notice</h2><p>{THAI}</p>"
    message.set_content(
        html.encode("cp874"),
        maintype="text",
        subtype="html",
        params={"charset": "windows-874"},
        cte="base64",
    )
    path = _write(tmp_path / "notice.eml", message.as_bytes(policy=SMTP))

    document = extract_text(path)

    assert _sections(document) == [(1, "Headers"), (2, "Message")]
    assert document.pages[1].text == f"Notice\n\n{THAI}"


def test_forwarded_email_is_listed_not_opened(tmp_path):
    inner = _message(subject="Original request")
    inner.set_content("INNER-BODY")
    message = _message(subject="Fwd: Original request")
    message.set_content("See the message below.")
    message.add_attachment(inner)
    path = _write(tmp_path / "fwd.eml", message.as_bytes(policy=SMTP))

    document = extract_text(path)

    assert document.pages[-1].heading == "Attachments"
    assert re.fullmatch(
        r'Attachments:\n- e-mail "Original request" \(e-mail, \d+ B\)', document.pages[-1].text
    ), document.pages[-1].text
    assert "INNER-BODY" not in document.text


# Encodings of plain text --------------------------------------------------------------------


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: tone marks as separate combining characters."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for character in text:
        try:
            out += character.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", character)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("name", "data", "text"),
    [
        ("thai-cp874.txt", THAI_REPORT.encode("cp874"), THAI_REPORT),
        ("thai-tis620.txt", THAI_REPORT.encode("tis-620"), THAI_REPORT),
        ("thai-short.txt", THAI.encode("cp874"), THAI),
        ("vietnamese-cp1258.txt", _cp1258(VIETNAMESE_REPORT), VIETNAMESE_REPORT),
        ("vietnamese-utf8.txt", VIETNAMESE_REPORT.encode("utf-8"), VIETNAMESE_REPORT),
        (
            "vietnamese-decomposed.txt",
            unicodedata.normalize("NFD", VIETNAMESE).encode("utf-8"),
            VIETNAMESE,
        ),
        ("chinese-gb18030.txt", CHINESE_REPORT.encode("gb18030"), CHINESE_REPORT),
        ("chinese-big5.txt", "請總結這份文件。".encode("big5"), "請總結這份文件。"),
        ("western-cp1252.txt", WESTERN.encode("cp1252"), WESTERN),
        ("utf16-be.txt", b"\xfe\xff" + THAI_REPORT.encode("utf-16-be"), THAI_REPORT),
        ("utf16-le.md", b"\xff\xfe" + VIETNAMESE_REPORT.encode("utf-16-le"), VIETNAMESE_REPORT),
        ("utf8-bom.md", b"\xef\xbb\xbf" + CHINESE_REPORT.encode("utf-8"), CHINESE_REPORT),
        ("thai-cp874.md", f"# {THAI}\n{THAI_REPORT}".encode("cp874"), f"# {THAI}\n{THAI_REPORT}"),
    ],
)
def test_text_in_every_encoding_comes_out_intact(tmp_path, name, data, text):
    assert extract_text(_write(tmp_path / name, data)).text == text.strip()


def test_utf8_cut_off_mid_character_stays_utf8(tmp_path):
    data = THAI_REPORT.encode("utf-8")[:-4]  # the last Thai letter cut in half
    document = extract_text(_write(tmp_path / "cut.txt", data))
    assert document.text.startswith(THAI_REPORT[:40])


def test_thai_markdown_sections_from_legacy_encoding(tmp_path):
    path = _write(tmp_path / "thai.md", f"# {THAI}\nเนื้อหา\n".encode("cp874"))
    assert extract_document(path).pages[0].heading == THAI


# The list of kinds -----------------------------------------------------------------------


def test_new_kinds_are_offered_to_file_dialogs():
    assert {".docx", ".html", ".htm", ".eml", ".odt", ".rtf", ".xlsx", ".pptx", ".msg"} <= set(
        SUPPORTED_SUFFIXES
    )


def test_unsupported_file_lists_the_kinds_in_plain_words(tmp_path):
    with pytest.raises(UnsupportedFormat) as caught:
        extract_document(_write(tmp_path / "sheet.csv", b"a,b\n1,2\n"))
    message = str(caught.value)
    for kind in (
        "PDF",
        "Word (.docx)",
        "web page (.html, .htm)",
        "e-mail (.eml)",
        "plain text (.txt)",
        "Markdown (.md)",
        "OpenDocument text (.odt)",
        "Rich Text (.rtf)",
        "Excel (.xlsx)",
        "PowerPoint (.pptx)",
        "Outlook message (.msg)",
    ):
        assert kind in message
    assert "sheet.csv" in message
