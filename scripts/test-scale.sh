#!/usr/bin/env bash
# npm run test:scale: two web instances, workers and a hot standby, on real processes (tests/scale).
# Needs PostgreSQL's server binaries (initdb, pg_ctl, pg_basebackup; SCALE_PG_BIN to choose) and free
# ports: SCALE_PG_PORT (default 5440, the standby one above) and SCALE_WEB_PORT (3340 and 3341).
# It starts its own clusters and never touches another server. A production build is made into
# NEXT_DIST_DIR (default .next-scale) unless SCALE_REUSE_BUILD=1 and one is there already.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
export NEXT_DIST_DIR="${NEXT_DIST_DIR:-.next-scale}"
if [[ "${SCALE_REUSE_BUILD:-}" != 1 || ! -f "$NEXT_DIST_DIR/BUILD_ID" ]]; then
  echo "Building into $NEXT_DIST_DIR ..."
  NEXTAUTH_SECRET=scale-build node node_modules/next/dist/bin/next build >"/tmp/scout-scale-build-$$.log" 2>&1 \
    || { tail -50 "/tmp/scout-scale-build-$$.log"; exit 1; }
fi
npx vitest run --config vitest.scale.config.ts "$@"
