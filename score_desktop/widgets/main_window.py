"""The main window: navigator, record panels, menus and the document life-cycle."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from score_desktop.project import FILE_SUFFIX, Project, ProjectError
from score_desktop.project import recovery as rec
from score_desktop.project.fileio import remove_stale_temp_files
from score_desktop.project.session import ExportSession
from score_desktop.resources import MissingResourceError
from score_desktop.widgets.document import Document
from score_desktop.widgets.job_progress import JobProgress, install_job_error_dialogs
from score_desktop.widgets.jobs import JobContext, JobRunner, shutdown_jobs
from score_desktop.widgets.navigator import Navigator
from score_desktop.widgets.panels import make_panel
from score_desktop.widgets.start_page import StartPage

MAX_RECENT = 8
AUTOSAVE_MS = 2 * 60 * 1000


class MainWindow(QMainWindow):
    """One window, one document at a time.

    ``settings`` keeps geometry and recent files; ``recovery_folder`` holds the autosave
    copy of unsaved work (tests pass temporary ones).
    """

    def __init__(
        self, settings: QSettings, recovery_folder: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.recovery_folder = recovery_folder
        self.recovery_file = rec.recovery_path(recovery_folder, uuid.uuid4().hex)
        # Held for the session's life: other instances see this autosave as live, not left over.
        self.session_lock = rec.SessionLock(rec.lock_path(self.recovery_file))
        self.session_lock.acquire()
        # A restored recovery file is kept (and locked) until the work is saved or autosaved.
        self._restored_from: tuple[Path, rec.SessionLock] | None = None
        self.document: Document | None = None
        self.panel: QWidget | None = None
        self._shown: tuple[str, str] | None = None
        self.setObjectName("main_window")
        self.setMinimumSize(960, 640)

        self.start_page = StartPage()
        self.start_page.open_requested.connect(lambda p: self.open_path(Path(p)))
        self.start_page.new_requested.connect(self.new_project)
        self.start_page.browse_requested.connect(self.open_dialog)
        self.workspace = QSplitter(Qt.Orientation.Horizontal)
        self.workspace.setChildrenCollapsible(False)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.stack.addWidget(self.workspace)
        self.setCentralWidget(self.stack)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.export_runner = JobRunner(self)
        self.export_progress = JobProgress(compact=True)
        self.export_progress.follow(self.export_runner)
        self.statusBar().addPermanentWidget(self.export_progress)
        install_job_error_dialogs(self)

        self._build_actions()
        self._build_menus()
        self.autosave_timer = QTimer(self, interval=AUTOSAVE_MS, timeout=self.autosave)
        self.autosave_timer.start()
        self._restore_geometry()
        self._refresh_recent()
        self._update_title()
        self._update_actions()

    # -- actions and menus -----------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if name:
            action.setObjectName(name)
        return action

    def _build_actions(self) -> None:
        sk = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New"), self.new_project, sk.New, "action_new")
        self.open_action = self._action(self.tr("&Open…"), self.open_dialog, sk.Open)
        self.save_action = self._action(self.tr("&Save"), self.save, sk.Save, "action_save")
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, sk.SaveAs)
        self.export_action = self._action(
            self.tr("&Export to Excel…"), self.export_excel, QKeySequence("Ctrl+E"), "action_export"
        )
        self.close_action = self._action(self.tr("&Close project"), self.close_project, sk.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.close, sk.Quit)
        self.about_action = self._action(self.tr("&About SCORE Desktop"), self.about)
        self.guide_action = self._action(
            self.tr("&User guide"), self.user_guide, None, "action_user_guide"
        )
        self.guide_action.setShortcuts(_help_keys())
        self.about_action.setObjectName("action_about")
        self.undo_action = self._action(self.tr("&Undo"), self._undo, sk.Undo, "action_undo")
        self.redo_action = self._action(self.tr("&Redo"), self._redo, sk.Redo, "action_redo")
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.preferences, sk.Preferences, "action_preferences"
        )

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        file_menu.addSeparator()
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.preferences_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide_action, self.about_action])

    def _undo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.undo()

    def _redo(self) -> None:
        if self.document is not None:
            self.document.undo_stack.redo()

    # -- document life-cycle -----------------------------------------------------
    def set_document(self, document: Document | None) -> None:
        """Show ``document`` (or the start page for None), replacing the current one."""
        self._detach_document()
        self.document = document
        self.panel = None
        self._shown: tuple[str, str] | None = None
        while self.workspace.count():
            self.workspace.widget(0).setParent(None)
        if document is None:
            self.stack.setCurrentWidget(self.start_page)
            self._refresh_recent()
        else:
            document.setParent(self)
            document.undo_stack.cleanChanged.connect(self._update_title)
            document.path_changed.connect(self._update_title)
            document.changed.connect(self._on_document_changed)
            # The Edit menu follows the stack itself: ``changed`` fires inside a command's
            # redo/undo, before the stack's index moves, so the menu was one step behind
            # (after Ctrl+Z it still offered the undone step, and Redo stayed grey).
            for signal in self._stack_signals(document):
                signal.connect(self._update_actions)
            self.navigator = Navigator(document)
            self.navigator.selected.connect(self.show_record)
            self.workspace.addWidget(self.navigator)
            self.workspace.addWidget(QWidget())
            self.workspace.setStretchFactor(1, 1)
            self.workspace.setSizes([280, 1000])
            self.stack.setCurrentWidget(self.workspace)
            self.show_record(*self.navigator.current())
        self._update_actions()
        self._update_title()

    def _detach_document(self) -> None:
        """Disconnect and drop the current document, so that no signal of its undo stack
        reaches this window while Qt destroys them."""
        if self.document is not None:
            self.document.undo_stack.cleanChanged.disconnect(self._update_title)
            self.document.path_changed.disconnect(self._update_title)
            self.document.changed.disconnect(self._on_document_changed)
            for signal in self._stack_signals(self.document):
                signal.disconnect(self._update_actions)
            self.document.deleteLater()

    @staticmethod
    def _stack_signals(document: Document) -> tuple:
        stack = document.undo_stack
        return (stack.indexChanged, stack.undoTextChanged, stack.redoTextChanged)

    def show_record(self, section: str, name: str) -> None:
        """Open the panel of a record; the open panel stays when it already shows it
        (panels follow the document's edits themselves)."""
        if self.document is None:
            return
        if self.panel is not None and self._shown == (section, name):
            return
        self._shown = (section, name)
        panel = make_panel(self.document, section, name)
        old = self.workspace.widget(1)
        self.workspace.replaceWidget(1, panel)
        if old is not None:
            old.deleteLater()
        self.panel = panel

    def _on_document_changed(self) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        has_doc = self.document is not None
        for action in (
            self.save_action,
            self.save_as_action,
            self.export_action,
            self.close_action,
        ):
            action.setEnabled(has_doc)
        stack = self.document.undo_stack if has_doc else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo()))
        self.redo_action.setEnabled(bool(stack and stack.canRedo()))
        self.undo_action.setText(
            self.tr("&Undo %s") % stack.undoText()
            if stack and stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo %s") % stack.redoText()
            if stack and stack.canRedo()
            else self.tr("&Redo")
        )

    def _update_title(self) -> None:
        if self.document is None:
            self.setWindowTitle(self.tr("SCORE Desktop"))
            self.setWindowModified(False)
            self.status_label.setText("")
            return
        path = self.document.path
        name = path.name if path else self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — SCORE Desktop")
        self.setWindowModified(self.document.is_modified)
        self.status_label.setText(str(path) if path else self.tr("Not saved yet"))
        self._update_actions()

    def confirm_discard(self) -> bool:
        """Ask Save / Discard / Cancel when there are unsaved changes; True to go on."""
        if self.document is None or not self.document.is_modified:
            return True
        answer = self.ask_save_changes()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_save_changes(self) -> QMessageBox.StandardButton:
        name = (
            self.document.path.name if self.document and self.document.path else self.tr("Untitled")
        )
        buttons = (
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        return QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr('Save the changes to "%s" before closing it?') % name,
            buttons,
            QMessageBox.StandardButton.Save,
        )

    def new_project(self) -> None:
        if self.confirm_discard():
            self._discard_own_recovery()
            self._release_restored(discard=True)
            self.set_document(Document(Project()))

    def open_dialog(self) -> None:
        if not self.confirm_discard():
            return
        start = str(self.document.path.parent) if self.document and self.document.path else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open project"),
            start,
            self.tr("SCORE projects (*%s);;All files (*)") % FILE_SUFFIX,
        )
        if path:
            self.open_path(Path(path), confirmed=True)

    def open_path(self, path: Path, *, confirmed: bool = False) -> bool:
        """Open a project file; a file that cannot be used leaves the current document alone."""
        if not confirmed and not self.confirm_discard():
            return False
        try:
            document = Document.open(path)
        except ProjectError as exc:
            self.show_error(self.tr("Cannot open project"), str(exc))
            if not path.exists():
                self._remove_recent(str(path))
            return False
        self._discard_own_recovery()
        self._release_restored(discard=True)
        self.set_document(document)
        self._add_recent(str(path.resolve()))
        remove_stale_temp_files(path.parent, path.name)  # left by a save that was cut off
        self.statusBar().showMessage(self.tr("Opened %s") % path.name, 5000)
        return True

    def save(self) -> bool:
        if self.document is None:
            return False
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        if self.document is None:
            return False
        start = str(
            self.document.path or Path.home() / f"{self.document.project.meta.name}{FILE_SUFFIX}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save project as"), start, self.tr("SCORE projects (*%s)") % FILE_SUFFIX
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix != FILE_SUFFIX:
            target = target.with_name(target.name + FILE_SUFFIX)
        return self._save_to(target)

    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except ProjectError as exc:
            self.show_error(self.tr("Cannot save project"), str(exc))
            return False
        self._discard_own_recovery()
        self._release_restored(discard=True)
        self._add_recent(str(path.resolve()))
        self.statusBar().showMessage(self.tr("Saved %s") % path.name, 5000)
        return True

    def close_project(self) -> None:
        if self.confirm_discard():
            self._discard_own_recovery()
            self._release_restored(discard=True)
            self.set_document(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.autosave_timer.stop()
        self._discard_own_recovery()
        self._release_restored(discard=True)
        self.session_lock.release()
        rec.discard_recovery(self.session_lock.path)
        shutdown_jobs()
        self._detach_document()
        self.document = None
        event.accept()

    def export_excel(self) -> None:
        """Ask for a workbook name and write the export in the background."""
        if self.document is None:
            return
        base = self.document.path or Path.home() / self.document.project.meta.name
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to Excel"),
            str(Path(base).with_suffix(".xlsx")),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            target = Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")
            self.start_export(target)

    def start_export(self, target: Path) -> None:
        from score_desktop.widgets.tool_views import export_session

        project = self.document.project
        session = export_session(project, self.document.session)  # pictures: GUI thread
        self.export_runner.start(
            _export_job,
            project,
            target,
            session,
            name=self.tr("Excel export"),
            on_result=lambda _: self.statusBar().showMessage(
                self.tr("Exported to %s") % target, 8000
            ),
        )

    # -- recovery ------------------------------------------------------------
    def autosave(self) -> None:
        """Keep a recovery copy of unsaved work; errors go to the status bar only."""
        if self.document is None or not self.document.is_modified:
            return
        original = str(self.document.path or "")
        try:
            rec.write_recovery(self.recovery_file, self.document.project, original)
        except ProjectError as exc:
            self.statusBar().showMessage(self.tr("Autosave failed: %s") % exc, 10000)
        else:
            self._release_restored(discard=True)  # the restored work is kept again

    def _discard_own_recovery(self) -> None:
        rec.discard_recovery(self.recovery_file)

    def _release_restored(self, *, discard: bool = False) -> None:
        """Stop keeping the recovery file the document was restored from (delete it too)."""
        if self._restored_from is None:
            return
        path, lock = self._restored_from
        if discard:
            rec.discard_recovery(path)
        lock.release()
        rec.discard_recovery(lock.path)
        self._restored_from = None

    def offer_recovery(self) -> bool:
        """At start-up, offer to restore work left by a session that is gone.

        Only the newest readable recovery file is offered (damaged ones are moved aside).
        Restored work keeps its recovery file until it is saved or autosaved again; No
        discards the offered file only; Cancel keeps it for the next start.
        """
        found = rec.latest_recovery(self.recovery_folder, exclude=self.recovery_file)
        if found is None:
            return False
        latest, project = found
        answer = self.ask_restore(latest)
        if answer == QMessageBox.StandardButton.Yes:
            lock = rec.SessionLock(rec.lock_path(latest.path))
            if not lock.acquire():  # another instance took it meanwhile
                return False
            document = Document(project, Path(latest.original) if latest.original else None)
            self.set_document(document)
            document.undo_stack.resetClean()  # restored work is unsaved work
            self._restored_from = (latest.path, lock)
            self.autosave()  # our own copy at once; the old file goes once it is written
            return True
        if answer == QMessageBox.StandardButton.No:
            rec.discard_recovery(latest.path)
        return False

    def ask_restore(self, recovery: rec.RecoveryFile) -> QMessageBox.StandardButton:
        what = recovery.original or self.tr("an unsaved project")
        return QMessageBox.question(
            self,
            self.tr("Restore unsaved work?"),
            self.tr(
                "SCORE Desktop did not close properly last time. Restore the unsaved "
                "changes to %s (autosaved %s)?\n\nNo discards them; Cancel keeps them "
                "for the next start."
            )
            % (what, recovery.saved_at),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Yes,
        )

    # -- settings --------------------------------------------------------------
    def recent_files(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or [])]

    def _add_recent(self, path: str) -> None:
        paths = [path] + [p for p in self.recent_files() if p != path]
        self.settings.setValue("recent_files", paths[:MAX_RECENT])
        self._refresh_recent()

    def _remove_recent(self, path: str) -> None:
        self.settings.setValue("recent_files", [p for p in self.recent_files() if p != path])
        self._refresh_recent()

    def _refresh_recent(self) -> None:
        paths = self.recent_files()
        self.recent_menu.clear()
        for path in paths:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_path(Path(p)))
        self.recent_menu.setEnabled(bool(paths))
        self.start_page.set_recent(paths)

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # -- messages ------------------------------------------------------------------
    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    def preferences(self) -> None:
        """Edit ▸ Preferences: language and number format, followed at the next start."""
        from score_desktop.widgets.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preferences_dialog = dialog

    def about(self) -> None:
        """Help ▸ About: versions and Copy system information (non-blocking)."""
        from score_desktop.widgets.help import AboutDialog

        dialog = AboutDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog

    def user_guide(self) -> None:
        """Help ▸ User guide (F1): the guide inside the package, in a window of its own."""
        from score_desktop.widgets.help import GuideWindow

        guide = getattr(self, "guide_window", None)
        if guide is None:
            try:
                guide = self.guide_window = GuideWindow(self)
            except MissingResourceError as exc:
                self.show_error(self.tr("User guide"), str(exc))
                return
        if guide.isVisible():
            guide.raise_()
            guide.activateWindow()
        else:
            guide.show()


def _help_keys() -> list[QKeySequence]:
    """F1, and the platform's Help key when it is another one."""
    keys = [QKeySequence(Qt.Key.Key_F1)]
    for key in QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents):
        if key not in keys:
            keys.append(key)
    return keys


def _export_job(ctx: JobContext, project: Project, target: Path, session: ExportSession) -> Path:
    from score_desktop.project.excel import export_workbook

    export_workbook(project, target, lambda f, text: ctx.report(f, text), session)
    return target
