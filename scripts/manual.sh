#!/usr/bin/env bash
# Builds the user manual: runs the e2e suite (which captures every screenshot afresh), then renders
# docs/manual/*.md into docs/manual/dist (served at /help) and a PDF.
source "$(dirname "$0")/lib/common.sh"
ensure_pnpm
install_deps
build_spas
(cd e2e && ./node_modules/.bin/playwright test --reporter=line)
cd e2e && exec ./node_modules/.bin/tsx manual/build-manual.ts
