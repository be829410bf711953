"""Photos, logos and QR codes drawn onto a ReportLab canvas.

Photos are passed through as JPEG when they are already small JPEGs (ReportLab embeds
JPEG data as is); anything else is flattened and shrunk once, so a 12-megapixel phone
photo does not make a 1 000-card batch weigh gigabytes. The QR matrix comes from
``segno`` (ReportLab's own QR is slow and misencodes accents, platform-notes.md) and is
drawn as one filled path of horizontal runs: no image to embed per card.
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from typing import Any

import segno
from PIL import Image, UnidentifiedImageError
from reportlab.lib.utils import ImageReader

PHOTO_MAX_PIXELS = 480  # 25 mm at ~480 dpi: sharp on a 300 dpi card printer


class JpegReader(ImageReader):  # type: ignore[misc]  # ReportLab ships no type hints
    """A JPEG that ReportLab embeds as is. ``Canvas.drawImage`` names an image by hashing
    ``getRGBData()``, which normally decodes every pixel; for a JPEG passed through, the
    compressed bytes identify it just as well, at a fraction of the cost per card."""

    def __init__(self, data: bytes) -> None:
        super().__init__(io.BytesIO(data))
        self._source = data
        self._dataA = None  # no transparency: drawImage reads this after getRGBData

    def getRGBData(self) -> bytes:  # noqa: N802 - ReportLab's name
        return self._source


class ImageCache:
    """ImageReaders by source bytes, for one render: the company logo on 1 000 cards is
    prepared once. ``get`` returns ``None`` for bytes that are not a readable image, so
    one damaged photo prints a placeholder instead of failing a whole batch."""

    def __init__(
        self,
        max_pixels: int = PHOTO_MAX_PIXELS,
        keep_alpha: bool = False,
        aspect: float | None = None,
    ) -> None:
        self._max = max_pixels
        self._keep_alpha = keep_alpha
        self._aspect = aspect  # width ÷ height to crop to (a photo frame), None to keep
        self._readers: dict[bytes, ImageReader | None] = {}

    def get(self, data: bytes | None) -> Any:
        if not data:
            return None
        if data not in self._readers:
            self._readers[data] = self._prepare(data)
        return self._readers[data]

    def _prepare(self, data: bytes) -> Any:
        try:
            with Image.open(io.BytesIO(data)) as image:  # reads the header only
                as_is = max(image.size) <= self._max and self._fits(image.size)
                if image.format == "JPEG" and image.mode in ("RGB", "L") and as_is:
                    return JpegReader(data)
                if self._keep_alpha and image.mode in ("RGBA", "LA", "P") and as_is:
                    return ImageReader(io.BytesIO(data))
                image.load()
                return JpegReader(_flatten(self._crop(image), self._max))
        except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
            return None

    def _fits(self, size: tuple[int, int]) -> bool:
        return self._aspect is None or abs(size[0] / size[1] - self._aspect) < 0.02

    def _crop(self, image: Image.Image) -> Image.Image:
        """Centre-crop to the frame's proportions so a photo fills its frame."""
        if self._fits(image.size) or self._aspect is None:
            return image
        w, h = image.size
        if w / h > self._aspect:
            new_w = round(h * self._aspect)
            left = (w - new_w) // 2
            return image.crop((left, 0, left + new_w, h))
        new_h = round(w / self._aspect)
        top = (h - new_h) // 2
        return image.crop((0, top, w, top + new_h))


def _flatten(image: Image.Image, max_pixels: int) -> bytes:
    """RGB JPEG no larger than ``max_pixels`` on its long side, transparency on white."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        rgb = background
    else:
        rgb = image.convert("RGB")
    rgb.thumbnail((max_pixels, max_pixels))
    out = io.BytesIO()
    rgb.save(out, format="JPEG", quality=88)
    return out.getvalue()


def qr_matrix(payload: str) -> Sequence[Sequence[int]]:
    """The QR modules of an ASCII payload (the matricule), without quiet zone."""
    if not payload.isascii():
        raise ValueError("Le QR code ne porte que des caractères ASCII (le matricule).")
    return segno.make(payload, micro=False).matrix


def _runs(matrix: Sequence[Sequence[int]]) -> Iterator[tuple[int, int, int]]:
    """(row, first column, length) of each horizontal run of dark modules."""
    for row_index, row in enumerate(matrix):
        col, width = 0, len(row)
        while col < width:
            if row[col]:
                start = col
                while col < width and row[col]:
                    col += 1
                yield row_index, start, col - start
            else:
                col += 1


def draw_qr(canvas: Any, payload: str, x: float, y: float, size: float) -> None:
    """Draw the QR of ``payload`` in the square whose lower-left corner is (x, y). The caller
    leaves a white margin around it (the quiet zone)."""
    matrix = qr_matrix(payload)
    cell = size / len(matrix)
    path = canvas.beginPath()
    for row, col, length in _runs(matrix):
        # A hair of overlap avoids white seams between rows in some viewers.
        path.rect(x + col * cell, y + size - (row + 1) * cell, length * cell, cell * 1.02)
    canvas.drawPath(path, stroke=0, fill=1)
