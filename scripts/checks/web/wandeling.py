"""A staff member's walk through `samenleven web` in a real, headless browser (issue 18).

Usage: wandeling.py BASE_URL SCREENSHOT_DIR DOWNLOAD_DIR

Prints PASS/FAIL lines (counted by web-browser.sh). Every page visited is saved as a screenshot
and checked with axe-core: a violation of serious or critical impact fails. Nothing here knows
the toolkit's code: it reads what the browser shows and what it downloads.
"""
import io
import os
import pathlib
import re
import sys
import time
import zipfile

import openpyxl
from axe_selenium_python import Axe
from selenium import webdriver
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

BASE, SHOTS, DOWNLOADS = sys.argv[1].rstrip("/"), pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3])
HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FIXTURE = ROOT / "scripts" / "checks" / "xlsx-fixture"
VRAAG_492 = ROOT / "Tests" / "SamenlevenVraagopstellerTests" / "Fixtures" / "vraagteksten" / "vraag-492.txt"

failures = 0
shot_number = 0


def check(condition, what):
    global failures
    print(("PASS " if condition else "FAIL ") + what, flush=True)
    if not condition:
        failures += 1
    return condition


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000",
                     "--lang=nl-BE", "--disable-gpu"):
        options.add_argument(argument)
    DOWNLOADS.mkdir(parents=True, exist_ok=True)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(DOWNLOADS),
        "download.prompt_for_download": False,
        "safebrowsing.enabled": False,
    })
    # The Debian driver by path: selenium must not look for (or download) one itself.
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def page(driver, name):
    """Saves a screenshot of the current page and checks it with axe-core."""
    global shot_number
    shot_number += 1
    full_height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, max(800, min(full_height + 40, 6000)))
    path = SHOTS / f"{shot_number:02d}-{name}.png"
    driver.save_screenshot(str(path))
    driver.set_window_size(1280, 1000)
    axe = Axe(driver)
    axe.inject()
    result = axe.run()
    bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
    for violation in bad:
        targets = [" ".join(node["target"]) for node in violation["nodes"][:3]]
        print(f"  axe {violation['impact']}: {violation['id']} ({violation['help']}) bij {targets}")
    check(not bad and len(result["passes"]) > 0,
          f"axe-core op {name}: {len(result['passes'])} regels geslaagd, {len(bad)} ernstige of kritieke schendingen")


def text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def wait_for_download(before, suffix, seconds=30):
    """The file that appeared in the download folder since `before`, once complete."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        new = [p for p in DOWNLOADS.iterdir() if p.name not in before and not p.name.endswith(".crdownload")]
        done = [p for p in new if p.name.endswith(suffix)]
        if done:
            return done[0]
        time.sleep(0.2)
    return None


def download(driver, link, suffix):
    before = {p.name for p in DOWNLOADS.iterdir()}
    link.click()
    return wait_for_download(before, suffix)


def wait_until(driver, condition, seconds=60):
    """Waits for a page that refreshes itself (a running job) to satisfy `condition`."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            if condition():
                return True
        except (NoSuchElementException, StaleElementReferenceException):
            pass
        time.sleep(0.5)
    return False


def submit(form):
    form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]").click()


def overzicht(driver):
    driver.get(BASE + "/")
    check(driver.current_url.endswith("/overzicht"), "/ leidt naar Overzicht")
    body = text(driver)
    check("Gegevens per projectjaar en soort" in body and "toekenningen" in body, "Overzicht toont de gegevens per soort")
    check("VOORBEELDDATA" in body.upper(), "Overzicht toont de markering voorbeelddata")
    page(driver, "overzicht")


def vragen(driver):
    """Toekenningen per provincie over project years 2 and 3, and its workbook."""
    driver.get(BASE + "/vragen")
    page(driver, "vragen-formulier")
    form = driver.find_element(By.CSS_SELECTOR, "form.vraag")
    Select(form.find_element(By.NAME, "tabel")).select_by_value("toekenningen")
    for box in form.find_elements(By.NAME, "projectjaren"):
        if box.is_selected() != (box.get_attribute("value") in ("2", "3")):
            box.click()
    Select(form.find_element(By.NAME, "naast")).select_by_value("projectjaar")
    per = form.find_element(By.NAME, "per")
    per.clear()
    per.send_keys("provincie")
    submit(form)
    body = text(driver)
    check("Limburg" in body and "West-Vlaanderen" in body, "Vragen: de tabel per provincie staat op de pagina")
    headers = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "section.antwoord th")]
    check(any("2" in h for h in headers) and any("3" in h for h in headers), f"Vragen: projectjaar 2 en 3 naast elkaar ({headers[:8]})")
    page(driver, "vragen-per-provincie")
    links = {a.text.strip().lower(): a for a in driver.find_elements(By.CSS_SELECTOR, "ul.downloads a")}
    check({"xlsx", "csv", "json", "md"} <= set(links), f"Vragen: downloads {sorted(links)}")
    deelvraag = driver.find_element(By.CSS_SELECTOR, "pre.deelvraag").text
    check("[[deelvraag]]" in deelvraag and re.search(r'per\s*=\s*\[?\s*"provincie"', deelvraag) is not None,
          "Vragen: de tabel als [[deelvraag]] van een vraagbestand, per provincie")
    workbook = download(driver, links["xlsx"], ".xlsx") if "xlsx" in links else None
    if check(workbook is not None, "Vragen: het werkboek is gedownload"):
        book = openpyxl.load_workbook(workbook)
        values = [str(c.value) for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
        check(any("Limburg" in v for v in values), f"openpyxl opent {workbook.name}: {len(book.worksheets)} bladen, Limburg staat erin")


def invoer(driver):
    """A file with errors, its error table and workbook; then the corrected file, imported."""
    work = DOWNLOADS.parent / "invoer"
    (work / "fout").mkdir(parents=True, exist_ok=True)
    original = (FIXTURE / "toekenningen.csv").read_text(encoding="utf-8").splitlines()
    broken = list(original)
    broken[2] = broken[2].replace("Antwerpen", "Atlantis", 1)          # row 3: unknown bestuur
    broken[4] = re.sub(r",[0-9.]+,$", ",vijftig,", broken[4])          # row 5: no amount
    broken_file = work / "fout" / "toekenningen.csv"
    broken_file.write_text("\n".join(broken) + "\n", encoding="utf-8")
    good_file = FIXTURE / "toekenningen.csv"

    driver.get(BASE + "/invoer")
    page(driver, "invoer")
    driver.find_element(By.CSS_SELECTOR, "form.invoer input[type=file]").send_keys(str(broken_file))
    submit(driver.find_element(By.CSS_SELECTOR, "form.invoer"))
    check(wait_until(driver, lambda: "er is niets opgeslagen" in text(driver)), "Invoer: het bestand met fouten wordt geweigerd")
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")] for tr in driver.find_elements(By.CSS_SELECTOR, "table tbody tr")]
    check(any(r[:2] == ["toekenningen.csv", "3"] and "Atlantis" in r[3] for r in rows if len(r) >= 5),
          "Invoer: de fouttabel noemt bestand, rij 3 en de waarde Atlantis")
    check(any(r[:2] == ["toekenningen.csv", "5"] and r[2] == "subsidie" and "vijftig" in r[3] for r in rows if len(r) >= 5),
          "Invoer: de fouttabel noemt rij 5, kolom subsidie en de waarde vijftig")
    page(driver, "invoer-fouten")
    workbook = download(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "rijen met fouten"), ".xlsx")
    if check(workbook is not None, "Invoer: het foutenwerkboek is gedownload"):
        sheet = openpyxl.load_workbook(workbook).worksheets[0]
        table = [[c.value for c in row] for row in sheet.iter_rows()]
        header = [str(v).lower() for v in table[0]]
        check("melding" in header and "bestuur" in header, f"openpyxl: het foutenwerkboek heeft de oorspronkelijke kolommen en melding ({header})")
        data = [r for r in table[1:] if any(v is not None for v in r)]
        check(len(data) == 2 and any("Atlantis" in str(v) for r in data for v in r), f"openpyxl: de 2 foute rijen staan erin ({len(data)})")

    driver.get(BASE + "/invoer")
    driver.find_element(By.CSS_SELECTOR, "form.invoer input[type=file]").send_keys(str(good_file))
    submit(driver.find_element(By.CSS_SELECTOR, "form.invoer"))
    check(wait_until(driver, lambda: "Geen fouten gevonden" in text(driver)), "Invoer: het verbeterde bestand is zonder fouten")
    page(driver, "invoer-gecontroleerd")
    driver.find_element(By.XPATH, "//button[contains(., 'Bevestigen')]").click()
    check(wait_until(driver, lambda: "Ingelezen en opgeslagen" in text(driver)), "Invoer: bevestigd en ingelezen")
    wait_until(driver, lambda: driver.find_elements(By.TAG_NAME, "footer"))  # the page has grown to its end
    counts = {tr.find_element(By.TAG_NAME, "th").text: [td.text for td in tr.find_elements(By.TAG_NAME, "td")]
              for tr in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")}
    check("toekenningen" in counts and len(counts["toekenningen"]) == 4, f"Invoer: toegevoegd, vervangen, ongewijzigd, verwijderd per soort ({counts})")
    page(driver, "invoer-ingelezen")
    driver.get(BASE + "/overzicht")
    check("toekenningen.csv" in text(driver), "Overzicht: het ingelezen bestand staat bij de ingelezen bestanden")


def antwoorden(driver):
    """A question file drafted from the text of question 492, saved, answered as a bundle."""
    driver.get(BASE + "/antwoorden")
    page(driver, "antwoorden")
    driver.find_element(By.PARTIAL_LINK_TEXT, "Nieuw vraagbestand").click()
    driver.find_element(By.NAME, "nummer").send_keys("492")
    area = driver.find_element(By.NAME, "tekst")
    driver.execute_script("arguments[0].value = arguments[1];", area, VRAAG_492.read_text(encoding="utf-8"))
    page(driver, "antwoord-nieuw")
    submit(area.find_element(By.XPATH, "./ancestor::form"))
    proposals = driver.find_elements(By.CSS_SELECTOR, "section.voorstel")
    check(len(proposals) >= 5, f"Antwoorden: het ontwerp toont een voorstel per deelvraag ({len(proposals)})")
    toml = driver.find_element(By.NAME, "toml").get_attribute("value")
    check("[[deelvraag]]" in toml and "nummer = 492" in toml.replace('"', ""), "Antwoorden: het ontwerp is een vraagbestand voor 492")
    page(driver, "antwoord-ontwerp")
    submit(driver.find_element(By.NAME, "toml").find_element(By.XPATH, "./ancestor::form"))
    check(driver.current_url.endswith("/vraagbestand/vraag-492.toml"), f"Antwoorden: bewaard als vraag-492.toml ({driver.current_url})")
    page(driver, "vraagbestand")
    submit(driver.find_element(By.XPATH, "//form[contains(@action, '/antwoord')]"))
    check(wait_until(driver, lambda: driver.find_elements(By.PARTIAL_LINK_TEXT, "Alles als ZIP")), "Antwoorden: de bundel is gemaakt")
    preview = driver.find_element(By.CSS_SELECTOR, "pre.antwoord").text
    check("492" in preview and "euro" in preview, "Antwoorden: het ontwerpantwoord staat op de pagina")
    page(driver, "bundel")
    bundle = download(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Alles als ZIP"), ".zip")
    if check(bundle is not None, "Antwoorden: de ZIP is gedownload"):
        with zipfile.ZipFile(bundle) as archive:
            names = {pathlib.PurePosixPath(n).name: n for n in archive.namelist()}
            check({"antwoord.md", "antwoord.docx", "bijlage.xlsx"} <= set(names), f"ZIP bevat antwoord.md, antwoord.docx en bijlage.xlsx ({sorted(names)})")
            check(archive.testzip() is None, "ZIP: elk bestand heeft een juiste CRC")
            if "bijlage.xlsx" in names:
                book = openpyxl.load_workbook(io.BytesIO(archive.read(names["bijlage.xlsx"])))
                check(len(book.worksheets) >= 5, f"openpyxl opent bijlage.xlsx uit de ZIP ({len(book.worksheets)} bladen)")
            if "antwoord.md" in names:
                check(archive.read(names["antwoord.md"]).decode("utf-8").strip().splitlines()[0:1] != [],
                      "antwoord.md uit de ZIP is leesbare UTF-8")


def opendata(driver):
    """The open-data package of project year 3: its check and its ZIP."""
    driver.get(BASE + "/opendata")
    Select(driver.find_element(By.NAME, "projectjaar")).select_by_value("3")
    submit(driver.find_element(By.CSS_SELECTOR, "form.vraag"))
    check("0 problemen" in text(driver), "Open data: de controle van het pakket vindt 0 problemen")
    page(driver, "opendata")
    package = download(driver, driver.find_element(By.PARTIAL_LINK_TEXT, "Pakket als ZIP"), ".zip")
    if check(package is not None, "Open data: de ZIP is gedownload"):
        with zipfile.ZipFile(package) as archive:
            names = [pathlib.PurePosixPath(n).name for n in archive.namelist()]
            check("datapackage.json" in names and "dcat.jsonld" in names, f"Open data: de ZIP bevat datapackage.json en dcat.jsonld ({len(names)} bestanden)")


def main():
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver = browser()
    try:
        for step in STEPS:
            try:
                step(driver)
            except Exception as error:  # a step that breaks is one failure; the walk goes on
                check(False, f"{step.__name__}: {type(error).__name__}: {error}".splitlines()[0])
                try:
                    page(driver, step.__name__ + "-fout")
                except Exception:
                    pass
    finally:
        driver.quit()
    return 1 if failures else 0


STEPS = [overzicht, invoer, vragen, antwoorden, opendata]

if __name__ == "__main__":
    sys.exit(main())
