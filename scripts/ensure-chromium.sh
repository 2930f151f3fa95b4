#!/usr/bin/env bash
# Browser tests drive Debian's chromium through playwright-core (no browser download).
# Installs it when missing and this is a Debian machine where we are root; otherwise explains.
if command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0
fi
echo "chromium not found: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH; the browser tests need it" >&2
exit 1
