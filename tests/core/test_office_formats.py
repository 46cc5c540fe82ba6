"""OpenDocument, Rich Text, Excel, PowerPoint and Outlook files through the real reader child.

The files in tests/data/office were written by LibreOffice (and the .msg by
aspose-email-foss): scripts/make_office_samples.py made them, its README says how. The
hostile variants (zip bombs, entities) are made here from those real files.
"""

from __future__ import annotations

import shutil
import sys
import time
import zipfile
from pathlib import Path

import pytest

from app.core.documents import DamagedDocument, extract_document, extract_text
from tests.conftest import REPO

OFFICE = REPO / "tests" / "data" / "office"
HOSTILE_TIMEOUT_S = 30
# The zip part that holds the text of each kind, where a crafted entity goes.
TEXT_PARTS = {
    "letter.odt": "content.xml",
    "budget.xlsx": "xl/worksheets/sheet1.xml",
    "briefing.pptx": "ppt/slides/slide1.xml",
}
MARKERS = {"letter.odt": "Riverside", "budget.xlsx": "Pumps", "briefing.pptx": "Flood"}


def _sections(document) -> list[tuple[int, str | None]]:
    return [(page.number, page.heading) for page in document.pages]


def test_opendocument_text_keeps_headings_tables_and_letters():
    document = extract_document(OFFICE / "letter.odt")
    assert document.format == "odt"
    assert _sections(document) == [(1, None), (2, "Background"), (3, "Costs")]
    assert "41,500 cubic metres" in document.pages[1].text
    assert "Item | Cost (EUR)\nNew pump | 182,000\nPipe repairs | 47,300" in document.text
    assert "Tiếng Việt: nước sạch cho mọi người. Größe: 3 m²." in document.text


def test_rich_text_keeps_paragraphs_tables_and_letters():
    document = extract_document(OFFICE / "letter.rtf")
    assert document.format == "rtf"
    text = document.text
    assert "Reference WR-2026-114. Prepared for the steering committee.\n\nBackground" in text
    assert "Item | Cost (EUR)\nNew pump | 182,000\nPipe repairs | 47,300" in text
    assert "Tiếng Việt: nước sạch cho mọi người. Größe: 3 m²." in text
    assert "\\" not in text and "{" not in text  # no RTF control words left


def test_workbook_gives_each_sheet_as_a_table_with_formulas_as_values():
    document = extract_document(OFFICE / "budget.xlsx")
    assert document.format == "xlsx"
    assert _sections(document) == [(1, "Budget 2026"), (2, "Staff")]
    assert document.pages[0].text == (
        "Budget 2026\n\n"
        "| Line | Quantity | Unit price | Total |\n"
        "| --- | --- | --- | --- |\n"
        "| Pumps | 3 | 60500 | 181500 |\n"  # =B2*C2, as LibreOffice computed and saved it
        "| Valves | 40 | 125 | 5000 |\n"
        "| Grand total |  |  | 186500 |"  # =SUM(D2:D3)
    )
    assert "| Lê Thị Hoa | Inspector |" in document.pages[1].text
    assert "=" not in document.text


def test_presentation_gives_each_slide_as_a_page_with_its_notes():
    document = extract_document(OFFICE / "briefing.pptx")
    assert document.format == "pptx"
    assert _sections(document) == [(1, "Flood readiness"), (2, "Shelters")]
    first, second = (page.text for page in document.pages)
    assert "Sandbags stocked: 12,000" in first
    assert first.endswith("Notes: Say that the northern district is first.")
    assert "| North school | 220 |\n| Sports hall | 480 |" in second
    assert second.endswith("Notes: Beds counted on 2 May.")


def test_outlook_message_gives_headers_body_and_each_readable_attachment():
    document = extract_document(OFFICE / "sample.msg")
    assert document.format == "msg"
    headings = [heading for _, heading in _sections(document)]
    assert headings == [
        "Headers",
        "Message",
        "Attachments",
        "Attachment inspection.pdf: page 1",
        "Attachment budget.xlsx: Budget 2026",
        "Attachment budget.xlsx: Staff",
    ]
    headers, body, attachments = (page.text for page in document.pages[:3])
    assert headers == (
        "From: Amara Osei <amara.osei@example.org>\n"
        "To: Inspection team <team@example.org>\n"
        "Date: 03 April 2026, 09:15 UTC\n"
        "Subject: Quarterly inspection report"
    )
    assert body.startswith("Dear team,\n\nPlease find the inspection report attached.")
    assert "- inspection.pdf (36 KB, read below)" in attachments
    assert "- photo.png (77 B, not read: a kind of file this app cannot read)" in attachments
    assert "41,500 cubic metres" in document.pages[3].text  # the attached PDF's text
    assert "| Pumps | 3 | 60500 | 181500 |" in document.pages[4].text


def test_attachments_leave_no_file_behind(tmp_path, monkeypatch):
    # The reader writes each attachment to a private temporary folder for its reader.
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    extract_document(OFFICE / "sample.msg")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("name", "renamed", "file_format"),
    [
        ("letter.odt", "letter.docx", "odt"),
        ("budget.xlsx", "budget.pdf", "xlsx"),
        ("briefing.pptx", "briefing.xlsx", "pptx"),
        ("sample.msg", "sample.eml", "msg"),
        ("letter.rtf", "letter.doc", "rtf"),
    ],
)
def test_a_file_is_read_as_what_it_is_whatever_its_name(tmp_path, name, renamed, file_format):
    path = shutil.copyfile(OFFICE / name, tmp_path / renamed)
    assert extract_text(path).format == file_format


def test_a_cut_off_outlook_message_is_a_damaged_file(tmp_path):
    path = tmp_path / "cut.msg"
    path.write_bytes((OFFICE / "sample.msg").read_bytes()[:3000])
    with pytest.raises(DamagedDocument, match='"cut.msg" could not be read'):
        extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)


# Zip bombs and XML entities -----------------------------------------------------------------


def _rewritten(source: Path, target: Path, part: str, change) -> Path:
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as crafted:
        for entry in original.infolist():
            data = original.read(entry)
            if entry.filename == part:
                data = change(data)
            crafted.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)
    return target


@pytest.mark.parametrize("name", sorted(TEXT_PARTS))
def test_zip_bomb_is_refused_before_unpacking(tmp_path, name):
    bomb = bytes(50 * 1024 * 1024)  # 50 MB of zeros, packed to about 50 KB
    path = _rewritten(OFFICE / name, tmp_path / name, TEXT_PARTS[name], lambda _: bomb)
    started = time.monotonic()
    with pytest.raises(DamagedDocument, match="more than 200 times its size"):
        extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)
    assert time.monotonic() - started < HOSTILE_TIMEOUT_S


def _with_doctype(doctype: str, text: str, marker: str):
    def change(data: bytes) -> bytes:
        xml = data.decode("utf-8")
        end = xml.index("?>") + 2
        return (xml[:end] + doctype + xml[end:]).replace(marker, text, 1).encode("utf-8")

    return change


@pytest.mark.parametrize("name", sorted(TEXT_PARTS))
def test_billion_laughs_is_refused_or_never_expanded(tmp_path, name):
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    change = _with_doctype(f"<!DOCTYPE x [{entities}]>", "&lol9;", MARKERS[name])
    path = _rewritten(OFFICE / name, tmp_path / name, TEXT_PARTS[name], change)
    started = time.monotonic()
    try:
        document = extract_document(path, timeout_s=HOSTILE_TIMEOUT_S)
    except DamagedDocument:
        pass  # refused (defusedxml refuses every entity declaration)
    else:
        assert "lollol" not in document.text
    assert time.monotonic() - started < HOSTILE_TIMEOUT_S


_WATCHED: list[str] = []
sys.addaudithook(lambda event, args: _WATCHED.append(str(args[0])) if event == "open" else None)


@pytest.mark.parametrize("name", sorted(TEXT_PARTS))
def test_entities_are_never_expanded_nor_loaded(tmp_path, name):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"SALARY-TABLE-SECRET")
    doctype = (
        '<!DOCTYPE x [<!ENTITY small "lollollol">'
        f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    )
    change = _with_doctype(doctype, "&small; &xxe;", MARKERS[name])
    path = _rewritten(OFFICE / name, tmp_path / name, TEXT_PARTS[name], change)
    _WATCHED.clear()
    try:
        document = extract_text(path)
    except DamagedDocument:
        pass
    else:
        assert "SALARY" not in document.text and "lollollol" not in document.text
    assert not [opened for opened in _WATCHED if "secret" in opened]


def test_workbooks_are_parsed_through_defusedxml():
    # Without it openpyxl falls back, silently, to a parser that expands entities.
    import openpyxl

    assert openpyxl.DEFUSEDXML is True
