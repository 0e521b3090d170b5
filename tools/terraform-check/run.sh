#!/usr/bin/env bash
# Offline checks of terraform/ (no terraform binary, no provider download): installs the pinned checker packages
# with `npm ci` and runs the node:test suites: HCL parse and format, references, event patterns, IAM, wiring.
set -euo pipefail
cd "$(dirname "$0")"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "the terraform checks need node >= 20 and npm" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "the terraform checks need node >= 20 (found $(node --version))" >&2
  exit 1
fi
npm ci --no-audit --no-fund --loglevel=error
node --test test/
