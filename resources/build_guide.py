"""Copy the user guide and the pages it links (docs/) into the package (score_desktop/data/guide).

The window's Help ▸ User guide opens the copy inside the package, so that an installed wheel
or a bundle carries it. Run this after editing any of those pages; tests/test_packaging.py
fails while the copy is out of step::

    python resources/build_guide.py
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
GUIDE = REPO / "score_desktop" / "data" / "guide"
START = "user-guide.md"
_LINK = re.compile(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)")


def guide_pages(docs: Path = DOCS) -> list[str]:
    """The user guide and every docs page reachable from it by relative links, sorted."""
    seen: set[str] = set()
    todo = [START]
    while todo:
        name = todo.pop()
        if name in seen or not (docs / name).is_file():
            continue
        seen.add(name)
        text = (docs / name).read_text(encoding="utf-8")
        todo.extend(m for m in _LINK.findall(text) if "/" not in m and ":" not in m)
    return sorted(seen)


def expected_copy(docs: Path = DOCS) -> dict[str, str]:
    """File name -> text of what score_desktop/data/guide should hold."""
    return {name: (docs / name).read_text(encoding="utf-8") for name in guide_pages(docs)}


def main() -> int:
    GUIDE.mkdir(parents=True, exist_ok=True)
    wanted = expected_copy()
    for old in GUIDE.glob("*.md"):
        if old.name not in wanted:
            old.unlink()
    for name, text in wanted.items():
        (GUIDE / name).write_text(text, encoding="utf-8")
    print(f"{len(wanted)} pages in {GUIDE.relative_to(REPO)}: {', '.join(sorted(wanted))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
