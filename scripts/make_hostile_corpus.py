"""Write tests/data/hostile/: files that are not what their name says, and files made to
harm a reader, each made with the real tool that makes such files in the wild.

    python scripts/make_hostile_corpus.py [OUT_DIR]

Needs (only here, never at test time: the files are committed):
  - LibreOffice headless (Debian: apt-get install --no-install-recommends
    libreoffice-writer-nogui) for Word, OpenDocument, RTF, PDF and pictures;
  - qpdf (Debian: apt-get install qpdf) for every PDF encryption;
  - gcc for a small Linux program;
  - the Python packages msoffcrypto-tool (MIT: encrypts a .docx as Word does),
    aspose-email-foss (MIT: writes an Outlook .msg), Pillow (HPND: writes PNG and JPEG)
    and pypdfium2, on PYTHONPATH; none but pypdfium2 is a dependency of the app (e.g.
    pip install --target /tmp/gen msoffcrypto-tool aspose-email-foss pillow pypdfium2,
    then PYTHONPATH=/tmp/gen).

Deterministic in content: every text, seed and option is fixed here. LibreOffice, qpdf
and msoffcrypto stamp creation times, document ids and encryption salts into their
files, so a re-run changes those bytes and nothing else.

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
from email.message import EmailMessage
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

REPORT_HTML = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Quarterly risk report</title></head><body>
<h1>Quarterly risk report</h1>
<p>The bank's credit risk fell in the third quarter of 2024, while operating costs rose by
4.2 percent to 18.6 million euros. The board approved the new lending policy on
12 September 2024.</p>
<h2>Findings</h2>
<p>Loan defaults dropped from 2.1 percent to 1.7 percent. Deposits grew by 310 million
euros, mostly from small businesses in the northern region.</p>
<h2>Summary in other languages</h2>
<p>สรุปเอกสารฉบับนี้ให้สั้นและชัดเจน</p>
<p>Tóm tắt tài liệu này: Ngân hàng Nhà nước Việt Nam, năm 2024.</p>
<p>请总结这份文件。利润增长，信用风险下降。</p>
</body></html>
"""
REPORT_TEXT = (
    "Quarterly risk report\n\n"
    "The bank's credit risk fell in the third quarter of 2024, while operating costs rose "
    "by 4.2 percent to 18.6 million euros.\nLoan defaults dropped from 2.1 percent to "
    "1.7 percent.\n"
)
CHINESE_TEXT = "本报告总结了银行二零二四年的经营情况。请总结这份文件。利润增长，信用风险下降。\n"
# Words that every readable copy of the report gives back.
REPORT_WORDS = "credit risk"

# Picture kinds Pillow writes, by suffix, and the words the app names each one with.
PICTURES = {"png": "PNG", "jpg": "JPEG", "gif": "GIF", "tif": "TIFF", "bmp": "BMP", "webp": "WEBP"}
PICTURE_WORDS = {
    "png": "PNG image",
    "jpg": "JPEG photo",
    "gif": "GIF image",
    "tif": "TIFF image",
    "bmp": "BMP image",
    "webp": "WebP image",
}

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
        office = _office_files(work)
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


# Office files through LibreOffice, msoffcrypto and aspose-email -----------------------------


def _office_files(work: Path) -> dict[str, bytes]:
    source = work / "report.html"
    source.write_text(REPORT_HTML, encoding="utf-8")
    targets = {
        "docx": "docx:MS Word 2007 XML",
        "odt": "odt",
        "doc": "doc:MS Word 97",
        "rtf": "rtf:Rich Text Format",
        "pdf": "pdf:writer_pdf_Export",
    }
    files = {}
    for suffix, target in targets.items():
        _soffice(source, target, work)
        files[suffix] = (work / f"report.{suffix}").read_bytes()
    files.update(_pictures(work / "report.pdf"))
    files["encrypted_docx"] = _encrypted(work / "report.docx")
    files["msg"] = _outlook_message()
    return files


def _soffice(source: Path, target: str, work: Path) -> None:
    # Its own profile folder: a LibreOffice the user has open does not take the job.
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", target, "--outdir", str(work),
         str(source)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def _pictures(pdf: Path) -> dict[str, bytes]:
    """The first page as a scanner would save it (LibreOffice without a display exports no
    pictures, so PDFium renders the page and Pillow writes the files)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=0.5).to_pil().convert("L")
    files = {}
    for suffix, kind in PICTURES.items():
        stream = io.BytesIO()
        # The rarer kinds smaller: only their first bytes matter here.
        (image if suffix in ("png", "jpg") else image.resize((60, 85))).save(stream, kind)
        files[suffix] = stream.getvalue()
    document.close()
    return files


def _encrypted(docx: Path) -> bytes:
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = io.BytesIO()
    with docx.open("rb") as stream:
        OOXMLFile(stream).encrypt("secret", encrypted)
    return encrypted.getvalue()


def _outlook_message() -> bytes:
    from aspose.email_foss import msg

    message = msg.MapiMessage.create("Quarterly risk report", REPORT_TEXT)
    message.set_property(msg.PropertyId.SENDER_NAME, "Risk Office")
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, "risk@example.com")
    message.add_recipient("board@example.com", display_name="The Board")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "message.msg"
        message.save(str(path))
        return path.read_bytes()


# PDFs -------------------------------------------------------------------------------------


def _pdfs(out: Path, pdf: bytes) -> None:
    made = "LibreOffice Writer: the report exported as PDF"
    _add(out, "report.pdf", pdf, made, "text", format="pdf", words=REPORT_WORDS)
    _add(out, "pdf-named.txt", pdf, f"{made}, named .txt", "text", format="pdf",
         words=REPORT_WORDS)  # fmt: skip
    _add(out, "pdf-broken-xref.pdf", _broken_xref(pdf),
         f"{made}; every offset in its cross-reference table shifted by 7 bytes",
         "text", format="pdf", words=REPORT_WORDS)  # fmt: skip
    _add(out, "pdf-looping-xref.pdf", _looping_xref(pdf),
         f"{made}; an incremental update whose trailer's /Prev points at its own "
         "cross-reference table", "either")  # fmt: skip
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
            locked = _qpdf_encrypt(pdf, user, options)
            how = f"{made}; qpdf --encrypt {' '.join(options)}, " + (
                "user password 'secret'" if user else "owner password only"
            )
            if user:
                _add(out, f"pdf-{name}-user-password.pdf", locked, how, "error",
                     error="PasswordProtected", says=["password-protected"])  # fmt: skip
            else:
                _add(out, f"pdf-{name}-owner-only.pdf", locked, how, "text", format="pdf",
                     words=REPORT_WORDS)  # fmt: skip


def _broken_xref(pdf: bytes) -> bytes:
    start = pdf.rindex(b"\nxref") + 1
    end = pdf.index(b"trailer", start)
    lines = pdf[start:end].split(b"\n")
    for index, line in enumerate(lines):
        if line.endswith(b" n ") or line.endswith(b" n"):
            offset = int(line[:10]) + 7
            lines[index] = b"%010d" % offset + line[10:]
    return pdf[:start] + b"\n".join(lines) + pdf[end:]


def _looping_xref(pdf: bytes) -> bytes:
    trailer = pdf[pdf.rindex(b"trailer") : pdf.rindex(b"startxref")]
    size = trailer.split(b"/Size", 1)[1].split()[0].strip(b"/>")
    root = trailer.split(b"/Root", 1)[1].split(b"R", 1)[0] + b"R"
    offset = len(pdf)
    update = (
        b"xref\n0 0\ntrailer\n<</Size %s /Root%s /Prev %d>>\nstartxref\n%d\n%%%%EOF\n"
        % (size, root, offset, offset)
    )
    return pdf + update


def _qpdf_encrypt(pdf: bytes, user: str, options: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as scratch:
        source, target = Path(scratch) / "in.pdf", Path(scratch) / "out.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["qpdf", "--allow-weak-crypto", "--encrypt", user, "owner-secret", *options,
             "--", str(source), str(target)],
            check=True, capture_output=True,
        )  # fmt: skip
        return target.read_bytes()


# Office kinds the app does not read yet, and names that lie ------------------------------------


def _office_kinds(out: Path, office: dict[str, bytes]) -> None:
    lo = "LibreOffice Writer: the report saved as"
    _add(out, "report.docx", office["docx"], f"{lo} Word 2007 (.docx)", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "docx-named.pdf", office["docx"], f"{lo} .docx, named .pdf", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "docx-named.doc", office["docx"], f"{lo} .docx, named .doc", "text",
         format="docx", words=REPORT_WORDS)  # fmt: skip
    _add(out, "report.odt", office["odt"], f"{lo} OpenDocument (.odt)", "error",
         error="UnsupportedFormat", says=["OpenDocument text"])  # fmt: skip
    _add(out, "odt-named.docx", office["odt"], f"{lo} .odt, named .docx", "error",
         error="UnsupportedFormat",
         says=["OpenDocument text", "its name ends in .docx"])  # fmt: skip
    _add(out, "report.rtf", office["rtf"], f"{lo} Rich Text (.rtf)", "error",
         error="UnsupportedFormat", says=["Rich Text document"])  # fmt: skip
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
    _add(out, "outlook.msg", office["msg"], made, "error", error="UnsupportedFormat",
         says=["Outlook message", "Save As"])  # fmt: skip
    _add(out, "outlook-named.eml", office["msg"], f"{made}, named .eml", "error",
         error="UnsupportedFormat", says=["Outlook message", "its name ends in .eml"])  # fmt: skip


def _other_binaries(out: Path, office: dict[str, bytes], work: Path) -> None:
    picture = "Pillow: the report's PDF, first page rendered by PDFium and saved as"
    for suffix, kind in PICTURES.items():
        _add(out, f"{suffix}-named.txt", office[suffix], f"{picture} {kind}, named .txt",
             "error", error="UnsupportedFormat",
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


def _mail(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Risk Office <risk@example.com>"
    message["To"] = "The Board <board@example.com>"
    message["Date"] = "Tue, 01 Oct 2024 09:30:00 +0000"
    message["Subject"] = subject
    message["Message-ID"] = "<report-2024-q3@example.com>"
    return message


def _mails(out: Path, outlook_message: bytes) -> None:
    plain = _mail("Quarterly risk report")
    plain.set_content(REPORT_TEXT)
    data = plain.as_bytes(policy=email.policy.SMTP)
    _add(out, "mail-named.txt", data, "Python email: a plain e-mail, named .txt", "text",
         format="eml", words=REPORT_WORDS)  # fmt: skip
    _add(out, "mail-nested.eml", _nested(30), "Python email: the report 30 multiparts deep",
         "text", format="eml", words=REPORT_WORDS)  # fmt: skip
    _add(out, "mail-nested-very-deep.eml", _nested(3000),
         "the report 3,000 multiparts deep", "error", error="DamagedDocument",
         says=["nested"])  # fmt: skip
    attached = _mail("Forwarded: risk report")
    attached.set_content("The Outlook message is attached.\n")
    attached.add_attachment(outlook_message, maintype="application",
                            subtype="vnd.ms-outlook", filename="report.msg")  # fmt: skip
    _add(out, "mail-with-outlook-attachment.eml", attached.as_bytes(policy=email.policy.SMTP),
         "Python email: a mail with the Outlook .msg attached", "text", format="eml",
         words="report.msg (Outlook message")  # fmt: skip
    _add(out, "mail-malformed-headers.eml", _malformed_mail(),
         "Python email's parser fed broken headers: no colon, bad encoded words, raw 8-bit "
         "bytes, a NUL, a bad date, a multipart without a boundary", "either")  # fmt: skip
    huge = _mail("Huge headers")
    for index in range(4000):
        huge[f"X-Filler-{index}"] = "x" * 60
    huge.set_content(REPORT_TEXT)
    _add(out, "mail-huge-headers.eml", huge.as_bytes(policy=email.policy.SMTP),
         "Python email: 4,000 extra header lines before the message", "text",
         format="eml", words=REPORT_WORDS)  # fmt: skip


def _nested(depth: int) -> bytes:
    """The report inside `depth` multiparts, each holding the next. Written out by hand:
    the email package's own writer recurses, and stops near 300 levels."""
    top = _mail("Deeply nested")
    head = "".join(f"{name}: {value}\r\n" for name, value in top.items())
    opening = "".join(
        f"Content-Type: multipart/mixed; boundary=\"level-{level}\"\r\n\r\n"
        f"--level-{level}\r\n"
        for level in range(depth)
    )
    body = "Content-Type: text/plain; charset=utf-8\r\n\r\n" + REPORT_TEXT.replace("\n", "\r\n")
    closing = "".join(f"\r\n--level-{level}--\r\n" for level in reversed(range(depth)))
    return f"{head}MIME-Version: 1.0\r\n{opening}{body}{closing}".encode()


def _malformed_mail() -> bytes:
    return (
        b"From: =?utf-8?B?####?= <risk@example.com\r\n"
        b"To: board@@example..com, , <>\r\n"
        b"Subject: =?unknown-charset?Q?Risk=ZZreport?= caf\xe9 \x00 report\r\n"
        b"Date: the thirty-second of Octember\r\n"
        b"This line has no colon at all\r\n"
        b"Content-Type: multipart/mixed\r\n"
        b"\r\n"
        b"The bank's credit risk fell in the third quarter.\r\n"
        b"--nothing\r\n"
    )


# Web pages ------------------------------------------------------------------------------------


def _web_pages(out: Path) -> None:
    _add(out, "html-named.txt", REPORT_HTML.encode(), "the report's web page, named .txt",
         "text", format="html", words=REPORT_WORDS)  # fmt: skip
    deep = "<div>" * 30_000 + "Deep credit risk text." + "</div>" * 30_000
    _add(out, "html-deep-nesting.html", f"<html><body>{deep}</body></html>".encode(),
         "30,000 nested <div> elements around one sentence", "either")  # fmt: skip
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
