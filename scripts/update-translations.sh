#!/usr/bin/env bash
# Collect the texts from the code into the .ts file (Qt Linguist) and compile the .qm.
# Source texts are Dutch; src/intake_desktop/resources/translations/intake_desktop_en.ts holds English.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(find src/intake_desktop -name '*.py' | sort)
.venv/bin/pyside6-lupdate $files -ts src/intake_desktop/resources/translations/intake_desktop_en.ts -no-obsolete -locations none
.venv/bin/pyside6-lrelease src/intake_desktop/resources/translations/intake_desktop_en.ts \
    -qm src/intake_desktop/resources/translations/intake_desktop_en.qm
