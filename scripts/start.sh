#!/usr/bin/env bash
# The README start command: installs, builds, starts PostgreSQL (embedded unless DATABASE_URL is set),
# migrates, seeds demo data into an empty database, and serves API, admin and portal on port 4000.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_deps
build_spas
cd apps/api
exec ./node_modules/.bin/tsx scripts/stack.ts
