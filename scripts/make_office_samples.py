"""Makes the office test files in tests/data/office/ with LibreOffice (issue #15).

The files the tests read are written by LibreOffice itself, the program our users' colleagues
use: a source is drafted with python-docx, openpyxl or python-pptx (the text, headings,
tables, formulas and notes the tests look for), then LibreOffice headless opens it and
writes the .odt, .rtf, .xlsx and .pptx. So a workbook's formulas carry the values
LibreOffice computed, as a workbook saved by a spreadsheet program does.

The Outlook message (sample.msg) is written with aspose-email-foss (MIT, pure Python; not
a dependency of the app: `pip download aspose-email-foss` and put it on PYTHONPATH), with
a PDF and a .docx attached, and a .png attached as what the app cannot read.

Needs: soffice (scripts/system_deps.sh does not install it: only this script needs it).
Run: PYTHONPATH=. python scripts/make_office_samples.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "office"
CONVERTED = {
    "letter.docx": ("odt", "rtf", "pdf"),
    "budget.xlsx": ("xlsx",),
    "briefing.pptx": ("pptx",),
}


def draft_letter(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Ministry of Water Resources — internal note", style="Title")
    document.add_paragraph("Reference WR-2026-114. Prepared for the steering committee.")
    document.add_heading("Background", level=1)
    document.add_paragraph(
        "The Riverside pumping station supplied 41,500 cubic metres a day in March. "
        "Café owners near the station reported low pressure on 12 March."
    )
    document.add_heading("Costs", level=1)
    table = document.add_table(rows=3, cols=2)
    for row, (item, cost) in enumerate(
        [("Item", "Cost (EUR)"), ("New pump", "182,000"), ("Pipe repairs", "47,300")]
    ):
        table.cell(row, 0).text, table.cell(row, 1).text = item, cost
    document.add_paragraph("Tiếng Việt: nước sạch cho mọi người. Größe: 3 m².")
    document.save(path)


def draft_budget(path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Budget 2026"
    rows = [("Line", "Quantity", "Unit price", "Total"), ("Pumps", 3, 60500), ("Valves", 40, 125)]
    for row in rows:
        sheet.append(row)
    sheet["D2"], sheet["D3"] = "=B2*C2", "=B3*C3"
    sheet["A5"], sheet["D5"] = "Grand total", "=SUM(D2:D3)"
    staff = workbook.create_sheet("Staff")
    for row in [("Name", "Role"), ("Amara Osei", "Engineer"), ("Lê Thị Hoa", "Inspector")]:
        staff.append(row)
    workbook.save(path)


def draft_briefing(path: Path) -> None:
    from pptx import Presentation
    from pptx.util import Inches

    presentation = Presentation()
    first = presentation.slides.add_slide(presentation.slide_layouts[1])
    first.shapes.title.text = "Flood readiness"
    first.placeholders[1].text = "Three districts at high risk\nSandbags stocked: 12,000"
    first.notes_slide.notes_text_frame.text = "Say that the northern district is first."
    second = presentation.slides.add_slide(presentation.slide_layouts[5])
    second.shapes.title.text = "Shelters"
    rows = [("Shelter", "Beds"), ("North school", "220"), ("Sports hall", "480")]
    table = second.shapes.add_table(3, 2, Inches(1), Inches(2), Inches(6), Inches(2)).table
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    second.notes_slide.notes_text_frame.text = "Beds counted on 2 May."
    presentation.save(path)


def write_message(path: Path, attachments: dict[str, bytes]) -> None:
    from aspose.email_foss import msg

    message = msg.MapiMessage.create(
        "Quarterly inspection report",
        "Dear team,\n\nPlease find the inspection report attached. The Riverside station "
        "passed; two valves need replacing before June.\n\nRegards,\nAmara",
    )
    message.set_property(msg.PropertyId.SENDER_NAME, "Amara Osei")
    message.set_property(msg.PropertyId.SENDER_EMAIL_ADDRESS, "amara.osei@example.org")
    when = datetime(2026, 4, 3, 9, 15, tzinfo=timezone.utc)
    message.set_property(msg.PropertyId.MESSAGE_DELIVERY_TIME, when)
    message.add_recipient("team@example.org", display_name="Inspection team")
    for name, data in attachments.items():
        message.add_attachment(name, data)
    message.save(str(path))


def convert(source: Path, to: str, into: Path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", to, "--outdir", str(into), str(source)],
        check=True,
        capture_output=True,
        timeout=180,
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        drafts, converted = Path(work, "drafts"), Path(work, "out")
        drafts.mkdir()
        draft_letter(drafts / "letter.docx")
        draft_budget(drafts / "budget.xlsx")
        draft_briefing(drafts / "briefing.pptx")
        for name, targets in CONVERTED.items():
            for target in targets:
                convert(drafts / name, target, converted)
                made = converted / f"{Path(name).stem}.{target}"
                shutil.copyfile(made, OUT / made.name)
        attachments = {
            "inspection.pdf": (OUT / "letter.pdf").read_bytes(),
            "budget.xlsx": (OUT / "budget.xlsx").read_bytes(),
            "photo.png": _tiny_png(),
        }
        write_message(OUT / "sample.msg", attachments)
    print("written:", *sorted(p.name for p in OUT.iterdir()), file=sys.stderr)


def _tiny_png() -> bytes:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (4, 4), "white").save(buffer, "PNG")
    return buffer.getvalue()


if __name__ == "__main__":
    main()
