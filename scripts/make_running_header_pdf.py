"""Make tests/data/running-headers/fee-study.pdf: a short report whose every page carries a
running header with its page number, the way the report of issue #10 did ("Copyright
Office Summary December 2003 Page 5"), and a running footer.

The text is written for this project (Apache-2.0, like the project). python-docx writes
a Word file with the header and footer (a PAGE field for the number), and LibreOffice
(`soffice`, from libreoffice-writer) exports it as PDF, so the PDF is laid out by a real
word processor. Run: `.venv/bin/python scripts/make_running_header_pdf.py`.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

OUT = Path(__file__).resolve().parents[1] / "tests" / "data" / "running-headers" / "fee-study.pdf"
HEADER = "Registration Office Fee Study December 2003 Page "
FOOTER = "Prepared for the Board of Registration - internal working paper"

PAGES = [
    ("Purpose of the study",
     "The Registration Office asked an outside panel to review the fees it charges for "
     "recording land titles, business names and marriage certificates. The last review took "
     "place in 1998. Since then the number of filings has grown by about a third, while the "
     "fees have stayed the same. The panel met eleven times between March and October 2003 "
     "and heard from clerks, lawyers, small traders and two consumer groups."),
    ("How the office spends its money",
     "Staff salaries take sixty percent of the budget. Rent for the four branch offices takes "
     "fifteen percent, and the computer system, bought in 1996, takes another ten percent "
     "for repairs alone. The remaining money pays for printing, postage and the archive in "
     "the basement of the main office, which floods every few winters. The panel found that "
     "a paper filing costs the office almost three times as much to handle as an online one."),
    ("Fees in neighbouring districts",
     "The panel compared fees with five neighbouring districts. A land title costs 40 dollars "
     "here and between 55 and 90 dollars elsewhere. A business name costs 12 dollars here and "
     "about 25 dollars on average elsewhere. Only the marriage certificate fee is close to "
     "what the other districts charge. Most districts also charge extra for urgent requests, "
     "which this office handles for free."),
    ("What the public told the panel",
     "Traders said they would accept higher fees if filings were faster. Lawyers complained "
     "that the archive is hard to search and that copies of old titles take weeks to arrive. "
     "The consumer groups asked the office to keep the marriage certificate cheap, because "
     "many young couples cannot afford more. Several clerks said that the queues at the "
     "northern branch are the longest, since it serves the new housing estates."),
    ("Recommendations",
     "The panel recommends raising the land title fee to 55 dollars and the business name "
     "fee to 20 dollars from July 2004. The marriage certificate fee should not change. "
     "Urgent requests should cost an extra 15 dollars. Online filings should cost five "
     "dollars less than paper ones, to move people to the cheaper channel. The extra income, "
     "about 1.2 million dollars a year, should pay for a new computer system and for moving "
     "the archive out of the basement."),
    ("Next steps",
     "The Board of Registration will publish the proposal for public comment in February "
     "2004. Comments can be sent by letter or handed in at any branch office. The Board will "
     "decide in May 2004, and the new fees, if approved, will apply to filings received "
     "after the first of July. The panel will review the effect of the change after two "
     "years and report again in 2006."),
]


def add_page_field(paragraph) -> None:
    """A PAGE field: the word processor prints each page's own number there."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def make_docx(path: Path) -> None:
    document = Document()
    section = document.sections[0]
    header = section.header.paragraphs[0]
    header.text = HEADER
    add_page_field(header)
    section.footer.paragraphs[0].text = FOOTER
    for number, (title, text) in enumerate(PAGES):
        document.add_heading(title, level=1)
        document.add_paragraph(text)
        if number < len(PAGES) - 1:
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    document.save(path)


def main() -> None:
    soffice = shutil.which("soffice")
    if soffice is None:
        raise SystemExit("LibreOffice (soffice) is needed: apt-get install libreoffice-writer")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "fee-study.docx"
        make_docx(source)
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                        "--convert-to", "pdf", "--outdir", folder, str(source)],
                       check=True, capture_output=True, timeout=180)
        OUT.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(Path(folder) / "fee-study.pdf", OUT)
    print(OUT)


if __name__ == "__main__":
    main()
