"""Writes a toekenningen CSV of N rows for the import benchmark.

Keys (projectjaar, bestuur, actie) can only be unique for 3 x 302 x 24 = 21.744 rows; with
--uniek the file stops there. Without it rows repeat keys, which the importer must refuse
after validating every row (the error path is measured too)."""
import csv, sys, random

n = int(sys.argv[1])
unique = "--uniek" in sys.argv
out = sys.argv[2]
codes = [line.split(",")[0] for line in open(sys.argv[3], encoding="utf-8").read().splitlines()[1:]
         if line.split(",")[5] == "2019-01-01" and line.split(",")[6] == ""] or []
codes += [line.split(",")[0] for line in open(sys.argv[3], encoding="utf-8").read().splitlines()[1:]
          if line.split(",")[6] == "2024-12-31"]
codes = sorted(set(codes)) + ["VGC", "DERAND"]
rng = random.Random(492)
with open(out, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["projectjaar", "bestuur", "actie", "kpi_huidig_bereik", "kpi_vooropgesteld", "subsidie", "toelichting"])
    i = 0
    for jaar in (1, 2, 3):
        for code in codes:
            for actie in range(1, 25):
                if i >= n:
                    break
                b = rng.randint(0, 500)
                k = b + rng.randint(1, 800)
                w.writerow([jaar, code, actie, b, k, f"{rng.randint(1000, 400000):,}".replace(",", "."), "toelichting %d" % i])
                i += 1
    while i < n and not unique:
        w.writerow([rng.randint(1, 3), rng.choice(codes), rng.randint(1, 24), 0, 10, "1.000", ""])
        i += 1
