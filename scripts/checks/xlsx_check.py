#!/usr/bin/env python3
"""Independent checks of the workbooks samenleven writes, with openpyxl (and LibreOffice's
recalculated copies). Used by xlsx-clients.sh; prints one line per check, "PASS ..." or
"FAIL ...", and exits non-zero when any check failed.

  xlsx_check.py werkboeken DIR   compare DIR/*.xlsx with the AnswerTable JSON beside them,
                                 and DIR/recalc/*.xlsx (LibreOffice) with the cached values
  xlsx_check.py vul SJABLOON UIT fill the import template as a person would (openpyxl)
  xlsx_check.py ingelezen JSON   the filled-in rows came back through `vraag toekenningen`
  xlsx_check.py verstoor IN UIT  a copy of IN with a wrong cached value in its first SUBTOTAL
  xlsx_check.py hersteld IN      LibreOffice recalculated that wrong value (recalc is on)
  xlsx_check.py aangemaakt IN ISO  the creation time in the document properties
  xlsx_check.py calamine XLSX...  python-calamine reads every sheet; its values equal openpyxl's
"""
import datetime
import json
from decimal import Decimal
import os
import re
import sys
import zipfile

import openpyxl

EURO = "[$€-813] #,##0.00;[$€-813] -#,##0.00"
GETAL = "#,##0"
PERCENTAGE = "0.00%"
DATUM = "dd/mm/yyyy"
LABEL = "VOORBEELDDATA - geen officiële cijfers"
PROVINCIES = ["Antwerpen", "Vlaams-Brabant", "West-Vlaanderen", "Oost-Vlaanderen", "Limburg", "Brussel-Hoofdstad"]
BLADEN = {"Samenwerkingsverbanden": "samenwerking", "Weigeringen": "weigeringen", "Aanvragen": "aanvragen",
          "Budget": "budget", "Mentorschappen": "mentorschap", "SIO": "sio", "KPI": "kpi",
          "Toekenningen": "toekenningen"}
EINDES = {"2023-09-30T00:00:00", "2024-09-30T00:00:00", "2025-09-30T00:00:00"}
TOELICHTING_VOETNOOT = "Lokale besturen waren niet verplicht hun acties inhoudelijk toe te lichten"

resultaten = []


def check(naam, fouten):
    """Records one check: passes when `fouten` (a list of messages) is empty."""
    if fouten:
        resultaten.append(False)
        print(f"FAIL {naam}: " + "; ".join(fouten[:5]) + (f" (en nog {len(fouten) - 5})" if len(fouten) > 5 else ""))
    else:
        resultaten.append(True)
        print(f"PASS {naam}")


# The kind of a cell per column soort of the answer JSON (schemas/antwoord.schema.json).
CEL_SOORT = {"tekst": "tekst", "geheelGetal": "getal", "euro": "euro", "percentage": "percentage", "datum": "datum"}


def laad_json(pad):
    """An answer as `samenleven vraag --formaat json` writes it, with per row `cellen`: one
    (kind, value) per column, euro in cents and percentage in basis points (exact: numbers are
    read as Decimal)."""
    with open(pad, encoding="utf-8") as f:
        tabel = json.load(f, parse_float=Decimal)
    for rij in tabel["rijen"]:
        cellen = []
        for kolom in tabel["kolommen"]:
            waarde = rij["waarden"].get(kolom["id"])
            soort = CEL_SOORT[kolom["soort"]]
            if waarde is None:
                cellen.append(("leeg", None))
            elif soort in ("euro", "percentage"):
                cellen.append((soort, int(Decimal(waarde) * 100)))
            else:
                cellen.append((soort, waarde))
        rij["cellen"] = cellen
    return tabel


def cel(c):
    """A cell as (kind, value): euro in cents, percentage in basis points."""
    return c


def voetnoot_tekst(v):
    tekst, bron = v["tekst"], v.get("bron")
    if not bron or bron in tekst:
        return tekst
    if tekst.endswith("."):
        return f"{tekst[:-1]} (bron: {bron})."
    return f"{tekst} (bron: {bron})"


def zonder_kolom(tabel, kolom_id):
    index = [k["id"] for k in tabel["kolommen"]].index(kolom_id)
    tabel = dict(tabel)
    tabel["kolommen"] = [k for i, k in enumerate(tabel["kolommen"]) if i != index]
    tabel["rijen"] = [dict(r, cellen=[c for i, c in enumerate(r["cellen"]) if i != index]) for r in tabel["rijen"]]
    return tabel


def kopregel(ws, eerste_kop):
    for rij in range(1, min(ws.max_row, 30) + 1):
        if ws.cell(rij, 1).value == eerste_kop:
            return rij
    return None


def vergelijk_tabel(ws, cached, tabel, zijn_voetnoten=None):
    """Every cell of the AnswerTable against the sheet: values (formulas by their cached
    value), number formats, outline levels, the Bron column, footnotes, label, title."""
    fouten = []
    kolommen = tabel["kolommen"]
    kop = kopregel(ws, kolommen[0]["kop"])
    if kop is None:
        return [f"geen kopregel '{kolommen[0]['kop']}'"]
    koppen = [ws.cell(kop, i + 1).value for i in range(len(kolommen) + 1)]
    if koppen != [k["kop"] for k in kolommen] + ["Bron"]:
        fouten.append(f"koppen {koppen}")
    if ws.freeze_panes != f"A{kop + 1}":
        fouten.append(f"vastgezette rijen {ws.freeze_panes}, verwacht A{kop + 1}")
    laatste = kop + len(tabel["rijen"])
    verwacht_filter = f"A{kop}:{openpyxl.utils.get_column_letter(len(kolommen) + 1)}{max(kop, laatste)}"
    if ws.auto_filter.ref != verwacht_filter:
        fouten.append(f"autofilter {ws.auto_filter.ref}, verwacht {verwacht_filter}")
    if (ws.print_title_rows or "").replace("$", "") != f"{kop}:{kop}":
        fouten.append(f"herhaalde rijen {ws.print_title_rows}")
    for index, rij in enumerate(tabel["rijen"]):
        r = kop + 1 + index
        niveau = ws.row_dimensions[r].outline_level or 0
        if niveau != min(rij["niveau"], 7):
            fouten.append(f"rij {r}: overzichtsniveau {niveau}, verwacht {rij['niveau']}")
        for i, kolom in enumerate(kolommen):
            c = ws.cell(r, i + 1)
            waarde = cached.cell(r, i + 1).value
            soort, verwacht = cel(rij["cellen"][i]) if i < len(rij["cellen"]) else ("leeg", None)
            plaats = f"{c.coordinate}"
            if soort == "leeg":
                if waarde not in (None, ""):
                    fouten.append(f"{plaats}: {waarde!r}, verwacht leeg")
            elif soort == "tekst":
                if waarde != verwacht:
                    fouten.append(f"{plaats}: {waarde!r}, verwacht {verwacht!r}")
            elif soort in ("getal", "euro"):
                doel = verwacht / 100 if soort == "euro" else verwacht
                if not isinstance(waarde, (int, float)) or round(waarde * 100) != round(doel * 100):
                    fouten.append(f"{plaats}: {waarde!r}, verwacht {doel}")
                formaat = EURO if soort == "euro" else GETAL
                if c.number_format != formaat:
                    fouten.append(f"{plaats}: getalnotatie {c.number_format!r}, verwacht {formaat!r}")
                formule = c.value if isinstance(c.value, str) else None
                if formule and not re.fullmatch(r"=SUBTOTAL\(9,[A-Z]+\d+:[A-Z]+\d+\)", formule):
                    fouten.append(f"{plaats}: onverwachte formule {formule}")
                if formule and rij["soort"] not in ("subtotaal", "totaal"):
                    fouten.append(f"{plaats}: formule in een {rij['soort']}rij")
            elif soort == "percentage":
                if not isinstance(waarde, (int, float)) or round(waarde * 10000) != verwacht:
                    fouten.append(f"{plaats}: {waarde!r}, verwacht {verwacht / 10000}")
                if c.number_format != PERCENTAGE:
                    fouten.append(f"{plaats}: getalnotatie {c.number_format!r}")
            elif soort == "datum":
                if not isinstance(waarde, datetime.datetime) or waarde.date().isoformat() != verwacht:
                    fouten.append(f"{plaats}: {waarde!r}, verwacht {verwacht}")
                if c.number_format != DATUM:
                    fouten.append(f"{plaats}: getalnotatie {c.number_format!r}")
        bron = ws.cell(r, len(kolommen) + 1).value or ""
        if bron != "; ".join(rij["herkomst"]):
            fouten.append(f"rij {r}: Bron {bron!r}, verwacht {'; '.join(rij['herkomst'])!r}")
        if rij["soort"] != "detail" and not ws.cell(r, 1).font.b:
            fouten.append(f"rij {r}: {rij['soort']}rij niet vet")
    teksten = {c.value for rij in ws.iter_rows() for c in rij if isinstance(c.value, str)}
    voetnoten = zijn_voetnoten if zijn_voetnoten is not None else tabel["voetnoten"]
    for n, v in enumerate(voetnoten):
        if f"{n + 1}. {voetnoot_tekst(v)}" not in teksten:
            fouten.append(f"voetnoot {n + 1} ontbreekt: {voetnoot_tekst(v)[:60]}")
    if tabel["voorbeelddata"] and ws["A1"].value != LABEL:
        fouten.append(f"A1 {ws['A1'].value!r}, verwacht het label {LABEL}")
    if tabel["voorbeelddata"] and ws["A1"].font.color.rgb not in ("FFC00000", "00C00000"):
        fouten.append(f"label niet rood: {ws['A1'].font.color.rgb}")
    if not tabel["voorbeelddata"] and LABEL in teksten:
        fouten.append("label VOORBEELDDATA zonder voorbeelddata")
    return fouten


def afdruk(ws, vraag="Vraag 492"):
    fouten = []
    ps = ws.page_setup
    if ps.orientation != "landscape":
        fouten.append(f"{ws.title}: oriëntatie {ps.orientation}")
    if str(ps.paperSize) != "9":
        fouten.append(f"{ws.title}: papier {ps.paperSize}")
    if not ws.sheet_properties.pageSetUpPr.fitToPage or ps.fitToWidth not in (1, None) or ps.fitToHeight != 0:
        fouten.append(f"{ws.title}: niet één pagina breed ({ps.fitToWidth}x{ps.fitToHeight})")
    voet = ws.oddFooter
    if voet.left.text != vraag or voet.right.text != "Pagina &P van &N":
        fouten.append(f"{ws.title}: voettekst {voet.left.text!r} / {voet.right.text!r}")
    return fouten


def totaal(tabel, kolom="subsidie"):
    index = [k["id"] for k in tabel["kolommen"]].index(kolom)
    rij = [r for r in tabel["rijen"] if r["soort"] == "totaal"][0]
    soort, waarde = cel(rij["cellen"][index])
    return waarde / 100 if soort == "euro" else 0


def werkboeken(map_):
    def json_van(naam):
        return laad_json(os.path.join(map_, naam))

    for bestand in sorted(f for f in os.listdir(map_) if f.endswith(".xlsx")):
        pad = os.path.join(map_, bestand)
        wb = openpyxl.load_workbook(pad)
        cached = openpyxl.load_workbook(pad, data_only=True)
        fouten = []
        # A workbook of `samenleven vraag` names the question only when it was asked with
        # --vraagnummer (its JSON then has "vraag"); otherwise the footer names the plan.
        voet = "Vraag 492"
        if bestand.startswith("vraag-"):
            vraag = json_van(f"vraag-{bestand[len('vraag-'):-len('.xlsx')]}.json").get("vraag")
            voet = f"Vraag {vraag['nummer']}" if vraag else "Plan Samenleven"
        for ws in wb.worksheets:
            fouten += afdruk(ws, voet)
        check(f"{bestand}: afdruk op elk blad (A4 liggend, één pagina breed, voettekst)", fouten)

        p = wb.properties
        fouten = []
        if not p.title or not p.creator or not p.keywords or "Plan Samenleven" not in p.keywords:
            fouten.append(f"eigenschappen {p.title!r} {p.creator!r} {p.keywords!r}")
        # Never the clock: the end of a project year in the data (or SOURCE_DATE_EPOCH, checked apart).
        if p.created is None or p.created.isoformat()[:19] not in EINDES:
            fouten.append(f"aangemaakt {p.created}, verwacht het einde van een projectjaar {sorted(EINDES)}")
        check(f"{bestand}: documenteigenschappen", fouten)

        if bestand.startswith("vraag-"):
            soort = bestand[len("vraag-"):-len(".xlsx")]
            tabel = json_van(f"vraag-{soort}.json")
            ws = wb.worksheets[0]
            check(f"{bestand}: blad {ws.title} = vraag {soort} (json)", vergelijk_tabel(ws, cached[ws.title], tabel))
        elif bestand.startswith("bijlage"):
            for ws in wb.worksheets:
                if ws.title in PROVINCIES:
                    tabel = json_van(f"provincie-{ws.title}.json")
                    voetnoten = None
                    fouten = []
                    if ws.title != "West-Vlaanderen":
                        tabel = zonder_kolom(tabel, "toelichting")
                        voetnoten = [v for v in tabel["voetnoten"] if not v["tekst"].startswith(TOELICHTING_VOETNOOT)]
                        voetnoten.append({"tekst": "De vraag vraagt de inhoudelijke toelichting enkel voor West-Vlaanderen; ze staat op dat blad."})
                    elif "Toelichting" not in [c.value for c in ws[kopregel(ws, tabel["kolommen"][0]["kop"]) or 1]]:
                        fouten.append("West-Vlaanderen zonder kolom Toelichting")
                    if ws.title not in (ws["A2"].value or "") + (ws["A1"].value or ""):
                        fouten.append(f"titel noemt de provincie niet: {ws['A2'].value!r}")
                    fouten += vergelijk_tabel(ws, cached[ws.title], tabel, voetnoten)
                    check(f"{bestand}: blad {ws.title} = vraag toekenningen --provincie (json)", fouten)
                elif ws.title in BLADEN:
                    tabel = json_van(f"vraag-{BLADEN[ws.title]}.json")
                    check(f"{bestand}: blad {ws.title} = vraag {BLADEN[ws.title]} (json)", vergelijk_tabel(ws, cached[ws.title], tabel))
            check(f"{bestand}: Grafieken = totalen van de provincies en doelstellingen", grafieken(wb, cached, json_van))
            check(f"{bestand}: Toelichting", toelichting(wb["Toelichting"]))

    # LibreOffice's recalculation against the cached values that were written.
    herrekend = os.path.join(map_, "recalc")
    for bestand in sorted(f for f in os.listdir(map_) if f.endswith(".xlsx")):
        origineel = openpyxl.load_workbook(os.path.join(map_, bestand))
        cached = openpyxl.load_workbook(os.path.join(map_, bestand), data_only=True)
        pad = os.path.join(herrekend, bestand)
        if not os.path.exists(pad):
            check(f"{bestand}: herrekend door LibreOffice", [f"{pad} ontbreekt"])
            continue
        lo = openpyxl.load_workbook(pad, data_only=True)
        fouten, formules = [], 0
        for ws in origineel.worksheets:
            for rij in ws.iter_rows():
                for c in rij:
                    if isinstance(c.value, str) and c.value.startswith("="):
                        formules += 1
                        oud = cached[ws.title][c.coordinate].value
                        nieuw = lo[ws.title][c.coordinate].value
                        if not isinstance(oud, (int, float)) or not isinstance(nieuw, (int, float)) or abs(oud - nieuw) > 0.005:
                            fouten.append(f"{ws.title}!{c.coordinate} {c.value}: geschreven {oud!r}, LibreOffice {nieuw!r}")
        check(f"{bestand}: {formules} formules herrekend door LibreOffice = geschreven waarde", fouten)


def grafieken(wb, cached, json_van):
    ws, cw = wb["Grafieken"], cached["Grafieken"]
    fouten = []
    waarden = {}
    for rij in range(1, ws.max_row + 1):
        label, bedrag = cw.cell(rij, 1).value, cw.cell(rij, 2).value
        if isinstance(label, str) and isinstance(bedrag, (int, float)):
            waarden.setdefault(label, bedrag)
    for p in PROVINCIES:
        verwacht = totaal(json_van(f"provincie-{p}.json"))
        if round(waarden.get(p, -1) * 100) != round(verwacht * 100):
            fouten.append(f"{p}: {waarden.get(p)}, verwacht {verwacht}")
    for n in range(1, 8):
        tabel = json_van(f"doelstelling-{n}.json")
        label = [f["waarde"] for f in tabel["filters"] if f["naam"] == "Doelstelling"][0]
        if round(waarden.get(label, -1) * 100) != round(totaal(tabel) * 100):
            fouten.append(f"{label}: {waarden.get(label)}, verwacht {totaal(tabel)}")
    geheel = totaal(json_van("vraag-toekenningen.json"))
    totalen = [cw.cell(r, 2).value for r in range(1, ws.max_row + 1) if cw.cell(r, 1).value == "Totaal"]
    if len(totalen) != 2 or any(round(t * 100) != round(geheel * 100) for t in totalen):
        fouten.append(f"totalen {totalen}, verwacht twee keer {geheel}")
    grafieken_ = ws._charts
    if len(grafieken_) != 2:
        fouten.append(f"{len(grafieken_)} grafieken, verwacht 2")
    return fouten


def toelichting(ws):
    teksten = " | ".join(str(c.value) for rij in ws.iter_rows() for c in rij if c.value is not None)
    return [f"'{t}' ontbreekt" for t in ["492", "1 september 2023", "Brecht Warnez", "Bart Somers", "viceminister-president",
                                         "Gegevensstand", "Verdeelsleutel", "Stimulansen", "Projectjaar"] if t not in teksten]


def vul(sjabloon, uit):
    """Fills two kind sheets below their headers (by column name, so a new optional column
    does not shift the values), leaves the others empty, keeps the rest."""
    wb = openpyxl.load_workbook(sjabloon)
    for ws, rijen in [(wb["toekenningen"], [{"projectjaar": 1, "bestuur": "Gent", "actie": 5, "kpi_vooropgesteld": 120,
                                             "subsidie": 30000.5, "toelichting": "Oefenkansen"},
                                            {"projectjaar": 1, "bestuur": "44021", "actie": 2, "kpi_huidig_bereik": 0,
                                             "kpi_vooropgesteld": 1, "subsidie": "25.000", "provincie": "Oost-Vlaanderen"},
                                            {"projectjaar": 1, "bestuur": "Vlaamse Gemeenschapscommissie", "actie": 5,
                                             "kpi_vooropgesteld": 80, "subsidie": "€ 4.000,25"}]),
                      (wb["samenwerkingsverbanden"], [{"projectjaar": 1, "indiener": "Harelbeke", "partner": "Kuurne"}])]:
        koppen = [c.value for c in ws[1]]
        if koppen[0] != "projectjaar":
            raise SystemExit(f"onverwachte kopregel {koppen}")
        for r, rij in enumerate(rijen, start=2):
            for naam, waarde in rij.items():
                if naam not in koppen:
                    raise SystemExit(f"kolom {naam} ontbreekt in de kopregel {koppen} van {ws.title}")
                ws.cell(r, koppen.index(naam) + 1, waarde)
    wb.save(uit)


def ingelezen(pad):
    tabel = laad_json(pad)
    bedragen = sorted(cel(r["cellen"][3])[1] for r in tabel["rijen"] if r["soort"] == "detail")
    check("ingevuld sjabloon ingelezen met samenleven importeer", [] if bedragen == [400025, 2500000, 3000050] else [f"bedragen {bedragen}"])


def fouten(pad):
    """The error workbook of the Invoer page (samenleven web) for toekenningen-fout.csv: the
    original header plus "melding", only the failing rows (3 and 4), each with its messages."""
    wb = openpyxl.load_workbook(pad)
    fout = []
    if wb.sheetnames != ["toekenningen-fout"]:
        fout.append(f"bladen {wb.sheetnames}")
    else:
        rijen = list(wb["toekenningen-fout"].iter_rows(values_only=True))
        if list(rijen[0]) != ["projectjaar", "bestuur", "actie", "kpi_huidig_bereik", "kpi_vooropgesteld", "subsidie",
                              "toelichting", "provincie", "melding"]:
            fout.append(f"kopregel {rijen[0]}")
        if [r[1] for r in rijen[1:]] != ["Nergensdorp", "Antwerpen"]:
            fout.append(f"rijen {[r[1] for r in rijen[1:]]}")
        meldingen = [r[-1] or "" for r in rijen[1:]]
        if not (len(meldingen) == 2 and meldingen[0].startswith("rij 3: bestuur: ") and "actie: " in meldingen[0]
                and meldingen[1].startswith("rij 4: subsidie: ")):
            fout.append(f"meldingen {meldingen}")
    check("foutenwerkboek van de pagina Invoer (openpyxl)", fout)


def verstoor(bron, uit):
    """Copies a workbook with the cached value of its first SUBTOTAL formula set to 999999."""
    with zipfile.ZipFile(bron) as zin, zipfile.ZipFile(uit, "w", zipfile.ZIP_DEFLATED) as zuit:
        gedaan = False
        for item in zin.infolist():
            data = zin.read(item.filename)
            if not gedaan and item.filename.startswith("xl/worksheets/sheet"):
                tekst = data.decode("utf-8")
                nieuw, n = re.subn(r"(<f>SUBTOTAL\(9,[^<]*\)</f><v>)[^<]*(</v>)", r"\g<1>999999\g<2>", tekst, count=1)
                if n:
                    gedaan = True
                    data = nieuw.encode("utf-8")
            zuit.writestr(item, data)
    if not gedaan:
        raise SystemExit("geen SUBTOTAL-formule gevonden")


def aangemaakt(pad, iso):
    gemaakt = openpyxl.load_workbook(pad).properties.created
    check(f"{os.path.basename(pad)}: aanmaakdatum uit SOURCE_DATE_EPOCH",
          [] if gemaakt and gemaakt.isoformat()[:19] == iso else [f"aangemaakt {gemaakt}, verwacht {iso}"])


def hersteld(pad):
    wb = openpyxl.load_workbook(pad, data_only=True)
    formules = openpyxl.load_workbook(pad)
    fout = []
    for ws in formules.worksheets:
        for rij in ws.iter_rows():
            for c in rij:
                if isinstance(c.value, str) and c.value.startswith("=SUBTOTAL") and wb[ws.title][c.coordinate].value == 999999:
                    fout.append(f"{ws.title}!{c.coordinate} houdt de verstoorde waarde 999999")
    check("LibreOffice herrekent echt (een verstoorde opgeslagen waarde wordt verbeterd)", fout)


def gewone_waarde(v):
    """A cell value as both readers can agree on it: numbers as floats, dates as ISO text,
    empty cells (None in openpyxl, "" in calamine) as None."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return float(v)
    if isinstance(v, datetime.datetime):
        return v.date().isoformat() if v.time() == datetime.time() else v.isoformat()
    if isinstance(v, datetime.date):
        return v.isoformat()
    if isinstance(v, datetime.time):
        return v.isoformat()
    return v


def calamine(*paden):
    """Every sheet of every workbook read by python-calamine (Rust) and by openpyxl (cached
    values of formulas): the same sheets, and the same value in every cell."""
    from python_calamine import CalamineWorkbook

    for pad in paden:
        wb = openpyxl.load_workbook(pad, data_only=True)
        cw = CalamineWorkbook.from_path(pad)
        fouten, cellen = [], 0
        if cw.sheet_names != wb.sheetnames:
            fouten.append(f"bladen {cw.sheet_names}, openpyxl {wb.sheetnames}")
        for ws in wb.worksheets:
            if ws.title not in cw.sheet_names:
                continue
            # From A1, so that row and column numbers are those of the sheet.
            rijen = cw.get_sheet_by_name(ws.title).to_python(skip_empty_area=False)
            van_calamine = {(r + 1, k + 1): gewone_waarde(v) for r, rij in enumerate(rijen) for k, v in enumerate(rij)}
            van_openpyxl = {(c.row, c.column): gewone_waarde(c.value) for rij in ws.iter_rows() for c in rij}
            for plaats in sorted(set(van_calamine) | set(van_openpyxl)):
                a, b = van_calamine.get(plaats), van_openpyxl.get(plaats)
                if a is None and b is None:
                    continue
                cellen += 1
                gelijk = a == b or (isinstance(a, float) and isinstance(b, float) and abs(a - b) <= 1e-9 * max(1.0, abs(b)))
                if not gelijk:
                    fouten.append(f"{ws.title}!{openpyxl.utils.get_column_letter(plaats[1])}{plaats[0]}: calamine {a!r}, openpyxl {b!r}")
        if cellen == 0:
            fouten.append("geen enkele cel gelezen")
        check(f"{os.path.basename(pad)}: python-calamine = openpyxl in {cellen} cellen van {len(wb.sheetnames)} bladen", fouten)


if __name__ == "__main__":
    opdracht, *args = sys.argv[1:]
    {"werkboeken": werkboeken, "vul": vul, "ingelezen": ingelezen, "fouten": fouten, "verstoor": verstoor, "hersteld": hersteld,
     "aangemaakt": aangemaakt, "calamine": calamine}[opdracht](*args)
    sys.exit(0 if all(resultaten) else 1)
