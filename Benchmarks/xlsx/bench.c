/*
 * The C baseline of scripts/bench-xlsx.sh: writes N rows x 8 columns with
 * libxlsxwriter in constant_memory mode — the same cells as the Swift
 * xlsx-benchmark target and bench.py.
 *
 *   bench ROWS OUTPUT.xlsx [TMPDIR]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static const char *prefixes[20] = {"Aal", "Bee", "Dran", "Eke", "Gel", "Hau", "Ker", "Lem", "Mol", "Nie",
                                   "Oos", "Pol", "Ren", "Sta", "Ter", "Vil", "Wes", "Zot", "Ber", "Lan"};
static const char *suffixes[15] = {"berg", "dam", "gem", "hout", "kerke", "lo", "mere", "rode", "voorde", "zele",
                                   "beek", "donk", "hoven", "kapelle", "wijk"};
static const char *remarks[7] = {"paid", "under review", "second instalment pending",
                                 "approved after revision of the plan", "n/a", "follow-up requested", "closed"};
static const char *headers[8] = {"Name", "Code", "Year", "Action", "Indicator", "Count", "Amount", "Remark"};

#define CHECK(call)                                                              \
    do {                                                                         \
        lxw_error err_ = (call);                                                 \
        if (err_) {                                                              \
            fprintf(stderr, "bench: %s failed: %s\n", #call, lxw_strerror(err_)); \
            return 1;                                                            \
        }                                                                        \
    } while (0)

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: bench ROWS OUTPUT.xlsx [TMPDIR]\n");
        return 2;
    }
    long rows = atol(argv[1]);
    char names[300][32];
    for (int k = 0; k < 300; k++)
        snprintf(names[k], sizeof names[k], "%s%s", prefixes[k % 20], suffixes[k / 20]);

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = argc > 3 ? argv[3] : NULL};
    lxw_workbook *workbook = workbook_new_opt(argv[2], &options);
    if (!workbook) return 1;
    lxw_doc_properties properties = {.title = "Benchmark", .created = 315532800};
    CHECK(workbook_set_properties(workbook, &properties));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Data");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *euro = workbook_add_format(workbook);
    format_set_num_format(euro, "#,##0.00 [$€-813]");

    for (int c = 0; c < 8; c++) CHECK(worksheet_write_string(sheet, 0, c, headers[c], bold));

    char code[16];
    for (long i = 0; i < rows; i++) {
        lxw_row_t row = (lxw_row_t)(i + 1);
        CHECK(worksheet_write_string(sheet, row, 0, names[i % 300], NULL));
        snprintf(code, sizeof code, "%ld", 10000 + (i * 7919) % 90000);
        CHECK(worksheet_write_string(sheet, row, 1, code, NULL));
        CHECK(worksheet_write_number(sheet, row, 2, (double)(2020 + i % 6), NULL));
        CHECK(worksheet_write_number(sheet, row, 3, (double)(1 + i % 40), NULL));
        CHECK(worksheet_write_number(sheet, row, 4, (double)(100 + i % 25), NULL));
        CHECK(worksheet_write_number(sheet, row, 5, (double)((i * 37) % 1000), NULL));
        CHECK(worksheet_write_number(sheet, row, 6, (double)((i * 7919) % 10000000) / 100, euro));
        CHECK(worksheet_write_string(sheet, row, 7, remarks[i % 7], NULL));
    }
    CHECK(workbook_close(workbook));
    return 0;
}
