#!/usr/bin/env bash
# The README test command: unit + integration tests (real PostgreSQL: DATABASE_URL if set, else an
# embedded one) and Playwright e2e against the built stack in Debian's Chromium.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_deps

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ] || ! (fc-list 2>/dev/null | grep -qi wqy); then
  echo "» installing Chromium and a Chinese font from Debian"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
fi

RESULTS="$ROOT/.test-results"
rm -rf "$RESULTS" && mkdir -p "$RESULTS"
status=0

echo "» typecheck"
"${PNPM[@]}" exec turbo run typecheck --output-logs=errors-only || status=1

echo "» unit and integration tests"
(cd packages/shared && ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="$RESULTS/shared.json") || status=1
(cd apps/api && ./node_modules/.bin/vitest run --reporter=default --reporter=json --outputFile="$RESULTS/api.json") || status=1

build_spas || status=1

echo "» end-to-end tests (Playwright, Chromium)"
# Free ports for the e2e stack and its throw-away PostgreSQL: a server left running elsewhere on this
# machine (another checkout, a stopped run) must not make the suite fail before it starts.
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
E2E_PORT="${E2E_PORT:-$(free_port)}"
E2E_PG_PORT="${E2E_PG_PORT:-$(free_port)}"
(cd e2e && E2E_PORT="$E2E_PORT" PG_PORT="$E2E_PG_PORT" PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" ./node_modules/.bin/playwright test --reporter=list,json) || status=1

echo "» user manual (every screenshot it names must have been captured by this e2e run)"
(cd e2e && ./node_modules/.bin/tsx manual/build-manual.ts) || status=1

node scripts/lib/summarise-results.mjs "$RESULTS" || status=1
exit $status
