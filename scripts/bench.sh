#!/usr/bin/env bash
# pnpm bench / npm run bench: data generator + load + ratios + plans + bundle sizes → one report.
# Arguments pass through, e.g. `npm run bench -- --tier M` or `-- --quick`.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_deps
build_spas
cd apps/api
exec ./node_modules/.bin/tsx bench/run.ts "$@"
