#!/usr/bin/env python3
"""Takes the README screenshots: logs in to a running Cellbook through chromedriver's W3C
WebDriver API (standard library only) and saves one PNG per page.

Usage: chromedriver --port=9515 &  then  docs/screenshots/take.py http://localhost:8080 out-dir page=path ...
(SHOT_SIZE=1400,2600 for a taller window.)
"""
import base64
import os
import json
import sys
import time
import urllib.request

DRIVER = "http://localhost:9515"


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(DRIVER + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as resp:
        return json.loads(resp.read())["value"]


def main():
    base, out, pages = sys.argv[1], sys.argv[2], sys.argv[3:]
    caps = {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {
        "binary": "/usr/bin/chromium",
        "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=" + os.environ.get("SHOT_SIZE", "1400,900")]}}}}
    session = call("POST", "/session", caps)["sessionId"]
    s = f"/session/{session}"
    try:
        call("POST", s + "/url", {"url": base + "/login"})
        time.sleep(4)
        for name, value in (("username", "researcher"), ("password", "researcher")):
            el = call("POST", s + "/element", {"using": "css selector", "value": f"input[name={name}]"})
            call("POST", s + f"/element/{list(el.values())[0]}/value", {"text": value})
        button = call("POST", s + "/element", {"using": "css selector", "value": "vaadin-button[slot=submit], vaadin-login-form button, vaadin-button"})
        call("POST", s + f"/element/{list(button.values())[0]}/click", {})
        time.sleep(5)
        for page in pages:
            name, path = page.split("=", 1)
            call("POST", s + "/url", {"url": base + "/" + path})
            time.sleep(6)
            png = call("GET", s + "/screenshot")
            with open(f"{out}/{name}.png", "wb") as f:
                f.write(base64.b64decode(png))
            print("saved", name)
    finally:
        call("DELETE", s)


if __name__ == "__main__":
    main()
