"""Python XlsxWriter baseline of scripts/bench-xlsx.sh (constant_memory mode).

Writes the same cells as bench.c and the Swift xlsx-benchmark target.

    python3 bench.py ROWS OUTPUT.xlsx [TMPDIR]
"""
import datetime
import sys

import xlsxwriter

PREFIXES = ["Aal", "Bee", "Dran", "Eke", "Gel", "Hau", "Ker", "Lem", "Mol", "Nie",
            "Oos", "Pol", "Ren", "Sta", "Ter", "Vil", "Wes", "Zot", "Ber", "Lan"]
SUFFIXES = ["berg", "dam", "gem", "hout", "kerke", "lo", "mere", "rode", "voorde", "zele",
            "beek", "donk", "hoven", "kapelle", "wijk"]
REMARKS = ["paid", "under review", "second instalment pending", "approved after revision of the plan",
           "n/a", "follow-up requested", "closed"]
HEADERS = ["Name", "Code", "Year", "Action", "Indicator", "Count", "Amount", "Remark"]


def main():
    rows = int(sys.argv[1])
    options = {"constant_memory": True}
    if len(sys.argv) > 3:
        options["tmpdir"] = sys.argv[3]
    names = [PREFIXES[k % 20] + SUFFIXES[k // 20] for k in range(300)]
    workbook = xlsxwriter.Workbook(sys.argv[2], options)
    workbook.set_properties({"title": "Benchmark", "created": datetime.datetime(1980, 1, 1)})
    sheet = workbook.add_worksheet("Data")
    bold = workbook.add_format({"bold": True})
    euro = workbook.add_format({"num_format": "#,##0.00 [$€-813]"})
    for c, header in enumerate(HEADERS):
        sheet.write_string(0, c, header, bold)
    write_string = sheet.write_string
    write_number = sheet.write_number
    for i in range(rows):
        row = i + 1
        write_string(row, 0, names[i % 300])
        write_string(row, 1, str(10000 + (i * 7919) % 90000))
        write_number(row, 2, 2020 + i % 6)
        write_number(row, 3, 1 + i % 40)
        write_number(row, 4, 100 + i % 25)
        write_number(row, 5, (i * 37) % 1000)
        write_number(row, 6, ((i * 7919) % 10000000) / 100, euro)
        write_string(row, 7, REMARKS[i % 7])
    workbook.close()


if __name__ == "__main__":
    main()
