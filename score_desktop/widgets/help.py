"""Help: the user guide (the Markdown pages inside the package) and the About dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from score_desktop import __version__
from score_desktop.diagnostics import system_information, versions
from score_desktop.resources import guide_dir, guide_path


class GuideWindow(QDialog):
    """The user guide in a browser of its own: links between pages, Back and Home."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_window")
        self.setWindowTitle(self.tr("SCORE Desktop user guide"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.home = QUrl.fromLocalFile(str(guide_path()))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide_browser")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(guide_dir())])
        back = QPushButton(self.tr("Back"))
        back.setEnabled(False)
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        home = QPushButton(self.tr("Contents"))
        home.clicked.connect(lambda: self.browser.setSource(self.home))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addWidget(home)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.browser)
        self.browser.setSource(self.home)
        self.resize(860, 720)

    def page(self) -> str:
        """The file name of the page shown."""
        return self.browser.source().fileName()


class AboutDialog(QDialog):
    """The app's version, the versions of what it runs on, and Copy system information."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About SCORE Desktop"))
        rows = "".join(
            f"<tr><td>{name}</td><td>&nbsp;&nbsp;{version}</td></tr>"
            for name, version in versions().items()
            if name != "SCORE Desktop"
        )
        text = QLabel(
            self.tr(
                "<h3>SCORE Desktop %1</h3><p>Industrial-engineering tools for small and "
                "medium factories, in the spirit of the ILO SCORE programme: OEE, takt "
                "time, line balancing, value-stream simulation and resource "
                "efficiency.</p><p>Licensed under the Apache License 2.0.</p>"
                "<p>Running on:</p>"
            ).replace("%1", __version__)
            + f"<table>{rows}</table>"
        )
        text.setObjectName("about_text")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(
            self.tr("Copy system information"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copy_system_information")
        self.copy_button.clicked.connect(self.copy_system_information)
        buttons.rejected.connect(self.reject)
        self.copied = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.copied)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def copy_system_information(self) -> None:
        """Put the versions, the operating system and the log folder on the clipboard."""
        QGuiApplication.clipboard().setText(system_information())
        self.copied.setText(self.tr("Copied to the clipboard: paste it into your report."))
