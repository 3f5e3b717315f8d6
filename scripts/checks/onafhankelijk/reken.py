"""Independent computation of the figures of vraag-4711.toml, without any toolkit code: from the
voorbeelddata CSV files (`samenleven voorbeelddata --uit`) and the reference files, following the
spec (../shared/spec/vraagbestand.md) alone. Compares with the toolkit's antwoord.json; exit 1 on
any difference.

usage: reken.py VOORBEELDDATA_MAP RESOURCES_MAP ANTWOORD_JSON
"""
import csv, json, sys
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

voorbeeld, resources, antwoord = sys.argv[1:4]
gemeenten = {r["nis_code"]: r for r in csv.DictReader(open(f"{resources}/gemeenten.csv", encoding="utf-8"))}
bijzonder = {r["code"]: r for r in csv.DictReader(open(f"{resources}/bijzondere-besturen.csv", encoding="utf-8"))}
centrumsteden = {r["nis_code"] for r in csv.DictReader(open(f"{resources}/centrumsteden.csv", encoding="utf-8"))}

def opvolger(code):
    """The gemeente of 2025 a code stands for (the geography "2025")."""
    while gemeenten.get(code, {}).get("opvolger_nis"):
        code = gemeenten[code]["opvolger_nis"]
    return code

# Inhabitants on 1 January 2020 of every 2025 gemeente: the sum over the gemeenten of 2020.
inwoners = defaultdict(int)
for code, r in gemeenten.items():
    if r["inwoners_2020"] and r["geldig_van"] < "2025":
        inwoners[opvolger(code)] += int(r["inwoners_2020"])
centrum2025 = {opvolger(c) for c in centrumsteden}

def euro(tekst):  # Belgian notation of the import format: 1.234,56
    return Decimal(tekst.replace(".", "").replace(",", "."))

def plaats(bestuur):
    """(code, provincie, arrondissement) in the 2025 geography; the VGC under Brussel-Hoofdstad,
    vzw De Rand under Halle-Vilvoorde (spec)."""
    if bestuur in bijzonder:
        return bestuur, bijzonder[bestuur]["provincie"], "Brussel-Hoofdstad" if bestuur == "VGC" else "Halle-Vilvoorde"
    code = opvolger(bestuur)
    return code, gemeenten[code]["provincie"], gemeenten[code]["arrondissement"] or None

def per_inwoner(subsidie, besturen):
    """Subsidy of the besturen with inhabitants over their inhabitants, half a cent up."""
    n = sum(inwoners[c] for c in besturen)
    return (subsidie / n).quantize(Decimal("0.01"), ROUND_HALF_UP) if n else None

rijen = list(csv.DictReader(open(f"{voorbeeld}/toekenningen-voorbeelddata.csv", encoding="utf-8")))

# Deelvraag 1: per provincie and arrondissement, years 2 and 3, outside the centrumsteden.
groepen = defaultdict(lambda: {"subsidie": Decimal(0), "toekenningen": 0, "besturen": set(), "metInwoners": Decimal(0)})
for r in rijen:
    jaar = int(r["projectjaar"])
    code, provincie, arrondissement = plaats(r["bestuur"])
    if jaar not in (2, 3) or code in centrum2025:
        continue
    g = groepen[(provincie, arrondissement, jaar)]
    g["subsidie"] += euro(r["subsidie"]); g["toekenningen"] += 1; g["besturen"].add(code)
    if code in inwoners:
        g["metInwoners"] += euro(r["subsidie"])
verwacht1 = {k: (g["subsidie"], g["toekenningen"], len(g["besturen"]),
                 per_inwoner(g["metInwoners"], {c for c in g["besturen"] if c in inwoners}))
             for k, g in groepen.items()}

# Deelvraag 2: every centrumstad in year 3.
per_stad = defaultdict(Decimal)
for r in rijen:
    code = opvolger(r["bestuur"])
    if r["projectjaar"] == "3" and code in centrum2025:
        per_stad[code] += euro(r["subsidie"])
verwacht2 = {c: (s, per_inwoner(s, {c})) for c, s in per_stad.items()}

def dec(v):
    return None if v is None else Decimal(str(v)).quantize(Decimal("0.01"))

d = json.load(open(antwoord, encoding="utf-8"))
d1, d2 = d["deelvragen"][0]["gegevens"], d["deelvragen"][1]["gegevens"]
gekregen1 = {(g["provincie"], g["arrondissement"], g["projectjaar"]):
             (dec(g["subsidie"]), g["toekenningen"], g["besturen"], dec(g["subsidie_per_inwoner"])) for g in d1}
gekregen2 = {g["bestuur"]: (dec(g["subsidie"]), dec(g["subsidie_per_inwoner"])) for g in d2}
fouten = 0
for naam, verwacht, gekregen in (("deelvraag 1", verwacht1, gekregen1), ("deelvraag 2", verwacht2, gekregen2)):
    verschil = sorted((k for k in verwacht.keys() | gekregen.keys() if verwacht.get(k) != gekregen.get(k)), key=str)
    for k in verschil[:10]:
        print(f"  {naam} {k}: onafhankelijk {verwacht.get(k)}, toolkit {gekregen.get(k)}")
    print(f"{naam}: {len(verwacht)} groepen onafhankelijk berekend, {len(gekregen)} in antwoord.json, {len(verschil)} verschillen")
    fouten += len(verschil) + (0 if verwacht else 1)
sys.exit(1 if fouten else 0)
