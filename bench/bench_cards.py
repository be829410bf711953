"""Bench: 1 000 member cards to PDF, one per page and on A4 sheets (platform-notes.md: ≤ ~5 s).

Run from the repository root::

    python bench/bench_cards.py [count] [--no-photos | --camera-photos]

Each card has its own photo, as a real batch has: by default a small JPEG in the card's
proportions (what the app should store); ``--camera-photos`` gives 640 × 480 landscape
photos that must be cropped and re-encoded on the fly, the worst case.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.documents.card import render_cards  # noqa: E402
from desktop_app.documents.card_sheet import render_card_sheets  # noqa: E402
from tests.documents.factories import many_cards, photo_bytes  # noqa: E402


def main() -> None:
    args = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    count = int(args[0]) if args else 1000
    cards = many_cards(count, with_photos="--no-photos" not in sys.argv)
    if "--camera-photos" in sys.argv:
        cards = [replace(card, photo=photo_bytes(i, (640, 480))) for i, card in enumerate(cards)]
    render_cards(cards[:5])  # warm-up: fonts registered and modules loaded once per process
    for label, render in (("single", render_cards), ("sheets", render_card_sheets)):
        start, cpu_start = time.perf_counter(), time.process_time()
        pdf = render(cards)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start  # steadier than wall time on a busy machine
        print(
            f"{label:7s} {count} cards: {seconds:6.2f} s wall ({count / seconds:6.1f} cards/s), "
            f"{cpu:6.2f} s CPU ({count / cpu:6.1f} cards/s), {len(pdf) / 1e6:5.2f} MB"
        )


if __name__ == "__main__":
    main()
