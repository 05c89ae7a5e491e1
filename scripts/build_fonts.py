"""
Builds the site's web fonts (static/fonts/*.woff2) from Debian's fonts-paratype
(ParaType PT Sans and PT Serif, SIL Open Font License 1.1), subset to Latin and
Cyrillic. Run at development time only; the WOFF2 files are committed, so the
site needs neither fontTools nor brotli to run:

    python3 -m venv /tmp/fontvenv && /tmp/fontvenv/bin/pip install fonttools==4.55.3 brotli==1.2.1
    /tmp/fontvenv/bin/python scripts/build_fonts.py
"""

import shutil
from pathlib import Path

from fontTools import subset

SOURCE = Path("/usr/share/fonts/truetype/paratype")
LICENCE = Path("/usr/share/doc/fonts-paratype/copyright")
TARGET = Path(__file__).resolve().parent.parent / "static" / "fonts"

# source file: (target file, family, style). The licence lets a modified font (a subset is
# one) be distributed only under a name other than the original's, so the subsets are named
# "Embassy Sans" and "Embassy Serif"; the copyright and licence records are kept.
FONTS = {
    "PTS55F.ttf": ("embassy-sans-regular.woff2", "Embassy Sans", "Regular"),
    "PTS75F.ttf": ("embassy-sans-bold.woff2", "Embassy Sans", "Bold"),
    "PTF55F.ttf": ("embassy-serif-regular.woff2", "Embassy Serif", "Regular"),
    "PTF56F.ttf": ("embassy-serif-italic.woff2", "Embassy Serif", "Italic"),
    "PTF75F.ttf": ("embassy-serif-bold.woff2", "Embassy Serif", "Bold"),
}
KEPT_NAMES = {0, 7, 8, 9, 11, 12, 13, 14}  # copyright, trademark, maker, designer, URLs, licence

# Basic Latin, Latin-1, the punctuation the site uses (dashes, quotes, ellipsis, arrows,
# the euro and numero signs) and Cyrillic (Russian, Ukrainian, Belarusian letters).
UNICODES = (
    "U+0000-00FF,U+0131,U+0152-0153,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2116,U+2122,"
    "U+2190-2193,U+2212,U+2215,U+0400-045F,U+0490-0491"
)


def rename(font, family, style):
    names = font["name"]
    names.names = [record for record in names.names if record.nameID in KEPT_NAMES]
    full = family if style == "Regular" else f"{family} {style}"
    for name_id, value in {
        1: family,
        2: style,
        3: f"{full}; subset of ParaType PT for the embassy site",
        4: full,
        6: full.replace(" ", "-"),
    }.items():
        names.setName(value, name_id, 3, 1, 0x409)
    font["name"] = names


def main():
    TARGET.mkdir(parents=True, exist_ok=True)
    for old in TARGET.glob("*.woff2"):
        old.unlink()
    for source, (target, family, style) in FONTS.items():
        options = subset.Options()
        options.flavor = "woff2"
        options.layout_features = ["kern", "liga", "calt", "locl", "tnum", "lnum", "pnum"]
        options.name_IDs = ["*"]  # keep the copyright and licence names
        options.notdef_outline = True
        font = subset.load_font(SOURCE / source, options)
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=subset.parse_unicodes(UNICODES))
        subsetter.subset(font)
        rename(font, family, style)
        subset.save_font(font, TARGET / target, options)
        print(f"{target}: {(TARGET / target).stat().st_size:,} bytes")
    shutil.copyfile(LICENCE, TARGET / "LICENSE-ParaType.txt")


if __name__ == "__main__":
    main()
