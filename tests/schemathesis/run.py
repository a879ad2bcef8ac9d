#!/usr/bin/env python3
"""Runs schemathesis against the reference backend with the committed OpenAPI document.

Logs in through the demo login (as a real browser would, with the CSRF header) to get a session cookie, then
runs `st run` with that cookie, the CSRF header and the admin token. Logging out is excluded, since it would end
the session the run depends on (disabled in crates/contract/schemathesis.toml, which also says which checks are
relaxed and why). Started by `cargo xtask test` with BASE_URL set.
"""
import json
import os
import subprocess
import sys
import urllib.request

BASE = os.environ.get("BASE_URL", "http://127.0.0.1:8080")
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SPEC = os.path.join(ROOT, "crates", "contract", "openapi.yaml")
CONFIG = os.path.join(ROOT, "crates", "contract", "schemathesis.toml")
EXAMPLES = os.environ.get("ST_MAX_EXAMPLES", "30")


def login() -> str:
    with urllib.request.urlopen(f"{BASE}/dev/login") as resp:
        borgere = json.load(resp)
    body = json.dumps({"borger_id": borgere[1]["id"]}).encode()
    req = urllib.request.Request(f"{BASE}/dev/login", data=body, method="POST", headers={
        "Content-Type": "application/json", "x-fleks-client": "1", "Origin": BASE,
    })
    with urllib.request.urlopen(req) as resp:
        cookie = resp.headers.get("Set-Cookie", "")
    value = cookie.split(";", 1)[0]
    if not value.startswith("__Host-fleksvej="):
        sys.exit(f"demo login gave no session cookie: {cookie!r}")
    return value


def main() -> int:
    cookie = login()
    token = os.environ.get("ADMIN_TOKEN", "")
    cmd = [
        "st", "--config-file", CONFIG, "run", SPEC,
        "--url", BASE,
        "--header", f"Cookie: {cookie}",
        "--header", "x-fleks-client: 1",
        "--header", f"Origin: {BASE}",
        "--max-examples", EXAMPLES,
        "--workers", "1",
        "--seed", os.environ.get("ST_SEED", "20261122"),
    ]
    if token:
        cmd += ["--header", f"Authorization: Bearer {token}"]
    print(" ".join(c if "Cookie" not in c and "Bearer" not in c else c.split(":")[0] + ": …" for c in cmd), flush=True)
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
