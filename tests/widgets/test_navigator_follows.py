"""Property: after any sequence of edits, undos and redos, the navigator that follows change
notices shows exactly what a navigator built from scratch shows, and the ids it carries are
the document's."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.project import DemandRecord, OeeRecord, Project
from score_desktop.project.edits import (
    duplicate_record,
    insert_record,
    remove_record,
    rename_record,
    replace_record,
)
from score_desktop.widgets.document import Document
from score_desktop.widgets.navigator import ID_ROLE, NAME_ROLE, Navigator

SECTIONS = ("oee_records", "demands")


def _tree(navigator: Navigator) -> list:
    tree = navigator.tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        children = [
            (top.child(j).text(0), top.child(j).data(0, NAME_ROLE), top.child(j).data(0, ID_ROLE))
            for j in range(top.childCount())
        ]
        out.append((top.text(0), children))
    return out


STEPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "remove", "rename", "edit", "duplicate", "undo", "redo"]),
        st.sampled_from(SECTIONS),
        st.integers(0, 20),
    ),
    max_size=20,
)


def _change(op: str, section: str, i: int, n: int, records: tuple):
    """The edit ``op`` of record ``i`` of ``section`` (``n`` makes names unique)."""
    if op == "insert" or not records:
        record = OeeRecord(f"New {n}") if section == "oee_records" else DemandRecord(f"D {n}")
        return lambda p: insert_record(p, section, record, i)
    if op == "remove":
        return lambda p: remove_record(p, section, i)
    if op == "rename":
        return lambda p: rename_record(p, section, i, f"Renamed {n}")
    if op == "edit":
        changed = replace(records[i], notes=f"note {n}")
        return lambda p: replace_record(p, section, i, changed)
    return lambda p: duplicate_record(p, section, i)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=STEPS)
def test_following_notices_shows_what_a_rebuild_shows(qtbot, steps):
    document = Document(
        Project(
            oee_records=(OeeRecord("Press 1"), OeeRecord("Press 2")),
            demands=(DemandRecord("Brackets", efficiency_oee_record="Press 2"),),
        )
    )
    following = Navigator(document)
    qtbot.addWidget(following)
    for n, (op, section, k) in enumerate(steps):
        records = document.project.section(section)
        i = k % len(records) if records else 0
        if op == "undo":
            document.undo_stack.undo()
        elif op == "redo":
            document.undo_stack.redo()
        else:
            document.edit(op, _change(op, section, i, n, records))
        fresh = Navigator(document)
        qtbot.addWidget(fresh)
        assert _tree(following) == _tree(fresh)
        for key in SECTIONS:
            names = [r.name for r in document.project.section(key)]
            assert [document.record_name(key, rid) for rid in document.ids.ids(key)] == names
        fresh.deleteLater()
