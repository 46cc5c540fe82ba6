"""Text extraction from real files: the py-pdf sample corpus and files written here."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from app.core.documents import (
    SUPPORTED_SUFFIXES,
    DamagedDocument,
    DocumentError,
    DocumentTooLarge,
    EmptyDocument,
    ExtractionTimedOut,
    NoTextLayer,
    PasswordProtected,
    UnreadableFile,
    UnsupportedFormat,
    extract_document,
    extract_text,
)
from tests.conftest import CORPUS, REPO

FOUR_PAGES = "004-pdflatex-4-pages/pdflatex-4-pages.pdf"
PASSWORD = "005-libreoffice-writer-password/libreoffice-writer-password.pdf"
SCANNED = "007-imagemagick-images/imagemagick-images.pdf"

THAI = "สรุปเอกสารฉบับนี้ให้สั้นและชัดเจน"
VIETNAMESE = "Tóm tắt tài liệu này: Ngân hàng Nhà nước Việt Nam, năm 2024."
CHINESE = "请总结这份文件。"

# Generous for a 2-core machine, yet far below the app's default of 120 s.
CORPUS_TIMEOUT_S = 30


@pytest.fixture(scope="module")
def corpus() -> Path:
    assert (CORPUS / "files.json").is_file(), f"sample PDF corpus missing at {CORPUS}"
    return CORPUS


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# Children for the sandbox tests. They must be module-level functions: the "spawn"
# child imports them by name.


def _hang_forever(path: str):
    Path(path).with_suffix(".pid").write_text(str(os.getpid()))
    time.sleep(600)


def _die_abruptly(path: str):
    os.kill(os.getpid(), signal.SIGKILL)


def _allocate_four_gigabytes(path: str):
    return bytearray(4 * 1024**3)


# PDF ----------------------------------------------------------------------------------


def test_four_page_pdf_gives_four_pages_of_words(corpus):
    path = corpus / FOUR_PAGES
    document = extract_document(path)

    assert document.format == "pdf"
    assert document.page_count == 4
    assert [page.number for page in document.pages] == [1, 2, 3, 4]
    for page in document.pages:
        assert len(re.findall(r"[A-Za-z]{3,}", page.text)) > 50, page
        assert page.heading is None
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert document.size == path.stat().st_size
    assert document.path == str(path)
    assert "Hello, here is some text" in document.text


def test_in_process_extraction_matches_the_sandboxed_one(corpus):
    assert extract_text(corpus / FOUR_PAGES) == extract_document(corpus / FOUR_PAGES)


def test_password_protected_pdf_says_so(corpus):
    with pytest.raises(PasswordProtected) as caught:
        extract_document(corpus / PASSWORD)

    message = str(caught.value)
    assert "password-protected" in message
    assert "libreoffice-writer-password.pdf" in message


def test_pdf_of_pictures_without_text_says_recognition_found_none(corpus):
    # Six pages of a few pixels each: recognised (tests/core/test_ocr.py reads real scans)
    # and found to hold no print.
    with pytest.raises(NoTextLayer, match="found no text"):
        extract_text(corpus / SCANNED)


def test_damaged_pdf_is_reported_as_damaged(tmp_path, corpus):
    truncated = (corpus / FOUR_PAGES).read_bytes()[:20_000]
    with pytest.raises(DamagedDocument, match="damaged"):
        extract_document(_write(tmp_path / "cut-off.pdf", truncated))


def test_every_corpus_pdf_gives_its_pages_or_a_clear_error(corpus):
    entries = json.loads((corpus / "files.json").read_text())["data"]
    outcomes, problems = [], []
    for entry in entries:
        outcome, problem = _try_corpus_pdf(corpus, entry)
        outcomes.append(f"{entry['path']}: {outcome}")
        if problem:
            problems.append(f"{entry['path']}: {problem}")
    report = "\n".join(outcomes)
    print(report)

    assert not problems, "\n".join(problems) + "\n\nAll outcomes:\n" + report
    # Guards against every file "passing" by failing cleanly.
    assert sum(": pages" in line for line in outcomes) >= len(entries) // 2, report


def _try_corpus_pdf(corpus: Path, entry: dict) -> tuple[str, str | None]:
    """(what happened, what is wrong with that or None) for one files.json entry."""
    path = corpus / entry["path"]
    started = time.monotonic()
    try:
        document = extract_document(path, timeout_s=CORPUS_TIMEOUT_S)
    except DocumentError as error:
        seconds = time.monotonic() - started
        outcome = f"{type(error).__name__} in {seconds:.2f} s: {error}"
        return outcome, _judge_error(error, entry, path.exists(), seconds)
    seconds = time.monotonic() - started
    outcome = f"pages {document.page_count} in {seconds:.2f} s"
    if entry.get("encrypted"):
        return outcome, "is encrypted, yet gave text instead of PasswordProtected"
    if document.page_count != entry["pages"]:
        return outcome, f"files.json says {entry['pages']} pages"
    return outcome, None


def _judge_error(error: DocumentError, entry: dict, exists: bool, seconds: float) -> str | None:
    if type(error) is DocumentError or isinstance(error, ExtractionTimedOut):
        return "no clear error class"
    if seconds >= CORPUS_TIMEOUT_S:
        return "took past the time limit"
    if entry.get("encrypted") != isinstance(error, PasswordProtected):
        return f"encrypted={entry.get('encrypted')} but raised {type(error).__name__}"
    if not exists and not isinstance(error, UnreadableFile):
        return "is missing from the corpus, yet did not raise UnreadableFile"
    return None


# TXT and Markdown -----------------------------------------------------------------------


def test_utf8_text_with_windows_line_ends_and_byte_order_mark(tmp_path):
    text = f"First line\r\n{THAI}\r\n{CHINESE}\r\n"
    path = _write(tmp_path / "notes.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))
    document = extract_text(path)

    assert document.format == "txt"
    assert document.page_count == 1
    assert document.pages[0].text == f"First line\n{THAI}\n{CHINESE}"


def test_utf16_text_keeps_thai_and_vietnamese_intact(tmp_path):
    path = tmp_path / "báo-cáo.txt"
    path.write_text(f"{THAI}\n{VIETNAMESE}\n", encoding="utf-16")  # writes a BOM
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")

    document = extract_document(path)

    assert document.text == f"{THAI}\n{VIETNAMESE}"
    assert document.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()


def test_cp1252_text_falls_back_cleanly(tmp_path):
    text = "Café – “quoted” price: €5"
    path = _write(tmp_path / "legacy.txt", text.encode("cp1252"))
    assert extract_text(path).text == text


def test_bytes_no_code_page_defines_never_crash(tmp_path):
    path = _write(tmp_path / "odd.txt", b"Total \x81\x8d\x90 due\n")
    assert extract_text(path).text.startswith("Total ")


def test_form_feeds_split_text_into_numbered_sections(tmp_path):
    path = _write(tmp_path / "report.txt", b"page one\n\fpage two\n\f\fpage four\n\f")
    document = extract_text(path)

    assert [(page.number, page.text) for page in document.pages] == [
        (1, "page one"),
        (2, "page two"),
        (3, ""),
        (4, "page four"),
    ]
    assert document.text == "page one\n\npage two\n\npage four"


def test_markdown_sections_carry_their_headings(tmp_path):
    markdown = (
        "Preamble before any heading.\n\n"
        "# Introduction\nWhy this matters.\n\n"
        "## Findings ##\nRevenue rose.\n"
        "```bash\n# not a heading: a shell comment\n```\n"
        "#hashtag is not a heading either\n"
        "### Ngân hàng\nVietnamese heading.\n"
    )
    path = _write(tmp_path / "summary.md", markdown.encode("utf-8"))
    document = extract_document(path)

    assert document.format == "md"
    assert [(page.number, page.heading) for page in document.pages] == [
        (1, None),
        (2, "Introduction"),
        (3, "Findings"),
        (4, "Ngân hàng"),
    ]
    assert document.pages[0].text == "Preamble before any heading."
    assert "# not a heading: a shell comment" in document.pages[2].text
    assert "#hashtag" in document.pages[2].text


def test_markdown_without_preamble_starts_at_the_first_heading(tmp_path):
    path = _write(tmp_path / "notes.markdown", b"\n\n# Only section\nBody.\n")
    document = extract_text(path)

    assert document.format == "md"
    assert document.pages == (document.pages[0],)
    assert document.pages[0].number == 1
    assert document.pages[0].heading == "Only section"


# Errors found before reading ----------------------------------------------------------


@pytest.mark.parametrize("suffix", SUPPORTED_SUFFIXES)
def test_zero_byte_file_is_empty_in_every_format(tmp_path, suffix):
    path = _write(tmp_path / f"blank{suffix}", b"")
    with pytest.raises(EmptyDocument, match=f"blank{re.escape(suffix)}"):
        extract_text(path)


def test_whitespace_only_text_is_empty(tmp_path):
    with pytest.raises(EmptyDocument):
        extract_document(_write(tmp_path / "spaces.txt", b"  \r\n\t\f \n"))


def test_missing_file_is_unreadable(tmp_path):
    with pytest.raises(UnreadableFile, match="not found"):
        extract_document(tmp_path / "gone.pdf")


def test_folder_is_unreadable(tmp_path):
    folder = tmp_path / "looks-like.pdf"
    folder.mkdir()
    with pytest.raises(UnreadableFile, match="folder"):
        extract_document(folder)


# Root reads a file whatever its mode (a CI container runs as root). The reader child's own
# user namespace (confine.py) takes that power away where one can be made, but not
# everywhere: as root the reading runs without the two capabilities that pass file modes
# (util-linux's setpriv, from scripts/system_deps.sh), held to the modes like any user.
AS_ROOT_WITHOUT_OVERRIDE = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
READ_IT = """
import sys
from app.core.documents import UnreadableFile, extract_document
try:
    extract_document(sys.argv[1])
except UnreadableFile as exc:
    print("UnreadableFile:", exc)
else:
    print("read it")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows ignores file modes")
def test_file_without_read_permission_is_unreadable(tmp_path):
    path = _write(tmp_path / "secret.txt", b"salaries")
    path.chmod(0)
    if os.geteuid() != 0:
        with pytest.raises(UnreadableFile, match="not allowed"):
            extract_document(path)
        return
    done = subprocess.run([*AS_ROOT_WITHOUT_OVERRIDE, sys.executable, "-c", READ_IT, str(path)],
                          env={**os.environ, "PYTHONPATH": str(REPO)}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("UnreadableFile:") and "not allowed" in done.stdout


def test_unknown_suffix_is_unsupported(tmp_path):
    path = _write(tmp_path / "data.xyz", b"some bytes")
    with pytest.raises(UnsupportedFormat, match=r"data\.xyz"):
        extract_document(path)


def test_errors_survive_pickling_with_class_and_message():
    error = pickle.loads(pickle.dumps(PasswordProtected("a.pdf")))
    assert type(error) is PasswordProtected
    assert str(error) == str(PasswordProtected("a.pdf"))


# The sandbox ----------------------------------------------------------------------------


def test_hanging_child_is_stopped_at_the_time_limit(tmp_path):
    path = _write(tmp_path / "hangs.txt", b"text")
    started = time.monotonic()
    with pytest.raises(ExtractionTimedOut, match="3 seconds"):
        extract_document(path, timeout_s=3, _extractor=_hang_forever)

    assert time.monotonic() - started < 10
    pid_file = path.with_suffix(".pid")
    assert pid_file.exists(), "the child never started: raise timeout_s on a slow machine"
    assert not psutil.pid_exists(int(pid_file.read_text()))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_child_that_dies_is_reported_as_damaged(tmp_path):
    path = _write(tmp_path / "crashes.txt", b"text")
    with pytest.raises(DamagedDocument, match="stopped unexpectedly"):
        extract_document(path, _extractor=_die_abruptly)


@pytest.mark.skipif(sys.platform != "linux", reason="the memory limit is enforced on Linux")
def test_child_is_held_to_the_memory_limit(tmp_path):
    path = _write(tmp_path / "greedy.txt", b"text")
    with pytest.raises(DocumentTooLarge, match="more than 1,024 MB of memory"):
        extract_document(path, memory_limit_mb=1024, _extractor=_allocate_four_gigabytes)


def test_text_over_the_limit_is_too_large(tmp_path):
    words = " ".join(f"w{number}" for number in range(1000))  # not one word repeated: garbage
    path = _write(tmp_path / "long.txt", words.encode())
    with pytest.raises(DocumentTooLarge, match="longer than 100 characters"):
        extract_document(path, max_chars=100)

    assert extract_document(path, max_chars=5000).page_count == 1
