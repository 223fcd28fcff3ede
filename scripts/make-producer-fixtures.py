#!/usr/bin/python3
"""Make the aid-check regression workbooks with real producers.

Each fixture under test/fixtures/producers/ is a small 对口支援 project table
(援疆 表2 style) written by one program the offices receive files from, so the
reader is tested on what those programs really write, not on what exceljs
writes. Run it on Debian/Ubuntu with:

    apt-get install libreoffice-calc-nogui gnumeric python3-openpyxl python3-xlsxwriter
    /usr/bin/python3 scripts/make-producer-fixtures.py

It rewrites the fixtures and test/fixtures/producers/versions.txt (which
program and version made them). The programs are for making fixtures only;
aid-check does not need them.
"""

import datetime
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

import openpyxl
import xlsxwriter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "producers")

TITLE = "2010年援疆试点项目完工情况"
HEADER = ["支援方", "受援方", "试点项目", "完工项目", "项目完工率"]
# 辽宁's rate is typed as 50% where 6/10 is 60%: one rate-mismatch at E4 proves rows land where they are.
ROWS = [
    ["江苏", "伊犁州直", 4, 1, 0.25],
    ["辽宁", "塔城地区", 10, 6, 0.5],
    ["黑\n龙江", "阿勒泰地区", 6, 3, 0.5],
]
TOTAL = ["合计", "", 20, 10, 0.5]


def run(command):
    """Run a producer, failing loudly when it fails."""
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def version(command):
    """The first line a program prints for its version."""
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return (done.stdout or done.stderr).strip().splitlines()[0]


# ---- LibreOffice and Gnumeric: from one flat OpenDocument sheet ---------------------------------


def fods_cell(value, style=None):
    """One table:table-cell of a flat ODS document."""
    styled = f' table:style-name="{style}"' if style else ""
    if isinstance(value, str):
        paragraphs = "".join(f"<text:p>{escape(line)}</text:p>" for line in value.split("\n"))
        return f'<table:table-cell office:value-type="string"{styled}>{paragraphs}</table:table-cell>'
    if style == "pct":
        return f'<table:table-cell office:value-type="percentage" office:value="{value}"{styled}/>'
    return f'<table:table-cell office:value-type="float" office:value="{value}"{styled}/>'


def fods_document(trailing_rows):
    """The project table as flat ODS; trailing_rows adds styled empty rows down to row 1,048,576."""
    rows = [f"<table:table-row>{fods_cell(TITLE)}</table:table-row>"]
    rows.append("<table:table-row>" + "".join(fods_cell(h) for h in HEADER) + "</table:table-row>")
    for row in ROWS:
        cells = [fods_cell(v, "pct" if i == 4 else None) for i, v in enumerate(row)]
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    # The 合计 row sums by formula, so LibreOffice stores the cached results it computed.
    rows.append(
        "<table:table-row>"
        + fods_cell("合计")
        + "<table:table-cell/>"
        + '<table:table-cell table:formula="of:=SUM([.C3:.C5])" office:value-type="float" office:value="20"/>'
        + '<table:table-cell table:formula="of:=SUM([.D3:.D5])" office:value-type="float" office:value="10"/>'
        + '<table:table-cell table:formula="of:=[.D6]/[.C6]" office:value-type="percentage"'
        + ' office:value="0.5" table:style-name="pct"/>'
        + "</table:table-row>"
    )
    if trailing_rows:
        # A different row height down the sheet and a filled cell in the last row: LibreOffice then
        # writes <row r="1048576">, as it does for sheets formatted to the bottom.
        rows.append(
            '<table:table-row table:style-name="tall" table:number-rows-repeated="1048569">'
            '<table:table-cell table:number-columns-repeated="5"/></table:table-row>'
        )
        rows.append(
            '<table:table-row><table:table-cell table:style-name="fill"/>'
            '<table:table-cell table:number-columns-repeated="4"/></table:table-row>'
        )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<number:percentage-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>
<style:style style:name="fill" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffff00"/></style:style>
<style:style style:name="tall" style:family="table-row"><style:table-row-properties style:row-height="0.6cm" style:use-optimal-row-height="false"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="完工情况">
{"".join(rows)}
</table:table></office:spreadsheet></office:body></office:document>
"""


def soffice_convert(source, target_ext, out_name, work):
    """Convert with LibreOffice headless and move the result to the fixtures folder."""
    out_dir = os.path.join(work, "out-" + target_ext.split(":")[0])
    os.makedirs(out_dir, exist_ok=True)
    run(["soffice", "--headless", "--convert-to", target_ext, "--outdir", out_dir, source])
    produced = os.path.join(out_dir, os.path.splitext(os.path.basename(source))[0] + "." + target_ext.split(":")[0])
    shutil.move(produced, os.path.join(OUT, out_name))


def make_libreoffice_and_gnumeric(work):
    """LibreOffice Calc and Gnumeric fixtures from the same flat ODS sheet."""
    plain = os.path.join(work, "table.fods")
    with open(plain, "w", encoding="utf-8") as f:
        f.write(fods_document(False))
    tall = os.path.join(work, "to-the-bottom.fods")
    with open(tall, "w", encoding="utf-8") as f:
        f.write(fods_document(True))
    soffice_convert(plain, "xlsx", "libreoffice.xlsx", work)
    soffice_convert(tall, "xlsx", "libreoffice-rows-to-1048576.xlsx", work)
    # Files officers rename: an Excel 97-2003 workbook and an OpenDocument sheet named .xlsx.
    soffice_convert(plain, "xls", "libreoffice.xls", work)
    shutil.copy(os.path.join(OUT, "libreoffice.xls"), os.path.join(OUT, "xls-named.xlsx"))
    soffice_convert(plain, "ods", "libreoffice.ods", work)
    shutil.copy(os.path.join(OUT, "libreoffice.ods"), os.path.join(OUT, "ods-named.xlsx"))
    # Gnumeric does not read flat ODS; it converts LibreOffice's .ods of the same sheet.
    run(["ssconvert", os.path.join(OUT, "libreoffice.ods"), os.path.join(OUT, "gnumeric.xlsx")])


# ---- openpyxl --------------------------------------------------------------------------------------


def make_openpyxl():
    """openpyxl writes formulas without cached values, and ISO dates as t="d" when asked."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "完工情况"
    ws.append([TITLE])
    ws.append(HEADER)
    for r, row in enumerate(ROWS, start=3):
        ws.append(row[:4] + [f"=D{r}/C{r}"])
    ws.append(["合计", None, "=SUM(C3:C5)", "=SUM(D3:D5)", "=D6/C6"])
    for r in range(3, 7):
        ws[f"E{r}"].number_format = "0%"
    wb.save(os.path.join(OUT, "openpyxl-uncalculated.xlsx"))

    wb = openpyxl.Workbook()
    wb.iso_dates = True
    ws = wb.active
    ws.title = "完工情况"
    ws.append([TITLE])
    ws.append(HEADER + ["填报日期"])
    for row, day in zip(ROWS, (datetime.date(2010, 5, 1), datetime.date(2010, 6, 15), datetime.date(2010, 7, 1))):
        ws.append(row + [datetime.datetime.combine(day, datetime.time())])
    ws.append(TOTAL)
    for r in range(3, 7):
        ws[f"E{r}"].number_format = "0%"
        ws[f"F{r}"].number_format = "yyyy-mm-dd"
    wb.save(os.path.join(OUT, "openpyxl-iso-dates.xlsx"))


# ---- XlsxWriter ------------------------------------------------------------------------------------


def make_xlsxwriter(name, constant_memory):
    """XlsxWriter escapes control characters as _xHHHH_ and stores 0 for formulas it cannot compute."""
    wb = xlsxwriter.Workbook(os.path.join(OUT, name), {"constant_memory": constant_memory})
    ws = wb.add_worksheet("完工情况")
    pct = wb.add_format({"num_format": "0%"})
    ws.write_row(0, 0, [TITLE])
    ws.write_row(1, 0, HEADER + ["备注"])
    notes = ["_x0041_ 原样保留", "", "换行\r\n之后"]
    for i, row in enumerate(ROWS):
        r = i + 2
        supporter = row[0].replace("\n", "\r\n")  # 黑\r\n龙江 is written 黑_x000D_\n龙江
        ws.write_string(r, 0, supporter)
        ws.write_string(r, 1, row[1])
        ws.write_number(r, 2, row[2])
        ws.write_number(r, 3, row[3])
        if i == 0:
            # No value given: XlsxWriter stores 0 and asks Excel to recalculate on load.
            ws.write_formula(r, 4, f"=D{r + 1}/C{r + 1}", pct)
        else:
            ws.write_number(r, 4, row[4], pct)
        if notes[i]:
            ws.write_string(r, 5, notes[i])
    ws.write_row(5, 0, ["合计", ""])
    ws.write_number(5, 2, TOTAL[2])
    ws.write_number(5, 3, TOTAL[3])
    ws.write_number(5, 4, TOTAL[4], pct)
    wb.close()


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        make_libreoffice_and_gnumeric(work)
    make_openpyxl()
    make_xlsxwriter("xlsxwriter.xlsx", False)
    make_xlsxwriter("xlsxwriter-inline.xlsx", True)
    with open(os.path.join(OUT, "versions.txt"), "w", encoding="utf-8") as f:
        f.write(f"{version(['soffice', '--version'])}\n")
        f.write(f"ssconvert {version(['ssconvert', '--version']).split()[-1]}\n")
        f.write(f"openpyxl {openpyxl.__version__}\n")
        f.write(f"XlsxWriter {xlsxwriter.__version__}\n")
        f.write(f"Python {sys.version.split()[0]}\n")


if __name__ == "__main__":
    main()
