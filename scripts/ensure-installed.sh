#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than package-lock.json, so
# the README's commands work on a fresh clone and stay quick on the next run.
set -euo pipefail
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "Installing npm packages…"
  # npm install, not npm ci: npm 11 here refuses `npm ci` because the lock file has no entries for
  # Next's optional packages for other platforms; npm install follows the lock file all the same.
  npm install --no-audit --no-fund
fi
