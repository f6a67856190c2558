#!/usr/bin/env bash
# README command 2 (and CI's): install what the tests need, then run type checks, unit,
# integration and end-to-end tests. With DATABASE_URL set (a PostgreSQL on this machine) the
# integration and browser tests make throwaway databases there; without it they use the embedded one.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-installed.sh

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ ! -x "$CHROMIUM" ] || ! command -v pdftotext >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium and poppler-utils from Debian's packages…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (or set CHROMIUM_PATH)." >&2
    exit 1
  fi
fi

# Not test-results/: Playwright empties that folder when it starts.
mkdir -p test-reports
echo "== Lint, architecture boundaries and unused code (npm run lint: Biome, dependency-cruiser, knip)"
npm run --silent lint
echo "== Dependency audit (npm audit --omit=dev: no high or critical findings)"
npx tsx scripts/audit-dependencies.ts
echo "== Type check"
# Pages take their props as Next's PageProps<'/route'>, declared in the route types `next typegen` writes to .next/types.
npx next typegen
npx tsc --noEmit
echo "== Unit tests"
npx vitest run --project unit --reporter=default --reporter=json --outputFile.json=test-reports/unit.json
echo "== Integration tests"
npx vitest run --project integration --reporter=default --reporter=json --outputFile.json=test-reports/integration.json
echo "== Production build"
npm run --silent build
echo "== End-to-end tests"
PLAYWRIGHT_JSON_OUTPUT_NAME=test-reports/e2e.json npx playwright test --reporter=list,json
node scripts/summarise-tests.mjs test-reports/unit.json test-reports/integration.json test-reports/e2e.json
