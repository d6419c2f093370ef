# Shared by scripts/start.sh and scripts/test.sh: a fresh machine has only Node and npm.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PNPM_VERSION=12.4.2

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    PNPM=(pnpm)
  elif npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    PNPM=(pnpm)
  else
    # No permission for a global install: run the pinned pnpm through npx instead.
    PNPM=(npx -y "pnpm@$PNPM_VERSION")
  fi
  echo "» pnpm $("${PNPM[@]}" --version)"
}

install_deps() {
  echo "» installing dependencies"
  "${PNPM[@]}" install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 3
  "${PNPM[@]}" --filter @zhzx/api run generate >/dev/null
}

build_spas() {
  echo "» building the admin and portal SPAs"
  "${PNPM[@]}" exec turbo run build --filter=@zhzx/admin --filter=@zhzx/portal --output-logs=errors-only
}
