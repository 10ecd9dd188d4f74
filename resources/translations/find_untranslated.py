"""List every visible text in the window that does not pass through tr(), under a pseudo
translation, for every bundled example and every record's panel.

Run from the repository root:  python resources/translations/find_untranslated.py [--shots DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(*(_strings(v) | _strings(k) for k, v in value.items()), set())
    if isinstance(value, list):
        return set().union(*(_strings(v) for v in value), set())
    return set()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shots", type=Path, help="save a picture of every panel here")
    args = parser.parse_args()

    from PySide6.QtCore import QSettings, QTranslator
    from PySide6.QtWidgets import QApplication

    from score_desktop.devtools import translations as tx
    from score_desktop.resources import example_projects
    from tests.widgets.visible_text import untranslated, visible_texts

    tmp = Path(tempfile.mkdtemp())
    ts, pseudo_ts, qm = tmp / "en.ts", tmp / "pseudo.ts", tmp / "pseudo.qm"
    tx.lupdate(ts)
    tx.write_pseudo_ts(ts, pseudo_ts)
    tx.lrelease(pseudo_ts, qm)
    app = QApplication([sys.argv[0]])
    translator = QTranslator(app)
    assert translator.load(str(qm)), qm
    app.installTranslator(translator)

    from score_desktop.widgets.main_window import MainWindow

    settings = QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, tmp / "recovery")
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    seen: dict[tuple[str, str], str] = {}
    for where, text in untranslated(visible_texts(window), set()):
        seen.setdefault((where, text), "start page")
    for path, _name in example_projects():
        allowed = _strings(json.loads(path.read_text(encoding="utf-8"))) | {str(path), path.name}
        window.open_path(path, confirmed=True)
        app.processEvents()
        tree = window.navigator.tree
        items = []
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            items += [top] + [top.child(j) for j in range(top.childCount())]
        for n, item in enumerate(items):
            tree.setCurrentItem(item)
            app.processEvents()
            for where, text in untranslated(visible_texts(window), allowed):
                seen.setdefault((where, text), f"{path.stem} / {item.text(0)}")
            if args.shots:
                args.shots.mkdir(parents=True, exist_ok=True)
                window.grab().save(str(args.shots / f"{path.stem}-{n:02d}.png"))
    for (where, text), page in sorted(seen.items(), key=lambda kv: (kv[1], kv[0])):
        print(f"{page} | {where} | {text!r}")
    print(f"{len(seen)} untranslated visible texts")
    return 1 if seen else 0


if __name__ == "__main__":
    sys.exit(main())
