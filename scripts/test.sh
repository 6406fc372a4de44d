#!/usr/bin/env bash
# Install what is missing, then run every test (widgets run offscreen: no screen needed).
# The service tests also run against a PostgreSQL server that the tests start on
# loopback in a temporary folder (Debian package postgresql) and stop at the end.
# Extra arguments go to pytest, e.g. scripts/test.sh -k aanmelding
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_system_packages postgresql postgresql-15-pgaudit poppler-utils openssl \
    krb5-kdc krb5-admin-server krb5-user
ensure_venv test
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
