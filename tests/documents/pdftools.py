"""Reading rendered PDFs back with poppler-utils and zbar (installed on the CI machines)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils absent")
needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None,
    reason="zbar-tools or poppler-utils absent",
)


def _write(pdf: bytes, folder: Path) -> Path:
    path = folder / "doc.pdf"
    path.write_bytes(pdf)
    return path


def page_count(pdf: bytes, folder: Path) -> int:
    out = subprocess.run(
        ["pdfinfo", str(_write(pdf, folder))], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"^Pages:\s+(\d+)", out, re.MULTILINE)
    assert match, out
    return int(match.group(1))


def page_size_mm(pdf: bytes, folder: Path) -> tuple[float, float]:
    out = subprocess.run(
        ["pdfinfo", str(_write(pdf, folder))], capture_output=True, text=True, check=True
    ).stdout
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", out)
    assert match, out
    return float(match.group(1)) * 25.4 / 72, float(match.group(2)) * 25.4 / 72


def text(pdf: bytes, folder: Path, page: int | None = None) -> str:
    """Extracted text with every run of white space (line ends included) made one space,
    so wrapped sentences still match; pdftotext prints no-break spaces as spaces."""
    args = ["pdftotext", "-enc", "UTF-8"]
    if page is not None:
        args += ["-f", str(page), "-l", str(page)]
    args += [str(_write(pdf, folder)), "-"]
    out = subprocess.run(args, capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def qr_codes(pdf: bytes, folder: Path, dpi: int = 300) -> list[str]:
    """Payloads of every QR code found on every page, in page order."""
    path = _write(pdf, folder)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), str(path), str(folder / "page")], check=True
    )
    found: list[str] = []
    for image in sorted(folder.glob("page-*.png")):
        result = subprocess.run(
            ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True
        )
        found += [line for line in result.stdout.splitlines() if line]
    return found
