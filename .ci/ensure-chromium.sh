#!/usr/bin/env bash
# Make sure a Chromium exists for the Playwright e2e tests (see playwright.config.ts).
# Order: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, installed with apt-get when we are
# root. Never `npx playwright install` on the build machines: it downloads a browser and
# fails offline (DESIGN.md).
set -euo pipefail

if [[ -n "${CHROMIUM_PATH:-}" ]]; then
  if [[ -x "$CHROMIUM_PATH" ]]; then
    echo "ensure-chromium: using CHROMIUM_PATH=$CHROMIUM_PATH"
    exit 0
  fi
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file" >&2
  exit 1
fi

if [[ -x /usr/bin/chromium ]]; then
  echo "ensure-chromium: found /usr/bin/chromium ($(/usr/bin/chromium --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

PW_BROWSERS="${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"
if compgen -G "$PW_BROWSERS/chromium*" >/dev/null; then
  echo "ensure-chromium: using Playwright's own Chromium under $PW_BROWSERS"
  exit 0
fi

if [[ "$(id -u)" -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y --no-install-recommends chromium
  exit 0
fi

cat >&2 <<'MSG'
ensure-chromium: no Chromium found for the e2e tests. Do one of:
  - Debian/Ubuntu:  sudo apt-get install -y chromium
  - any browser binary you have:  export CHROMIUM_PATH=/path/to/chromium
  - with internet access:  npx playwright install chromium
    (playwright.config.ts uses it when neither CHROMIUM_PATH nor /usr/bin/chromium is set)
MSG
exit 1
