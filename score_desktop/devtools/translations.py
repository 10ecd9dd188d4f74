"""Translation upkeep with Qt's own tools: refresh the .ts files, compile .qm, pseudo-translate.

Refresh and compile every language (run from the repository root after changing user text):

    python -m score_desktop.devtools.translations

The pseudo-translation (every string wrapped and lengthened, ``[!! Ŝţàŕţ ~~ !!]``) shows in a
window any visible text that does not pass through ``tr()``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]
TRANSLATIONS = PACKAGE / "data" / "translations"
LANGUAGES = ("es", "fr", "vi")
_ACCENTED = dict(zip("aceinorsuyACEINORSUY", "àçéîñöŕšüýÀÇÉÎÑÖŔŠÜÝ", strict=True))
_KEEP = re.compile(r"(%\d+|&&|&(?=\w)|<[^>]+>|\{[^}]*\}|%[sdf]|\\n)")
PSEUDO_OPEN, PSEUDO_CLOSE = "[!!", "!!]"


def tool(name: str) -> str:
    """The path of one of PySide6's Qt tools (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        raise FileNotFoundError(f"{name} not found: it ships with PySide6")
    return found


def source_files() -> list[Path]:
    """Every Python file of the package, in a stable order."""
    return sorted(p for p in PACKAGE.rglob("*.py") if "devtools" not in p.parts)


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"score_desktop_{language}.ts"


def lupdate(ts: Path, *, sources: list[Path] | None = None) -> str:
    """Bring ``ts`` up to date with the sources (new strings added unfinished, vanished ones
    dropped); returns lupdate's report."""
    files = [str(p) for p in (sources or source_files())]
    done = subprocess.run(
        [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout + done.stderr


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm`` (``qtbase_<lang>.ts`` are written by hand: the languages
    whose standard buttons and context menus Qt does not translate)."""
    subprocess.run(
        [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], capture_output=True, check=True
    )


def pseudo(text: str) -> str:
    """``text`` accented, a third longer and wrapped in ``[!! !!]``; placeholders (%1),
    accelerators (&), tags and escapes are kept as they are."""
    parts = _KEEP.split(text)
    out = [p if _KEEP.fullmatch(p) else "".join(_ACCENTED.get(c, c) for c in p) for p in parts]
    body = "".join(out)
    padding = "~" * max(1, len(text) // 3)
    return f"{PSEUDO_OPEN} {body} {padding} {PSEUDO_CLOSE}"


def write_pseudo_ts(source_ts: Path, target_ts: Path) -> int:
    """A copy of ``source_ts`` with every message pseudo-translated; returns how many."""
    tree = ET.parse(source_ts)
    count = 0
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
        count += 1
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)
    return count


def unfinished(ts: Path) -> list[str]:
    """The source texts of ``ts`` that have no finished translation."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else [translation.text, *(f.text for f in translation)]
        if (
            translation is None
            or translation.get("type") in ("unfinished", "vanished", "obsolete")
            or not any((f or "").strip() for f in forms)
        ):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        print(f"{ts.name}: {lupdate(ts).strip().splitlines()[-1]}")
        lrelease(ts, ts.with_suffix(".qm"))
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
    for ts in sorted(TRANSLATIONS.glob("qtbase_*.ts")):  # Qt's own texts where Qt lacks them
        lrelease(ts, ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
