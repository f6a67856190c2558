#!/usr/bin/env bash
# README command 1: install, build and serve Fairboard (embedded PostgreSQL when DATABASE_URL is unset).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-installed.sh
exec node node_modules/tsx/dist/cli.mjs scripts/start.ts "$@"
