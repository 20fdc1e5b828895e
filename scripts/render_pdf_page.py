"""Render one page of a PDF to a PNG (to look at a report, or for a screenshot).

    python scripts/render_pdf_page.py REPORT.pdf PAGE.png [--page 1] [--scale 2]

Needs pypdfium2 (in the ``dev`` extra).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("pdf", type=Path, help="the PDF file")
    parser.add_argument("png", type=Path, help="the PNG to write")
    parser.add_argument("--page", type=int, default=1, help="page number, from 1 (1)")
    parser.add_argument("--scale", type=float, default=2.0, help="pixels per point (2: 144 dpi)")
    args = parser.parse_args(argv)
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(args.pdf)
    if not 1 <= args.page <= len(pdf):
        print(f"error: {args.pdf} has {len(pdf)} page(s), not {args.page}", file=sys.stderr)
        return 2
    image = pdf[args.page - 1].render(scale=args.scale).to_pil()
    args.png.parent.mkdir(parents=True, exist_ok=True)
    image.save(args.png)
    print(f"{args.png}: page {args.page} of {len(pdf)}, {image.width}x{image.height}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
