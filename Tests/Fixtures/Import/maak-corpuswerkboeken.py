"""Writes the hand-made workbooks of the import corpus and excel-getallen.xlsx (Tests/SamenlevenCLITests/ImportCorpus):
one sheet 'toekenningen' whose sheet XML is written literally, so that a case can hold what no
spreadsheet program writes (a cell in another row, a cell twice). Run from this folder; the
output is committed. Python standard library only."""
import os
import zipfile

HEADER = ("projectjaar", "bestuur", "actie", "kpi_huidig_bereik", "kpi_vooropgesteld", "subsidie", "toelichting")


def header_row():
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER))
    return f'<row r="1">{cells}</row>'


def row(r, cells):
    return f'<row r="{r}">{cells}</row>'


def text(ref, value):
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def number(ref, value):
    return f'<c r="{ref}"><v>{value}</v></c>'


def good(r, bestuur="Gent", actie=5, subsidie="1000"):
    return (number(f"A{r}", 1) + text(f"B{r}", bestuur) + number(f"C{r}", actie) + number(f"D{r}", 0)
            + number(f"E{r}", 10) + number(f"F{r}", subsidie))


CASES = {
    # <c r="F9"> inside <row r="2">: would overwrite F2 silently.
    "xlsx-cell-other-row": [header_row(), row(2, good(2) + number("F9", 99999)), row(3, good(3, "Antwerpen"))],
    # F2 twice in row 2: the last one would win silently.
    "xlsx-duplicate-cell": [header_row(), row(2, good(2) + number("F2", 99999))],
    # _x0000_ (Excel's escape for NUL) and &#xFFFF; in texts: no spreadsheet can hold them.
    "xlsx-control-characters": [header_row(), row(2, good(2) + text("G2", "ab_x0000_cd")),
                                row(3, good(3, "Antwerpen") + text("G3", "ab&#xFFFF;cd")),
                                row(4, good(4, "Brugge") + text("G4", "tab_x0009_en regel_x000D_&#10;einde"))],
    # A numeric cell holding a binary fraction (Excel shows 30.000,30) next to a too large KPI.
    "xlsx-large-kpi": [header_row(), row(2, good(2, subsidie="30000.300000000003")),
                       row(3, number("A3", 1) + text("B3", "Antwerpen") + number("C3", 5) + number("D3", 0)
                           + number("E3", "10000000000000") + number("F3", 1000))],
}


def workbook(path, rows):
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             + "".join(rows) + "</sheetData></worksheet>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        class Fixed:
            """Fixed timestamps, so that running the script again writes the same bytes."""
            @staticmethod
            def writestr(name, data):
                archive.writestr(zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        z = Fixed
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="toekenningen" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml", sheet)


# Valid workbooks for the import tests (next to this script).
FIXTURES = {
    # Excel stores 30.000,30 as the double 30000.300000000003 and 10 as 10.000000000000002
    # after some arithmetic: read as Excel shows them (15 significant digits).
    "excel-getallen.xlsx": [header_row(), row(2, number("A2", 1) + text("B2", "Gent") + number("C2", 5) + number("D2", 0)
                                               + number("E2", "10.000000000000002") + number("F2", "30000.300000000003"))],
}

here = os.path.dirname(os.path.abspath(__file__))
for name, rows in FIXTURES.items():
    workbook(os.path.join(here, name), rows)

corpus = os.path.join(here, "..", "..", "SamenlevenCLITests", "ImportCorpus")
for name, rows in CASES.items():
    folder = os.path.join(corpus, name)
    os.makedirs(folder, exist_ok=True)
    workbook(os.path.join(folder, "gegevens.xlsx"), rows)
