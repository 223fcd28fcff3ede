#!/usr/bin/python3
"""Make the workbench's layout and damage fixtures with real producers.

The workbench (src/workbench/load-xlsx.ts) shows what aid-check's reader does
not hand on: column widths, merged areas, bold cells and which sheets are
hidden. Each fixture here is the 援疆 表2 table of make-producer-fixtures.py
laid out as an office would (title merged across the table, bold header,
合计 merged over two columns, columns widened) next to a hidden sheet (and,
where the program can write one, a very hidden sheet), written by one
program. Two damaged copies of libreoffice.xlsx (cut short, and a part's
CRC-32 changed) are made from that real file. Run on Debian/Ubuntu with:

    apt-get install libreoffice-calc-nogui python3-openpyxl python3-xlsxwriter
    /usr/bin/python3 scripts/make-layout-fixtures.py

It rewrites only the files named in FILES under test/fixtures/producers/.
"""

import os
import shutil
import struct
import subprocess
import tempfile
from xml.sax.saxutils import escape

import openpyxl
import xlsxwriter
from openpyxl.styles import Font

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "producers")
FILES = [
    "openpyxl-layout.xlsx",
    "xlsxwriter-layout.xlsx",
    "libreoffice-layout.xlsx",
    "libreoffice-layout.xlsm",
    "libreoffice-truncated.xlsx",
    "libreoffice-crc.xlsx",
]

TITLE = "2010年援疆试点项目完工情况"
HEADER = ["支援方", "受援方", "试点项目", "完工项目", "项目完工率"]
ROWS = [
    ["江苏", "伊犁州直", 4, 1, 0.25],
    ["辽宁", "塔城地区", 10, 6, 0.5],
    ["黑龙江", "阿勒泰地区", 6, 3, 0.5],
]
TOTAL = ["合计", None, 20, 10, 0.5]
# Widths in characters of column A, B, C–D (one range) and E.
WIDTHS = {"A": 14, "B": 18, "C": 10, "D": 10, "E": 12}
NOTE = "核对说明：本表由各县填报。"
DRAFT = "底稿（不对外）"


def run(command):
    """Run a producer, failing loudly when it fails."""
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---- openpyxl: hidden and very hidden sheets -------------------------------------------------------


def make_openpyxl():
    """openpyxl writes <col> per column, <mergeCell>s, a bold font and both hidden states."""
    wb = openpyxl.Workbook()
    note = wb.active
    note.title = "说明"
    note.append([NOTE])
    note.sheet_state = "hidden"
    ws = wb.create_sheet("完工情况")
    ws.append([TITLE])
    ws.append(HEADER)
    for row in ROWS:
        ws.append(row)
    ws.append(TOTAL)
    bold = Font(bold=True)
    for cell in ws[1] + ws[2]:
        cell.font = bold
    for r in range(3, 7):
        ws[f"E{r}"].number_format = "0%"
    ws.merge_cells("A1:E1")
    ws.merge_cells("A6:B6")
    for letter, width in WIDTHS.items():
        ws.column_dimensions[letter].width = width
    draft = wb.create_sheet(DRAFT)
    draft.append(["仅供内部核对"])
    draft.sheet_state = "veryHidden"
    # The visible table is the sheet Excel opens on: a hidden sheet must not be the active one.
    wb.active = 1
    wb.save(os.path.join(OUT, "openpyxl-layout.xlsx"))


# ---- XlsxWriter: ranges of columns ------------------------------------------------------------------


def make_xlsxwriter():
    """XlsxWriter writes a column range as one <col min max>, and merge_range's cells."""
    wb = xlsxwriter.Workbook(os.path.join(OUT, "xlsxwriter-layout.xlsx"))
    ws = wb.add_worksheet("完工情况")
    note = wb.add_worksheet("说明")
    bold = wb.add_format({"bold": True})
    pct = wb.add_format({"num_format": "0%"})
    ws.merge_range(0, 0, 0, 4, TITLE, bold)
    ws.write_row(1, 0, HEADER, bold)
    for i, row in enumerate(ROWS + [TOTAL]):
        ws.write_row(i + 2, 0, row[:4])
        ws.write_number(i + 2, 4, row[4], pct)
    ws.merge_range(5, 0, 5, 1, "合计")
    ws.set_column(0, 0, WIDTHS["A"])
    ws.set_column(1, 1, WIDTHS["B"])
    ws.set_column(2, 3, WIDTHS["C"])
    ws.set_column(4, 4, WIDTHS["E"])
    note.write_string(0, 0, NOTE)
    note.hide()
    wb.close()


# ---- LibreOffice: from a flat OpenDocument sheet ----------------------------------------------------


def cell(value, style=None, span=0):
    """One table:table-cell of a flat ODS document; span > 1 merges it over that many columns."""
    attrs = f' table:style-name="{style}"' if style else ""
    if span > 1:
        attrs += f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
    covered = "<table:covered-table-cell/>" * max(span - 1, 0)
    if value is None:
        return f"<table:table-cell{attrs}/>" + covered
    if isinstance(value, str):
        return f'<table:table-cell office:value-type="string"{attrs}><text:p>{escape(value)}</text:p></table:table-cell>' + covered
    kind = "percentage" if style == "pct" else "float"
    return f'<table:table-cell office:value-type="{kind}" office:value="{value}"{attrs}/>' + covered


def fods_document():
    """The laid-out table and a hidden note sheet as flat ODS (LibreOffice has no very hidden sheets).

    Bold is set for Asian text too (style:font-weight-asian): with fo:font-weight alone, LibreOffice
    writes Chinese cells in a CJK font that is not bold.
    """
    rows = [f"<table:table-row>{cell(TITLE, 'bold', 5)}</table:table-row>"]
    rows.append("<table:table-row>" + "".join(cell(h, "bold") for h in HEADER) + "</table:table-row>")
    for row in ROWS:
        rows.append("<table:table-row>" + "".join(cell(v, "pct" if i == 4 else None) for i, v in enumerate(row)) + "</table:table-row>")
    rows.append(
        "<table:table-row>" + cell("合计", None, 2)
        + "".join(cell(v, "pct" if i == 4 else None) for i, v in enumerate(TOTAL) if i >= 2)
        + "</table:table-row>"
    )
    # LibreOffice measures columns in length units; 0.2 cm is about one character of the default font.
    columns = "".join(
        f'<table:table-column table:style-name="w{letter}"/>' for letter in "ABCDE"
    )
    column_styles = "".join(
        f'<style:style style:name="w{letter}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{width * 0.2:.2f}cm"/></style:style>'
        for letter, width in WIDTHS.items()
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:percentage-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold" style:font-weight-complex="bold"/></style:style>
<style:style style:name="shown" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style>
{column_styles}
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="完工情况" table:style-name="shown">{columns}{"".join(rows)}</table:table>
<table:table table:name="说明" table:style-name="hidden"><table:table-row>{cell(NOTE)}</table:table-row></table:table>
</office:spreadsheet></office:body></office:document>
"""


def make_libreoffice(work):
    """LibreOffice Calc's .xlsx and .xlsm of the laid-out table."""
    source = os.path.join(work, "libreoffice-layout.fods")
    with open(source, "w", encoding="utf-8") as f:
        f.write(fods_document())
    for target in ("xlsx", "xlsm:Calc MS Excel 2007 VBA XML"):
        ext = target.split(":")[0]
        out_dir = os.path.join(work, "out-" + ext)
        os.makedirs(out_dir, exist_ok=True)
        run(["soffice", "--headless", "--convert-to", target, "--outdir", out_dir, source])
        shutil.move(os.path.join(out_dir, "libreoffice-layout." + ext), os.path.join(OUT, "libreoffice-layout." + ext))


# ---- damage: copies of LibreOffice's file -----------------------------------------------------------


def make_damaged():
    """libreoffice.xlsx cut before its zip directory, and with the first sheet's CRC-32 changed."""
    with open(os.path.join(OUT, "libreoffice.xlsx"), "rb") as f:
        data = bytearray(f.read())
    with open(os.path.join(OUT, "libreoffice-truncated.xlsx"), "wb") as f:
        f.write(data[: len(data) * 2 // 3])
    # The CRC-32 is stored in the part's local header and in the central directory: change both.
    name = b"xl/worksheets/sheet1.xml"
    changed = 0
    for signature, crc_at, length_at, name_at in ((b"PK\x03\x04", 14, 26, 30), (b"PK\x01\x02", 16, 28, 46)):
        at = data.find(signature)
        while at >= 0:
            (length,) = struct.unpack_from("<H", data, at + length_at)
            if data[at + name_at : at + name_at + length] == name:
                data[at + crc_at] ^= 0xFF
                changed += 1
                break
            at = data.find(signature, at + 4)
    if changed != 2:
        raise SystemExit(f"{name.decode()} not found in both headers of libreoffice.xlsx")
    with open(os.path.join(OUT, "libreoffice-crc.xlsx"), "wb") as f:
        f.write(data)


def main():
    work = tempfile.mkdtemp(prefix="aid-layout-")
    try:
        make_openpyxl()
        make_xlsxwriter()
        make_libreoffice(work)
        make_damaged()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
