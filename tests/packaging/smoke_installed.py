"""Smoke test run by the Python of a fresh environment with the wheel installed (not by
pytest): the package comes from that environment, every bundled example opens in the window
(offscreen), the user guide and the templates open. Prints one JSON line.

    python smoke_installed.py ENVIRONMENT_FOLDER WORK_FOLDER TEMPLATE_NAME...
"""

import csv
import json
import sys
from pathlib import Path

import score_desktop
from score_desktop import resources

environment, work = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
package = Path(score_desktop.__file__).resolve()
if not package.is_relative_to(environment):
    sys.exit(f"score_desktop was imported from {package}, not from {environment}")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from score_desktop.project.fileio import load_project  # noqa: E402
from score_desktop.project.records import SECTIONS  # noqa: E402
from score_desktop.widgets.help import GuideWindow  # noqa: E402
from score_desktop.widgets.main_window import MainWindow  # noqa: E402

app = QApplication([sys.argv[0]])
settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
window = MainWindow(settings, work / "recovery")
opened = {}
for path, name in resources.example_projects():
    project = load_project(path)  # a damaged example: its one-line message, not the window's
    if not window.open_path(path, confirmed=True):
        sys.exit(f"the window did not open {path}")
    opened[path.name] = {
        "name": name,
        "records": sum(len(project.section(key)) for key in SECTIONS),
    }
    window.document.undo_stack.setClean()

guide = GuideWindow(window)
pages = sorted(p.name for p in resources.guide_dir().glob("*.md"))
templates = {}
for template in sys.argv[3:]:
    path = resources.template_path(template)  # a missing one: MissingResourceError names it
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as stream:
            templates[path.name] = len(list(csv.reader(stream)))
    else:
        from openpyxl import load_workbook

        templates[path.name] = load_workbook(path, read_only=True).sheetnames[0]
schema = json.loads(resources.schema_path().read_text(encoding="utf-8"))
print(
    json.dumps(
        {
            "package": str(package),
            "examples": opened,
            "guide_page": guide.page(),
            "guide_pages": pages,
            "templates": templates,
            "schema_title": schema.get("title"),
            "icon": resources.icon_path().name,
        }
    )
)
