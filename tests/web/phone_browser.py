"""Debian's chromium driven by Selenium through Debian's chromium-driver (never a downloaded browser), headless,
as a phone of the given size: the browser the web catalogue's browser tests look through."""

from __future__ import annotations

import os
import shutil

CHROMIUM = "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


def available() -> bool:
    return os.path.exists(CHROMIUM) and os.path.exists(DRIVER)


def phone_chromium(width: int, height: int, *extra: str, console: bool = False):
    """A headless chromium the size of a phone's screen (touch, ``mobile``); ``console``: its console log kept
    (``driver.get_log("browser")``). The caller quits it."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                f"--window-size={width},{height}", "--force-device-scale-factor=1", "--lang=id", "--no-first-run",
                *extra):
        options.add_argument(arg)
    if console:
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    browser.set_page_load_timeout(30)
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return browser
