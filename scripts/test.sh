#!/usr/bin/env bash
# npm test: every test. Types, lint, unit, integration against real PostgreSQL, and end-to-end in
# Chromium against a production build. PostgreSQL is found at TEST_DATABASE_URL, else
# 127.0.0.1:5432; the suite creates and drops its own databases and never touches .data/.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
rm -rf .reports && mkdir -p .reports
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Chromium for the end-to-end tests"
bash scripts/ensure-chromium.sh

step "Prisma client"
npm run --silent db:generate >/dev/null

step "Types"
npx tsc --noEmit

step "Lint"
npx eslint --max-warnings=0 .

step "Unit and integration tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile=.reports/vitest.json

step "End-to-end tests (Playwright, Chromium, production build)"
read -r E2E_DB E2E_DATABASE_URL < <(npx tsx tests/support/test-db.ts create scout_e2e)
export E2E_DATABASE_URL
trap 'npx tsx tests/support/test-db.ts drop "$E2E_DB" || true' EXIT
DATABASE_URL="$E2E_DATABASE_URL" npx tsx prisma/seed/index.ts --count 1500 --quiet
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-e2e}"
DATABASE_URL="$E2E_DATABASE_URL" NEXTAUTH_SECRET=e2e-build node node_modules/next/dist/bin/next build >.reports/e2e-build.log 2>&1 \
  || { tail -50 .reports/e2e-build.log; exit 1; }
CI=1 npx playwright test

step "Scale: two web instances, workers and a hot standby (npm run test:scale)"
# Reuses the end-to-end build; starts PostgreSQL clusters of its own (ports SCALE_PG_PORT, default 5440-5441).
SCALE_REUSE_BUILD=1 bash scripts/test-scale.sh --reporter=default --reporter=json --outputFile=.reports/scale.json

step "Summary"
node scripts/test-summary.mjs
