"""Fills the unfinished entries of the English catalogue from a table given on the command
line as a JSON file {french source: english}; prints the sources still unfinished.

    python tools/fill_translations.py new.json && tools/update_translations.sh
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "translations" / "portefeuille_en.ts"
MESSAGE = re.compile(r"<message>.*?</message>", re.S)


def main(table_path: str | None) -> int:
    table: dict[str, str] = (
        json.loads(Path(table_path).read_text(encoding="utf-8")) if table_path else {}
    )
    text = TS.read_text(encoding="utf-8")
    missing: list[str] = []

    def fill(match: re.Match[str]) -> str:
        block = match.group(0)
        if 'type="unfinished"' not in block:
            return block
        source = html.unescape(re.search(r"<source>(.*?)</source>", block, re.S).group(1))  # type: ignore[union-attr]
        english = table.get(source)
        if english is None:
            missing.append(source)
            return block
        escaped = html.escape(english, quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return re.sub(
            r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
            f"<translation>{escaped}</translation>",
            block,
            flags=re.S,
        )

    TS.write_text(MESSAGE.sub(fill, text), encoding="utf-8")
    for source in missing:
        print(source)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
