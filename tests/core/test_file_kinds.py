"""Files recognised by their content, and text judged worth summarising or not.

The hostile corpus (test_hostile_files.py) holds real files made by real tools; this file
holds the cases no tool here writes (Windows and macOS programs, 7-Zip, RAR, HEIC, a
hand-written PostScript page) and real writing that must never be taken for garbage.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.documents import DamagedDocument, UnsupportedFormat, extract_text

THAI = (
    "รายงานประจำปีของธนาคาร สรุปผลการดำเนินงานและความเสี่ยงที่สำคัญ ลูกค้าเพิ่มขึ้นร้อยละสิบ "
    "สรุปเอกสารฉบับนี้ให้สั้นและชัดเจน"
)
VIETNAMESE = "Báo cáo thường niên của Ngân hàng Nhà nước Việt Nam năm 2024. Lợi nhuận tăng."
CHINESE = "本报告总结了银行二零二四年的经营情况。请总结这份文件。利润增长，信用风险下降。"
MALAY = "Laporan tahunan bank: keuntungan meningkat sebanyak lima peratus pada tahun 2024."
SHORT_CHINESE = "请总结。"


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("text", [THAI, VIETNAMESE, CHINESE, MALAY, SHORT_CHINESE, "ok"])
def test_real_writing_in_every_script_is_read(tmp_path, text):
    assert extract_text(_write(tmp_path / "note.txt", text.encode("utf-8"))).text == text


def test_long_text_written_from_one_template_is_not_taken_for_repetition(tmp_path):
    # Contracts, minutes and logs repeat their wording; only the numbers change.
    clauses = "\n".join(
        f"Clause {n}: the lessee pays {n * 113 % 997} ringgit to Syarikat Maju by day {n % 28}."
        for n in range(1, 400)
    )
    assert extract_text(_write(tmp_path / "lease.txt", clauses.encode())).text == clauses


def test_thai_in_utf16_without_a_byte_order_mark_is_read(tmp_path):
    path = _write(tmp_path / "thai.txt", THAI.encode("utf-16-le"))
    assert extract_text(path).text == THAI


def test_memo_with_mail_like_first_lines_stays_a_text(tmp_path):
    memo = "To: the board\nFrom: finance\nSubject: budget\n\nThe budget rose by 4 percent.\n"
    document = extract_text(_write(tmp_path / "memo.txt", memo.encode()))
    assert document.format == "txt"
    assert document.text == memo.strip()


def test_text_that_starts_like_a_signature_stays_a_text(tmp_path):
    # "BM" starts a bitmap and "MZ" a Windows program, but also words.
    for words in ("BMW fleet report for 2024.", "MZ Bank quarterly figures."):
        assert extract_text(_write(tmp_path / "fleet.txt", words.encode())).text == words


def test_text_with_a_kind_of_name_the_app_does_not_read_is_refused(tmp_path):
    with pytest.raises(UnsupportedFormat, match=r"sheet\.csv.*is not a kind of file"):
        extract_text(_write(tmp_path / "sheet.csv", b"year,profit\n2024,5\n"))


def test_a_few_characters_repeated_is_refused_even_when_short(tmp_path):
    with pytest.raises(DamagedDocument, match="same few characters"):
        extract_text(_write(tmp_path / "dashes.md", b"-=-=-=-=-=-=-=-=-=-=-=-=-=-=\n"))


POSTSCRIPT = (
    b"%!PS-Adobe-3.0\n/Helvetica findfont 12 scalefont setfont\n"
    b"72 720 moveto (The bank's credit risk fell.) show\nshowpage\n"
)


def _windows_program() -> bytes:
    header = bytearray(512)
    header[:2] = b"MZ"
    header[0x3C:0x40] = (0x80).to_bytes(4, "little")
    header[0x80:0x84] = b"PE\x00\x00"
    return bytes(header)


# The first bytes of formats no tool on a test machine writes, as their specifications
# give them; the rest of each file does not matter to the check.
@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (_windows_program(), "a program (for Windows"),
        (b"\xcf\xfa\xed\xfe" + bytes(508), "a program (for macOS)"),
        (b"7z\xbc\xaf\x27\x1c" + bytes(506), "a 7-Zip archive"),
        (b"Rar!\x1a\x07\x01\x00" + bytes(504), "a RAR archive"),
        (b"\x00\x00\x00\x18ftypheic" + bytes(500), "a photo (HEIC image)"),
        # A whole PostScript page: a text file, yet no text to read without a printer.
        (POSTSCRIPT, "a PostScript file (.ps)"),
    ],
)
def test_binary_kinds_named_as_text_are_refused_by_what_they_are(tmp_path, data, kind):
    message = re.escape(f"{kind}") + r".*although its name ends in \.txt"
    with pytest.raises(UnsupportedFormat, match=message):
        extract_text(_write(tmp_path / "notes.txt", data))
