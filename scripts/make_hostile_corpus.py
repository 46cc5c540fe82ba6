"""Write tests/data/hostile/: files that are not what their name says, and files made to
harm a reader, each made with the real tool that makes such files in the wild.

    python scripts/make_hostile_corpus.py [OUT_DIR]

Needs (only here, never at test time: the files are committed):
  - LibreOffice headless (Debian: apt-get install --no-install-recommends
    libreoffice-writer-nogui) for Word, OpenDocument, RTF and PDF;
  - qpdf (Debian: apt-get install qpdf) for every PDF encryption;
  - gcc for a small Linux program;
  - the Python packages msoffcrypto-tool (MIT: encrypts a .docx as Word does),
    aspose-email-foss (MIT: writes an Outlook .msg), Pillow (HPND: writes the pictures)
    and pypdfium2, on PYTHONPATH; none but pypdfium2 is a dependency of the app (e.g.
    pip install --target /tmp/gen msoffcrypto-tool aspose-email-foss pillow pypdfium2,
    then PYTHONPATH=/tmp/gen).

hostile_makings.py, beside it, holds the texts and the steps that run the tools.

Deterministic in content: every text, seed and option is fixed here. LibreOffice, qpdf,
msoffcrypto and aspose-email stamp creation times, document ids and encryption salts into
their files, so a re-run changes those bytes and nothing else.

It also writes manifest.json (what tests/core/test_hostile_files.py expects of each file)
and README.md (how each file was made, and its licence: all are made here from texts
written for this project).
"""

from __future__ import annotations

import bz2
import email.policy
import gzip
import io
import json
import lzma
import random
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

# This script's folder is on the path when it runs as a script.
from hostile_makings import (
    CHINESE_TEXT,
    PICTURE_WORDS,
    PICTURES,
    REPORT_HTML,
    REPORT_TEXT,
    REPORT_WORDS,
    broken_xref,
    looping_xref,
    mail,
    malformed_mail,
    nested_mail,
    office_files,
    qpdf_encrypt,
)

REPO = Path(__file__).resolve().parents[1]

# name -> how it was made; expect: "text" (with the reader's format and words), "error"
# (with the error's class and words its message must hold) or "either" (a hostile file
# that may be read or refused, but never hang or crash).
MANIFEST: dict[str, dict] = {}


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "tests" / "data" / "hostile"
    for tool in ("soffice", "qpdf", "gcc"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is needed: see this script's docstring")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        office = office_files(work)
        _pdfs(out, office["pdf"])
        _office_kinds(out, office)
        _other_binaries(out, office, work)
        _texts(out)
        _mails(out, office["msg"])
        _web_pages(out)
    (out / "manifest.json").write_text(json.dumps(MANIFEST, indent=1, ensure_ascii=False) + "\n")
    _write_readme(out)
    size = sum(path.stat().st_size for path in out.iterdir())
    print(f"{len(MANIFEST)} files, {size / 1e6:.2f} MB in {out}")


def _add(out: Path, name: str, data: bytes, made: str, expect: str, **details) -> None:
    (out / name).write_bytes(data)
    MANIFEST[name] = {"made": made, "expect": expect, **details}


# PDFs -------------------------------------------------------------------------------------


def _pdfs(out: Path, pdf: bytes) -> None:
    made = "LibreOffice Writer: the report exported as PDF"
    _add(out, "report.pdf", pdf, made, "text", format="pdf", words=REPORT_WORDS)
    _add(out, "pdf-named.txt", pdf, f"{made}, named .txt", "text", format="pdf",
         words=REPORT_WORDS)  # fmt: skip
    _add(out, "pdf-broken-xref.pdf", broken_xref(pdf),
         f"{made}; every offset in its cross-reference table shifted by 7 bytes",
         "text", format="pdf", words=REPORT_WORDS)  # fmt: skip
    _add(out, "pdf-looping-xref.pdf", looping_xref(pdf),
         f"{made}; an incremental update whose trailer's /Prev points at its own "
         "cross-reference table", "text", format="pdf", words=REPORT_WORDS)  # fmt: skip
    _add(out, "pdf-truncated.pdf", pdf[: len(pdf) // 2], f"{made}; cut after half its bytes",
         "either")  # fmt: skip
    variants = {
        "rc4-40": ["40"],
        "rc4-128": ["128", "--use-aes=n"],
        "aes-128": ["128", "--use-aes=y"],
        "aes-256-r5": ["256", "--force-R5"],
        "aes-256-r6": ["256"],
    }
    for name, options in variants.items():
        for user in ("secret", ""):
            locked = qpdf_encrypt(pdf, user, options)
            how = f"{made}; qpdf --encrypt {' '.join(options)}, " + (
                "user password 'secret'" if user else "owner password only"
            )
            if user:
                _add(out, f"pdf-{name}-user-password.pdf", locked, how, "error",
                     error="PasswordNeeded", says=["password-protected"])  # fmt: skip
            else:
                _add(out, f"pdf-{name}-owner-only.pdf", locked, how, "text", format="pdf",
                     words=REPORT_WORDS)  # fmt: skip


# Office kinds, and names that lie ------------------------------------


def _office_kinds(out: Path, office: dict[str, bytes]) -> None:
    lo = "LibreOffice Writer: the report saved as"
    _add(out, "report.docx", office["docx"], f"{lo} Word 2007 (.docx)", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "docx-named.pdf", office["docx"], f"{lo} .docx, named .pdf", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "docx-named.doc", office["docx"], f"{lo} .docx, named .doc", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "report.odt", office["odt"], f"{lo} OpenDocument (.odt)", "text",
         format="odt", words=REPORT_WORDS)  # fmt: skip
    _add(out, "odt-named.docx", office["odt"], f"{lo} .odt, named .docx", "text",
         format="odt", words=REPORT_WORDS)  # fmt: skip
    _add(out, "report.rtf", office["rtf"], f"{lo} Rich Text (.rtf)", "text",
         format="rtf", words=REPORT_WORDS)  # fmt: skip
    _add(out, "report.doc", office["doc"], f"{lo} Word 97 (.doc)", "error",
         error="UnsupportedFormat", says=["older Word document", "Save As"])  # fmt: skip
    _add(out, "word97-named.eml", office["doc"], f"{lo} Word 97 (.doc), named .eml", "error",
         error="UnsupportedFormat",
         says=["older Word document", "its name ends in .eml"])  # fmt: skip
    _add(out, "word97-named.docx", office["doc"], f"{lo} Word 97 (.doc), named .docx",
         "error", error="UnsupportedFormat",
         says=["older Word document", "its name ends in .docx"])  # fmt: skip
    _add(out, "encrypted.docx", office["encrypted_docx"],
         "msoffcrypto-tool: the LibreOffice .docx encrypted with the password 'secret' "
         "(ECMA-376 agile encryption, as Word does)",
         "error", error="PasswordProtected",
         says=["Word document is password-protected"])  # fmt: skip
    made = "aspose-email-foss MapiMessage: an Outlook message"
    _add(out, "outlook.msg", office["msg"], made, "text", format="msg",
         words=REPORT_WORDS)  # fmt: skip
    _add(out, "outlook-named.eml", office["msg"], f"{made}, named .eml", "text",
         format="msg", words=REPORT_WORDS)  # fmt: skip


def _other_binaries(out: Path, office: dict[str, bytes], work: Path) -> None:
    picture = "Pillow: the report's PDF, first page rendered by PDFium and saved as"
    for suffix, kind in PICTURES.items():
        made = f"{picture} {kind}, named .txt"
        if suffix in ("png", "jpg"):  # a scan: read by text recognition (#15)
            _add(out, f"{suffix}-named.txt", office[suffix], made, "text", format="image",
                 words="credit risk")  # fmt: skip
        elif suffix == "tif":
            _add(out, f"{suffix}-named.txt", office[suffix],
                 f"{made} (60 × 85 pixels: too small to hold readable print)", "error",
                 error="NoTextLayer", says=["found no text"])  # fmt: skip
        else:
            _add(out, f"{suffix}-named.txt", office[suffix], made, "error",
                 error="UnsupportedFormat",
                 says=[PICTURE_WORDS[suffix], "its name ends in .txt"])  # fmt: skip
    program = work / "hello.c"
    program.write_text('int main(void) { return 0; }\n')
    subprocess.run(["gcc", "-Os", "-s", "-o", str(work / "hello"), str(program)], check=True)
    _add(out, "elf-named.md", (work / "hello").read_bytes(),
         "gcc -Os -s: an empty C program for Linux, named .md", "error",
         error="UnsupportedFormat", says=["program", "its name ends in .md"])  # fmt: skip
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("notes.txt", "budget.txt"):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            archive.writestr(info, REPORT_TEXT, zipfile.ZIP_DEFLATED)
    _add(out, "zip-named.docx", packed.getvalue(),
         "Python zipfile: two text files in a ZIP archive, named .docx", "error",
         error="UnsupportedFormat", says=["ZIP archive", "its name ends in .docx"])  # fmt: skip
    _add(out, "gzip-named.html", gzip.compress(REPORT_HTML.encode(), mtime=0),
         "Python gzip: the report's web page compressed, named .html", "error",
         error="UnsupportedFormat", says=["compressed file", "its name ends in .html"])  # fmt: skip
    tar = io.BytesIO()
    with tarfile.open(fileobj=tar, mode="w", format=tarfile.USTAR_FORMAT) as archive:
        info = tarfile.TarInfo("notes.txt")
        info.size, info.mtime = len(REPORT_TEXT), 0
        archive.addfile(info, io.BytesIO(REPORT_TEXT.encode()))
    _add(out, "tar-named.md", tar.getvalue(), "Python tarfile: a text in a tar archive, named .md",
         "error", error="UnsupportedFormat", says=["archive (.tar)"])  # fmt: skip
    _add(out, "bzip2-named.eml", bz2.compress(REPORT_TEXT.encode()),
         "Python bz2: the report compressed, named .eml", "error",
         error="UnsupportedFormat", says=["compressed file (.bz2)"])  # fmt: skip
    _add(out, "xz-named.txt", lzma.compress(REPORT_TEXT.encode()),
         "Python lzma: the report compressed as .xz, named .txt", "error",
         error="UnsupportedFormat", says=["compressed file (.xz)"])  # fmt: skip
    _add(out, "random-bytes.txt", random.Random(12).randbytes(64 * 1024),
         "Python random (seed 12): 64 KB of random bytes, named .txt", "error",
         error="UnsupportedFormat", says=["binary data", "its name ends in .txt"])  # fmt: skip


# Texts ------------------------------------------------------------------------------------


def _texts(out: Path) -> None:
    _add(out, "utf16-no-mark.txt", REPORT_TEXT.encode("utf-16-le"),
         "the report in UTF-16 little-endian without a byte-order mark", "text",
         format="txt", words=REPORT_WORDS)  # fmt: skip
    _add(out, "utf16be-chinese-no-mark.txt", CHINESE_TEXT.encode("utf-16-be"),
         "a Chinese text in UTF-16 big-endian without a byte-order mark", "text",
         format="txt", words="信用风险")  # fmt: skip
    _add(out, "repeated-a.txt", b"A" * 20_000, "the letter A 20,000 times", "error",
         error="DamagedDocument", says=["same few characters"])  # fmt: skip
    _add(out, "repeated-phrase.md", b"Lorem ipsum dolor sit amet. " * 2_000,
         "one sentence 2,000 times", "error", error="DamagedDocument",
         says=["same few characters"])  # fmt: skip
    _add(out, "zero-one-pattern.txt", b"\x00\x01" * 10_000,
         "the bytes 00 01 10,000 times", "error", error="DamagedDocument",
         says=["same few characters"])  # fmt: skip
    unprintable = "".join(f"word{chr(0x80 + i % 32)}{chr(0xE000 + i)}" for i in range(3000))
    _add(out, "unprintable-utf8.txt", unprintable.encode("utf-8"),
         "valid UTF-8 that is mostly control and private-use characters", "error",
         error="DamagedDocument", says=["control characters"])  # fmt: skip
    _add(out, "empty.txt", b"", "an empty file", "error", error="EmptyDocument",
         says=["empty"])  # fmt: skip


# E-mails through Python's email package --------------------------------------------------------


def _mails(out: Path, outlook_message: bytes) -> None:
    plain = mail("Quarterly risk report")
    plain.set_content(REPORT_TEXT)
    data = plain.as_bytes(policy=email.policy.SMTP)
    _add(out, "mail-named.txt", data, "Python email: a plain e-mail, named .txt", "text",
         format="eml", words=REPORT_WORDS)  # fmt: skip
    _add(out, "mail-nested.eml", nested_mail(30), "Python email: the report 30 multiparts deep",
         "text", format="eml", words=REPORT_WORDS)  # fmt: skip
    _add(out, "mail-nested-very-deep.eml", nested_mail(3000),
         "the report 3,000 multiparts deep", "error", error="DamagedDocument",
         says=["nested"])  # fmt: skip
    attached = mail("Forwarded: risk report")
    attached.set_content("The Outlook message is attached.\n")
    attached.add_attachment(outlook_message, maintype="application",
                            subtype="vnd.ms-outlook", filename="report.msg")  # fmt: skip
    _add(out, "mail-with-outlook-attachment.eml", attached.as_bytes(policy=email.policy.SMTP),
         "Python email: a mail with the Outlook .msg attached", "text", format="eml",
         words="report.msg (Outlook message")  # fmt: skip
    _add(out, "mail-malformed-headers.eml", malformed_mail(),
         "Python email's parser fed broken headers: no colon, bad encoded words, raw 8-bit "
         "bytes, a NUL, a bad date, a multipart without a boundary", "text", format="eml",
         words=REPORT_WORDS)  # fmt: skip
    huge = mail("Huge headers")
    for index in range(4000):
        huge[f"X-Filler-{index}"] = "x" * 60
    huge.set_content(REPORT_TEXT)
    _add(out, "mail-huge-headers.eml", huge.as_bytes(policy=email.policy.SMTP),
         "Python email: 4,000 extra header lines before the message", "text",
         format="eml", words=REPORT_WORDS)  # fmt: skip


# Web pages ------------------------------------------------------------------------------------


def _web_pages(out: Path) -> None:
    _add(out, "html-named.txt", REPORT_HTML.encode(), "the report's web page, named .txt",
         "text", format="html", words=REPORT_WORDS)  # fmt: skip
    deep = "<div>" * 30_000 + "Deep credit risk text." + "</div>" * 30_000
    _add(out, "html-deep-nesting.html", f"<html><body>{deep}</body></html>".encode(),
         "30,000 nested <div> elements around one sentence", "text", format="html",
         words=REPORT_WORDS)  # fmt: skip
    entities = "".join(
        f'<!ENTITY e{n} "{f"&e{n - 1};" * 10 if n else "lol"}">' for n in range(10)
    )
    bomb = f'<!DOCTYPE html [{entities}]><html><body><p>&e9; credit risk</p></body></html>'
    _add(out, "html-entity-bomb.html", bomb.encode(),
         "a 'billion laughs' entity declaration in the doctype, used in the body", "text",
         format="html", words=REPORT_WORDS)  # fmt: skip
    xml = '<?xml version="1.0"?>\n<ledger><entry amount="12">credit risk</entry></ledger>\n'
    _add(out, "xml-named.txt", xml.encode(), "an XML data file, named .txt", "error",
         error="UnsupportedFormat", says=["XML data", "its name ends in .txt"])  # fmt: skip


def _write_readme(out: Path) -> None:
    lines = [
        "# Hostile and misnamed files",
        "",
        "Made by `scripts/make_hostile_corpus.py` (run it to make them again; its docstring",
        "lists the tools). `tests/core/test_hostile_files.py` reads every file through the",
        "sandboxed reader and checks it against `manifest.json`.",
        "",
        "Licence: every file is made here from texts written for this project, so they are",
        "under the project's own licence (Apache-2.0). None is derived from the py-pdf corpus.",
        "",
        "| file | how it was made | expected |",
        "| --- | --- | --- |",
    ]
    for name, entry in MANIFEST.items():
        expected = entry["expect"]
        if expected == "text":
            expected = f"read as {entry['format']}"
        elif expected == "error":
            expected = entry["error"]
        else:
            expected = "text or a clear error, quickly"
        lines.append(f"| `{name}` | {entry['made']} | {expected} |")
    (out / "README.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
