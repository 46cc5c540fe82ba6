"""Documents too big for their kind are refused by their size, quickly and in little memory.

The huge files are sparse: they take no disk, yet every reader that read them would hold
gigabytes. The limits are lowered for files written here with real content, so that each
kind of reader is seen to keep them.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from email.message import EmailMessage
from pathlib import Path

import docx
import pytest

from app.core.documents import DocumentTooLarge, extract_document, extract_text
from app.core.documents.sizes import MAX_BYTES_BY_FORMAT, open_document
from tests.conftest import CORPUS, REPO

GB = 1000**3  # decimal, as the app says sizes
# Far below what reading any of the huge files would take, far above a refusal's needs
# (Python with the PDF, Word and XML libraries loaded is about 100 MB).
PEAK_MEMORY_MB = 300
# Refusing by size is one stat() call; this is slack for a busy machine, not the work.
REFUSAL_S = 2

# A fresh interpreter measures its own peak memory and its children's: in the test
# process other tests' children (the engine) would count. The address-space limit keeps
# a reader that does load a huge file from taking the machine's memory with it.
_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, resource.RLIM_INFINITY))
    from app.core.documents import DocumentError, extract_document, extract_text

    outcomes = {}
    for path in sys.argv[1:]:
        for where, read in (("in the child", extract_text), ("sandboxed", extract_document)):
            started = time.monotonic()
            try:
                read(path)
                outcome = "read"
            except DocumentError as error:
                outcome = f"{type(error).__name__}: {error}"
            except MemoryError:
                outcome = "MemoryError"
            outcomes[f"{path} {where}"] = (outcome, time.monotonic() - started)
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(json.dumps({"outcomes": outcomes, "peak_mb": peak_kb / 1024}))
    """
)

_EML_HEADER = (
    b"From: Treasury <treasury@bank.example>\r\nTo: Board <board@bank.example>\r\n"
    b"Subject: Quarterly figures\r\nMIME-Version: 1.0\r\n"
    b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n'
    b"Content-Type: text/plain\r\n\r\nThe figures are attached.\r\n--b\r\n"
    b"Content-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n"
    b'Content-Disposition: attachment; filename="figures.pdf"\r\n\r\n'
)


def _sparse(path: Path, header: bytes, size: int, trailer: bytes = b"") -> Path:
    with path.open("wb") as stream:
        stream.write(header)
        stream.truncate(size - len(trailer))
        stream.seek(0, 2)
        stream.write(trailer)
    assert path.stat().st_size == size
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="the measure uses the resource module")
def test_huge_files_are_refused_by_size_quickly_in_little_memory(tmp_path):
    files = [
        _sparse(tmp_path / "log.txt", b"Transaction log\n", 4 * GB),
        _sparse(tmp_path / "page.html", b"<html><body><p>", 1 * GB, b"</p></body></html>"),
        # The base64 of a 1.5 GB attachment; only its first line is real.
        _sparse(tmp_path / "mail.eml", _EML_HEADER + b"JVBERi0xLjcK\r\n", 3 * GB // 2),
    ]
    measured = subprocess.run(
        [sys.executable, "-c", _MEASURE, *map(str, files)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report = json.loads(measured.stdout)

    sizes = {"log.txt": "4.0 GB", "page.html": "1.0 GB", "mail.eml": "1.5 GB"}
    for case, (outcome, seconds) in report["outcomes"].items():
        size = sizes[Path(case.split(" ")[0]).name]
        assert outcome.startswith("DocumentTooLarge") and f"it is {size}" in outcome, case
        assert seconds < REFUSAL_S, (case, seconds)
    assert report["peak_mb"] < PEAK_MEMORY_MB, report


def _text(path: Path) -> Path:
    path.write_text("".join(f"Quarter {i}.\n\nProfit rose by {i % 17} percent in branch {i}.\n"
                            for i in range(400)))
    return path


def _markdown(path: Path) -> Path:
    path.write_text("".join(f"# Report {i}\n\nProfit rose {i % 13} %.\n\n## Risks\n\n"
                            f"Credit risk of branch {i} fell.\n" for i in range(300)))
    return path


def _web_page(path: Path) -> Path:
    path.write_text("<html><body><h1>Report</h1>" + "".join(
        f"<p>Profit of branch {i} rose by {i % 11} percent.</p>" for i in range(1000)))
    return path


def _mail(path: Path) -> Path:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@bank.example", "b@bank", "Figures"
    message.set_content("The figures are attached.")
    # Real base64 of real bytes: what the e-mail parser would decode.
    message.add_attachment(bytes(range(256)) * 2000, "application", "pdf", filename="f.pdf")
    path.write_bytes(message.as_bytes())
    return path


def _word(path: Path) -> Path:
    document = docx.Document()
    for i in range(200):  # distinct sentences: repeated ones are refused as garbage text
        document.add_paragraph(f"Profit of branch {i} rose by {i % 9} percent this quarter.")
    document.save(path)
    return path


def _pdf(path: Path) -> Path:
    path.write_bytes((CORPUS / "004-pdflatex-4-pages/pdflatex-4-pages.pdf").read_bytes())
    return path


@pytest.mark.parametrize(
    ("name", "file_format", "write"),
    [
        ("notes.txt", "txt", _text),
        ("notes.md", "md", _markdown),
        ("page.html", "html", _web_page),
        ("mail.eml", "eml", _mail),
        ("report.docx", "docx", _word),
        ("report.pdf", "pdf", _pdf),
    ],
)
def test_every_reader_keeps_its_kinds_limit(tmp_path, monkeypatch, name, file_format, write):
    path = write(tmp_path / name)
    size = path.stat().st_size

    monkeypatch.setitem(MAX_BYTES_BY_FORMAT, file_format, size - 1)
    # In this process: what the child runs, without the parent's check in front of it.
    with pytest.raises(DocumentTooLarge, match="can be up to"):
        extract_text(path)
    # The parent refuses it before starting a child.
    with pytest.raises(DocumentTooLarge, match="can be up to"):
        extract_document(path)

    monkeypatch.setitem(MAX_BYTES_BY_FORMAT, file_format, size)
    assert extract_text(path).pages


def test_a_file_growing_while_it_is_read_is_stopped_at_the_limit(tmp_path, monkeypatch):
    monkeypatch.setitem(MAX_BYTES_BY_FORMAT, "eml", 256_000)
    path = _mail(tmp_path / "growing.eml")  # about 700 KB: over the limit once it grows
    data = path.read_bytes()
    path.write_bytes(data[: 128 * 1024])

    with open_document(path, "eml") as stream:
        first = stream.read(64 * 1024)
        with path.open("ab") as writer:  # another program still writing the file
            writer.write(data[128 * 1024 :])
        with pytest.raises(DocumentTooLarge, match="can be up to 256 KB"):
            while stream.read(64 * 1024):
                pass
    assert first == data[: 64 * 1024]


def test_a_reader_that_seeks_to_the_end_of_a_grown_file_is_stopped(tmp_path, monkeypatch):
    monkeypatch.setitem(MAX_BYTES_BY_FORMAT, "pdf", 1024)
    path = tmp_path / "growing.pdf"
    path.write_bytes(b"%PDF-1.7\n")

    with open_document(path, "pdf") as stream:
        with path.open("ab") as writer:
            writer.write(bytes(4096))
        # PDFium and zipfile learn a file's length by seeking to its end.
        with pytest.raises(DocumentTooLarge, match=r"it is \d KB"):
            stream.seek(0, 2)
