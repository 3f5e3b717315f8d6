"""Writes gegevens-geldig.xlsx: a small valid import workbook (shared strings, inline strings,
numbers, an ignored sheet). Run once; the output is committed. Python standard library only."""
import zipfile
from xml.sax.saxutils import escape

sheets = {
    "Instructies": [["Vul de bladen in zoals het invoerformaat beschrijft."]],
    "toekenningen": [
        ["projectjaar", "bestuur", "actie", "kpi_huidig_bereik", "kpi_vooropgesteld", "subsidie", "toelichting"],
        [2, "Gent", 5, 100, 500, 30000, "oefenkansen"],
        [2, 11002, 5, 500, 800, 36000.5, None],
        [2, "Sint-Gillis-Waas", 2, None, 1, "25.000", "inline"],
    ],
    "samenwerkingsverbanden": [
        ["projectjaar", "indiener", "partner", "provincie"],
        [2, "Kruibeke", "Temse", "Oost-Vlaanderen"],
        [2, "Kruibeke", "Zwijndrecht", "Oost-Vlaanderen"],
    ],
    "mentorschappen": [["projectjaar", "bestuur", "actie", "stimulans", "toelichting"], [2, "Gent", 17, None, "omstaanders"]],
    "sio": [["projectjaar", "bestuur", "investeerder", "sociale_organisatie", "bedrag", "toelichting"],
            [2, "Sint-Niklaas", None, None, 25000, "impactgericht werken"]],
    "aanvragen": [["projectjaar", "bestuur", "actie", "status", "reden"],
                  [2, "Gent", 5, "goedgekeurd", None], [2, "Lier", 9, "geweigerd", "KPI niet meetbaar"]],
    "kpi_rapportering": [["projectjaar", "bestuur", "actie", "meetmoment", "kpi_behaald", "motivering"],
                         [2, "Gent", 5, "6m", 260, None], [2, "Gent", 5, "12m", 480, "bijna behaald"]],
}

shared = []
def sst(text):
    if text not in shared:
        shared.append(text)
    return shared.index(text)

def col(i):
    return "ABCDEFGHIJ"[i]

def sheet_xml(rows, inline):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        out.append(f'<row r="{r}">')
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if v is None:
                continue
            if isinstance(v, (int, float)):
                out.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif inline and v == "inline":
                out.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>')
            else:
                out.append(f'<c r="{ref}" t="s"><v>{sst(v)}</v></c>')
        out.append("</row>")
    out.append("</sheetData></worksheet>")
    return "".join(out)

names = list(sheets)
with zipfile.ZipFile("gegevens-geldig.xlsx", "w", zipfile.ZIP_DEFLATED) as z:
    parts = {f"xl/worksheets/sheet{i+1}.xml": sheet_xml(sheets[n], True) for i, n in enumerate(names)}
    z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
    z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
               + "".join(f'<sheet name="{n}" sheetId="{i+1}" r:id="rId{i+1}"/>' for i, n in enumerate(names)) + "</sheets></workbook>")
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>' for i in range(len(names)))
               + f'<Relationship Id="rId{len(names)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
    for name, xml in parts.items():
        z.writestr(name, xml)
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(shared), len(shared))
               + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared) + "</sst>")
