"""Draw a string through matplotlib and through HarfBuzz (Pillow's raqm layout), and compare.

The reference is Pillow's raqm layout: HarfBuzz shaping plus FriBiDi
reordering, the same engines browsers and word processors use. Both
renderings use the same font file and pixel size and put the baseline on the
same row; they are compared after cropping to the ink's width, on a band
around the baseline, with a light blur (cosine similarity, 1.0 = identical).
"""

from __future__ import annotations

from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont, features

SIZE = 40  # pixels (matplotlib at 72 dpi: 1 pt = 1 px)
HEIGHT, BASELINE = 3 * SIZE, 2 * SIZE


@cache
def font_file() -> str:
    import fontpkg_noto_sans_arabic as package

    return str(sorted((package.ROOT / "files").glob("*.ttf"))[0])


def raqm_available() -> bool:
    return bool(features.check("raqm"))


def _band(gray: Image.Image) -> Image.Image:
    ink = np.asarray(gray, dtype=float) < 128
    columns = np.where(ink.any(axis=0))[0]
    assert columns.size, "nothing was drawn"
    band = ink[BASELINE - int(1.6 * SIZE):BASELINE + int(0.8 * SIZE), columns.min():columns.max() + 1]
    return Image.fromarray((band * 255).astype(np.uint8))


def _width(text: str) -> int:
    return SIZE * len(text) + 100


def pillow(text: str, *, shaped: bool = True) -> Image.Image:
    """Draw *text* with HarfBuzz (``shaped``) or with Pillow's basic, unshaped layout."""
    engine = ImageFont.Layout.RAQM if shaped else ImageFont.Layout.BASIC
    font = ImageFont.truetype(font_file(), SIZE, layout_engine=engine)
    image = Image.new("L", (_width(text), HEIGHT), 255)
    ImageDraw.Draw(image).text((20, BASELINE), text, font=font, fill=0, anchor="ls")
    return _band(image)


def matplotlib_text(text: str) -> Image.Image:
    """Draw *text* exactly as given with matplotlib's Agg renderer."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.font_manager import FontProperties

    width = _width(text)
    figure = Figure(figsize=(width / 72, HEIGHT / 72), dpi=72)
    FigureCanvasAgg(figure)
    figure.text(20 / width, 1 - BASELINE / HEIGHT, text, va="baseline",
                fontproperties=FontProperties(fname=font_file(), size=SIZE))
    figure.canvas.draw()
    return _band(Image.fromarray(np.asarray(figure.canvas.buffer_rgba())[..., 0]))


def similarity(a: Image.Image, b: Image.Image) -> float:
    """Cosine similarity of two ink bands, stretched to one width and lightly blurred."""
    width = max(a.width, b.width)
    x, y = (np.asarray(img.resize((width, img.height), Image.BILINEAR).filter(ImageFilter.GaussianBlur(1.5)),
                       dtype=float) for img in (a, b))
    return float((x * y).sum() / np.sqrt((x * x).sum() * (y * y).sum()))


def ink(image: Image.Image) -> int:
    """Count inked pixels (a rendering that drops diacritics has less ink)."""
    return int((np.asarray(image) > 0).sum())
