"""The makings of the hostile corpus (make_hostile_corpus.py says which file is which): the
texts written for it, the Office files, pictures and Outlook message the real tools make
from them, and the ways PDFs and e-mails are broken.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from email.message import EmailMessage
from pathlib import Path

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

# Office files through LibreOffice, msoffcrypto and aspose-email -----------------------------


def office_files(work: Path) -> dict[str, bytes]:
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


def broken_xref(pdf: bytes) -> bytes:
    start = pdf.rindex(b"\nxref") + 1
    end = pdf.index(b"trailer", start)
    lines = pdf[start:end].split(b"\n")
    for index, line in enumerate(lines):
        if line.endswith(b" n ") or line.endswith(b" n"):
            offset = int(line[:10]) + 7
            lines[index] = b"%010d" % offset + line[10:]
    return pdf[:start] + b"\n".join(lines) + pdf[end:]


def looping_xref(pdf: bytes) -> bytes:
    """An incremental update (no new objects) whose trailer's /Prev is its own offset."""
    trailer = pdf[pdf.rindex(b"trailer") : pdf.rindex(b"startxref")]
    size = re.search(rb"/Size\s+(\d+)", trailer).group(1)
    root = re.search(rb"/Root\s+(\d+\s+\d+\s+R)", trailer).group(1)
    offset = len(pdf)
    update = (
        b"xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size %s /Root %s /Prev %d>>\n"
        b"startxref\n%d\n%%%%EOF\n" % (size, root, offset, offset)
    )
    return pdf + update


def qpdf_encrypt(pdf: bytes, user: str, options: list[str]) -> bytes:
    with tempfile.TemporaryDirectory() as scratch:
        source, target = Path(scratch) / "in.pdf", Path(scratch) / "out.pdf"
        source.write_bytes(pdf)
        subprocess.run(
            ["qpdf", "--allow-weak-crypto", "--encrypt", user, "owner-secret", *options,
             "--", str(source), str(target)],
            check=True, capture_output=True,
        )  # fmt: skip
        return target.read_bytes()


def mail(subject: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Risk Office <risk@example.com>"
    message["To"] = "The Board <board@example.com>"
    message["Date"] = "Tue, 01 Oct 2024 09:30:00 +0000"
    message["Subject"] = subject
    message["Message-ID"] = "<report-2024-q3@example.com>"
    return message


def nested_mail(depth: int) -> bytes:
    """The report inside `depth` multiparts, each holding the next. Written out by hand:
    the email package's own writer recurses, and stops near 300 levels."""
    top = mail("Deeply nested")
    head = "".join(f"{name}: {value}\r\n" for name, value in top.items())
    opening = "".join(
        f"Content-Type: multipart/mixed; boundary=\"level-{level}\"\r\n\r\n"
        f"--level-{level}\r\n"
        for level in range(depth)
    )
    body = "Content-Type: text/plain; charset=utf-8\r\n\r\n" + REPORT_TEXT.replace("\n", "\r\n")
    closing = "".join(f"\r\n--level-{level}--\r\n" for level in reversed(range(depth)))
    return f"{head}MIME-Version: 1.0\r\n{opening}{body}{closing}".encode()


def malformed_mail() -> bytes:
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
