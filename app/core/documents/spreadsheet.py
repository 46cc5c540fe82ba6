"""Excel workbooks (.xlsx): each sheet a section, its cells as a table, formulas as the
values the spreadsheet program saved with them.

openpyxl reads in read-only mode (rows streamed, not a cell object per cell) with
data_only=True: a formula gives the value Excel or LibreOffice computed when the file was
saved (openpyxl cannot compute, and a model should see numbers, not "=SUM(D2:D3)").

XML safety. openpyxl parses the cells with defusedxml's iterparse when defusedxml is
installed (a dependency of this app for that reason), which refuses any entity
declaration; its other parts go through lxml with resolve_entities=False. Zip safety:
archive.check_zip first, as for Word. tests/core/test_office_formats.py checks both.
"""

from __future__ import annotations

import datetime
import zipfile
from pathlib import Path

import openpyxl
from defusedxml import DefusedXmlException
from lxml import etree
from openpyxl.utils.exceptions import InvalidFileException

from .archive import check_zip
from .errors import DamagedDocument, EmptyDocument
from .model import Page, number_sections
from .sizes import open_document
from .tables import markdown_table


def read_xlsx_file(path: Path) -> tuple[Page, ...]:
    with open_document(path, "xlsx") as stream:
        check_zip(stream, path, "Excel")
        try:
            stream.seek(0)
            workbook = openpyxl.load_workbook(stream, read_only=True, data_only=True)
            try:
                sections = [_sheet_section(sheet) for sheet in workbook.worksheets]
            finally:
                workbook.close()
        except (
            InvalidFileException,  # not a workbook inside
            KeyError,  # a part named by the package but missing from the zip
            ValueError,  # a malformed cell reference or value
            TypeError,  # a part of an unexpected kind
            zipfile.BadZipFile,  # an entry that does not unpack
            etree.XMLSyntaxError,
            DefusedXmlException,  # an entity declaration: refused, never expanded
            SyntaxError,  # ElementTree's ParseError: broken XML in a sheet
        ) as error:
            raise DamagedDocument(path.name) from error
    pages = number_sections(sections)
    if not pages:
        raise EmptyDocument(path.name)
    return pages


def _sheet_section(sheet) -> tuple[str, str]:
    # A sheet's saved size can be wrong (or made to claim a million columns); forgetting it
    # makes openpyxl give each row as far as its last cell, without padding.
    sheet.reset_dimensions()
    rows = [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    table = markdown_table(rows)
    # The sheet's name heads its section, and starts its text as a heading line does.
    return sheet.title, f"{sheet.title}\n\n{table}" if table else ""


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # 3.0 as a person wrote it: 3
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)
