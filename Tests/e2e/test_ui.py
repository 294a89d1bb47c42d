#!/usr/bin/env python3
"""End-to-end test of Ward's web UI in a real headless Chromium.

Starts `ward serve` on a free loopback port with a fresh SQLite database, creates an admin,
uploads the demo project's scan with an API token, then in the browser: signs in, opens the
dashboard, filters the findings to critical ones, opens one, marks it a false positive with a
reason, and checks the event in its history. Screenshots of every step go to
.build/test-artifacts/e2e/. Missing Chromium or chromedriver is a failure, never a skip.

Run from the repository root after `swift build --product ward`:  python3 Tests/e2e/test_ui.py
(WARD_BIN overrides the binary, default .build/debug/ward).
"""
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager must not phone home from a test
ARTIFACTS = ROOT / ".build" / "test-artifacts" / "e2e"
WARD = Path(os.environ.get("WARD_BIN", ROOT / ".build" / "debug" / "ward"))
REASON = "Test fixture in the demo app, never deployed (e2e)"


def fail(message):
    print(f"e2e: FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def ward(*args, stdin=None, env=None):
    result = subprocess.run([str(WARD), *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)
    return result


def browser():
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        fail("the selenium Python package is missing: run scripts/install-deps.sh --test")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver_path = shutil.which("chromedriver")
    if not chromium or not driver_path:
        fail("Chromium and chromedriver are required (Debian: apt-get install chromium chromium-driver; "
             "scripts/install-deps.sh --test does it)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1360,1100"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


def wait_for(base, server, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if server.poll() is not None:
            fail(f"ward serve exited with status {server.returncode}")
        try:
            with urllib.request.urlopen(base + "/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    fail(f"ward serve did not answer {base}/health within {seconds} s")


def run_browser_steps(base, password):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    driver = browser()
    shot = lambda name: driver.save_screenshot(str(ARTIFACTS / name))
    wait = WebDriverWait(driver, 15)
    try:
        # 1. Sign in: an unsigned visit to the dashboard lands on the sign-in form.
        driver.get(base + "/")
        wait.until(lambda d: "/login" in d.current_url)
        driver.find_element(By.ID, "username").send_keys("alice")
        driver.find_element(By.ID, "password").send_keys(password)
        shot("01-login.png")
        driver.find_element(By.CSS_SELECTOR, "form[action='/login'] button[type=submit]").click()

        # 2. The dashboard, with its server-drawn chart.
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1") and "Portfolio dashboard" in d.find_element(By.TAG_NAME, "h1").text)
        if not driver.find_elements(By.CSS_SELECTOR, "svg.chart rect.bar-new"):
            fail("the dashboard has no weekly chart")
        if "alice" not in driver.find_element(By.CSS_SELECTOR, "header .who").text:
            fail("the header does not show the signed-in user")
        shot("02-dashboard.png")

        # 3. Filter the findings to critical ones with the filter form.
        driver.find_element(By.LINK_TEXT, "Findings").click()
        wait.until(lambda d: d.find_elements(By.ID, "filter-severity"))
        Select(driver.find_element(By.ID, "filter-severity")).select_by_value("critical")
        driver.find_element(By.ID, "filter-apply").click()
        wait.until(lambda d: "severity=critical" in d.current_url)
        badges = [b.text for b in driver.find_elements(By.CSS_SELECTOR, "table.findings td .badge[class*='sev-']")]
        if not badges or any(text != "critical" for text in badges):
            fail(f"the filtered list should hold only critical findings, got {badges}")
        shot("03-findings-critical.png")

        # 4. Open the first one.
        driver.find_element(By.CSS_SELECTOR, "table.findings tbody tr td a[href^='/findings/']").click()
        wait.until(lambda d: d.find_elements(By.ID, "triage-state"))
        finding_url = driver.current_url
        shot("04-finding.png")

        # 5. Mark it a false positive with a reason; the page comes back with the event in its history.
        Select(driver.find_element(By.ID, "triage-state")).select_by_value("false_positive")
        driver.find_element(By.ID, "triage-reason").send_keys(REASON)
        driver.find_element(By.ID, "triage-submit").click()
        wait.until(lambda d: "#history" in d.current_url)
        if driver.current_url.split("#")[0] != finding_url:
            fail(f"after triage the browser is on {driver.current_url}, not the finding")
        state = driver.find_element(By.ID, "finding-state").text
        if "false positive" not in state:
            fail(f"the finding's state reads '{state}', not false positive")
        history = driver.find_element(By.ID, "history").text
        if REASON not in history or "false positive" not in history or "alice" not in history:
            fail(f"the history does not show alice's transition with its reason:\n{history}")
        driver.find_element(By.ID, "history").location_once_scrolled_into_view
        shot("05-false-positive.png")

        # 6. The finding links its rule's knowledge-base entry (or a search when the catalog lacks the rule).
        driver.get(finding_url)
        wait.until(lambda d: d.find_elements(By.ID, "kb-link"))
        driver.find_element(By.ID, "kb-link").click()
        wait.until(lambda d: "/kb" in d.current_url and d.find_elements(By.TAG_NAME, "h1"))
        shot("06-kb-from-finding.png")

        # 7. The project's requirements, each with a status.
        driver.get(base + "/projects/demo/requirements")
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1") and "Security requirements" in d.find_element(By.TAG_NAME, "h1").text)
        if not driver.find_elements(By.CSS_SELECTOR, "table.requirements tbody tr"):
            fail("the requirements page has no requirement rows")
        shot("07-requirements.png")

        # 8. Maturity: the project's radar and the portfolio heatmap.
        driver.get(base + "/projects/demo")
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1"))
        if not driver.find_elements(By.CSS_SELECTOR, "svg[aria-labelledby='radar-title']"):
            fail("the project page has no maturity radar")
        driver.get(base + "/maturity")
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1") and "maturity" in d.find_element(By.TAG_NAME, "h1").text.lower())
        if not driver.find_elements(By.CSS_SELECTOR, "table.heatmap tbody tr"):
            fail("the maturity page has no heatmap rows")
        shot("08-maturity.png")
        driver.get(base + "/projects/demo/threat-model")
        wait.until(lambda d: d.find_elements(By.TAG_NAME, "h1") and "Threat model" in d.find_element(By.TAG_NAME, "h1").text)
        if not driver.find_elements(By.CSS_SELECTOR, "form[action='/projects/demo/threat-model'] textarea[name=model]"):
            fail("the threat model page offers no upload form")
        shot("08-threat-model.png")

        # 9. Analytics: every table with its CSV link, and the weekly chart.
        driver.find_element(By.LINK_TEXT, "Analytics").click()
        wait.until(lambda d: d.find_elements(By.ID, "analytics-severity"))
        links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "a.csv")]
        if len(links) != 5 or not all("format=csv" in link for link in links):
            fail(f"the analytics page should link five CSV exports, got {links}")
        if not driver.find_elements(By.ID, "analytics-density"):
            fail("the analytics page has no findings-per-KLOC table")
        if not driver.find_elements(By.CSS_SELECTOR, "#analytics-weeks svg.chart"):
            fail("the analytics page has no weekly chart")
        shot("09-analytics.png")

        # 10. The knowledge base: search, then open the first entry.
        driver.find_element(By.LINK_TEXT, "Knowledge base").click()
        wait.until(lambda d: d.find_elements(By.ID, "kb-q"))
        driver.find_element(By.ID, "kb-q").send_keys("secret")
        driver.find_element(By.CSS_SELECTOR, "form[role=search] button[type=submit]").click()
        wait.until(lambda d: "q=secret" in d.current_url)
        results = driver.find_elements(By.CSS_SELECTOR, "table.kb-results tbody tr td a")
        if not results:
            fail("searching the knowledge base for 'secret' found nothing")
        results[0].click()
        wait.until(lambda d: d.find_elements(By.ID, "kb-entry"))
        shot("10-kb-entry.png")

        # The pages ran under the strict CSP without violations.
        violations = [entry["message"] for entry in driver.get_log("browser") if "Content Security Policy" in entry["message"]]
        if violations:
            fail("content security policy violations:\n" + "\n".join(violations))
    finally:
        driver.quit()


def main():
    if not WARD.exists():
        fail(f"{WARD} is missing: run `swift build --product ward` first")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory(prefix="ward-e2e-") as directory:
        database = f"sqlite://{directory}/ward.db"
        password = "e2e-" + secrets.token_urlsafe(18)
        created = ward("admin", "create-user", "alice", "--role", "admin", "--team", "core", "--database", database, stdin=password + "\n")
        if created.returncode != 0:
            fail(f"ward admin create-user: {created.stderr}")
        token = ward("admin", "create-token", "e2e", "--user", "alice", "--create-projects", "--database", database)
        if token.returncode != 0 or not token.stdout.strip().startswith("ward_pat_"):
            fail(f"ward admin create-token: {token.stderr}")
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = open(Path(directory) / "serve.log", "w")
        server = subprocess.Popen([str(WARD), "serve", "--database", database, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for(base, server)
            env = dict(os.environ, WARD_TOKEN=token.stdout.strip())
            # The UI needs findings, not the advisory database (which `ward db update` fetches): secrets are enough.
            upload = ward("scan", str(ROOT / "examples" / "demo-app"), "--no-components", "--upload", base, "--project", "demo", env=env)
            # Exit status 1 only says the demo's findings fail the gate; the upload itself must have happened.
            if upload.returncode not in (0, 1) or "uploaded scan" not in upload.stderr:
                fail(f"ward scan --upload (status {upload.returncode}): {upload.stderr}")
            run_browser_steps(base, password)
        except BaseException as error:
            log.flush()
            print("e2e: the server's log:\n" + (Path(directory) / "serve.log").read_text()[-4000:], file=sys.stderr)
            if isinstance(error, SystemExit):
                raise
            traceback.print_exc()
            fail(f"{type(error).__name__} (screenshots so far in {ARTIFACTS})")
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
            log.close()
    print(f"e2e: passed; screenshots in {ARTIFACTS.relative_to(ROOT)}/")


if __name__ == "__main__":
    main()
