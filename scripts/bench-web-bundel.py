"""Part of scripts/bench-web.sh: the answer bundle of question 492 through samenleven web, alone
and while an import runs through the same server. Usage: BASE COOKIE TOEKENNINGEN_CSV"""
import re
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request

base, cookie, csv_path = sys.argv[1], sys.argv[2], sys.argv[3]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


opener = urllib.request.build_opener(NoRedirect)


def request(path, data=None, headers=None):
    all_headers = {"Cookie": cookie, **(headers or {})}
    try:
        with opener.open(urllib.request.Request(base + path, data=data, headers=all_headers)) as response:
            return response.status, response.headers, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # 303 arrives as an error without redirects
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def csrf():
    _, _, page = request("/vraagbestand/vraag-492.toml")
    return re.search(r'name="csrf" value="([0-9a-f]+)"', page).group(1)


def bundle():
    """Seconds from posting the form to the complete bundle page."""
    start = time.perf_counter()
    status, headers, _ = request("/vraagbestand/vraag-492.toml/antwoord",
                                 urllib.parse.urlencode({"csrf": csrf(), "projectjaar": ""}).encode())
    assert status == 303, status
    _, _, page = request(headers["Location"])
    assert "Alles als ZIP" in page, page[-500:]
    return time.perf_counter() - start


def import_file():
    """Validates and imports the file through the Invoer page; returns its seconds."""
    boundary = "bench0123456789"
    content = open(csv_path, "rb").read()
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf()}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"bestanden\"; filename=\"toekenningen.csv\"\r\n"
            f"Content-Type: text/csv\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    start = time.perf_counter()
    status, headers, _ = request("/invoer", body, {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert status == 303, status
    task = headers["Location"]
    _, _, page = request(task)
    assert "Geen fouten gevonden" in page, page[-800:]
    status, headers, _ = request(task + "/bevestig", urllib.parse.urlencode({"csrf": csrf()}).encode())
    assert status == 303, status
    _, _, page = request(headers["Location"])
    assert "Ingelezen en opgeslagen" in page, page[-800:]
    return time.perf_counter() - start


def report(label, times):
    times = sorted(times)
    print(f"   {label}: min {times[0] * 1000:.0f} ms, mediaan {statistics.median(times) * 1000:.0f} ms ({len(times)} keer)")


bundle()  # warm-up
report("alleen", [bundle() for _ in range(5)])
during = []
importing = threading.Thread(target=lambda: during.append(("invoer", import_file())))
importing.start()
time.sleep(0.2)
while importing.is_alive():
    during.append(("bundel", bundle()))
importing.join()
report("tijdens de invoer", [t for k, t in during if k == "bundel"])
print(f"   de invoer zelf (controleren + inlezen, 21.744 rijen): {[t for k, t in during if k == 'invoer'][0]:.1f} s")
