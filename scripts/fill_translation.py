"""Fill in English for Dutch texts that lupdate added as unfinished.

Usage: .venv/bin/python scripts/fill_translation.py "Dutch=English" ["Dutch=English" ...]
(the Dutch text as it stands in the .ts file, XML-escaped); then run
scripts/update-translations.sh again to compile.
"""

import re
import sys
from pathlib import Path

TS = Path(__file__).parents[1] / "src" / "intake_desktop" / "resources" / "translations" / "intake_desktop_en.ts"

text = TS.read_text(encoding="utf-8")
for pair in sys.argv[1:]:
    # "Dutch=English", or "Dutch|=|English" when the Dutch holds an "="
    source, english = pair.split("|=|", 1) if "|=|" in pair else pair.split("=", 1)
    pattern = r"(<source>" + re.escape(source) + r'</source>\s*)<translation type="unfinished">'
    pattern += r"[^<]*</translation>"
    text, count = re.subn(pattern, lambda m: m.group(1) + f"<translation>{english}</translation>",
                          text)
    print(f"{count}x {source!r}")
TS.write_text(text, encoding="utf-8")
