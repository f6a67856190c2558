#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than package-lock.json, so
# the README's commands work on a fresh clone and stay quick on the next run.
set -euo pipefail
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages (npm ci)…"
  npm ci --no-audit --no-fund
fi
