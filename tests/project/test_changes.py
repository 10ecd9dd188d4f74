"""Typed change notices and stable ids: what each edit changed, and ids that follow records
through renames, moves and undo."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.project import DemandRecord, OeeRecord, Project
from score_desktop.project.changes import RecordIds, diff, names
from score_desktop.project.edits import (
    duplicate_record,
    insert_record,
    remove_record,
    rename_record,
    replace_record,
)

OEE = "oee_records"


def project() -> Project:
    return Project(
        oee_records=(OeeRecord("Press 1"), OeeRecord("Press 2"), OeeRecord("Weld")),
        demands=(DemandRecord("Brackets", efficiency_oee_record="Press 2"),),
    )


def test_each_kind_of_edit_says_what_it_changed():
    p = project()
    assert names(diff(p, p)) == []
    assert names(diff(p, insert_record(p, OEE, OeeRecord("Paint"), 1))) == [
        "added oee_records Paint",
        # the others kept their order around the new one
    ]
    assert names(diff(p, remove_record(p, OEE, 0))) == ["removed oee_records Press 1"]
    edited = replace_record(p, OEE, 2, replace(p.oee_records[2], good_count=0, total_count=9))
    assert names(diff(p, edited)) == ["edited oee_records Weld (total_count)"]
    # a rename follows the links to the record: the demand that takes its OEE is edited too
    assert names(diff(p, rename_record(p, OEE, 1, "Press 2 (200 t)"))) == [
        "renamed oee_records Press 2 -> Press 2 (200 t)",
        "edited demands Brackets (efficiency_oee_record)",
    ]
    moved = p.with_section(OEE, p.oee_records[::-1])
    assert names(diff(p, moved)) == ["reordered oee_records"]
    retitled = replace(p, meta=replace(p.meta, name="Plant 2"))
    assert names(diff(p, retitled)) == ["meta (name)"]


def test_ids_follow_a_record_through_rename_move_and_undo():
    p = project()
    ids = RecordIds(p)
    press2 = ids.id_of(p, OEE, "Press 2")
    renamed = rename_record(p, OEE, 1, "Big press")
    changes = ids.follow(p, renamed)
    assert ids.id_of(renamed, OEE, "Big press") == press2
    assert changes.touches(OEE, press2) and changes.touches("demands")
    assert not changes.touches("lines")
    assert changes.only_renames_and_edits()
    added = insert_record(renamed, OEE, OeeRecord("Paint", machine="Paint line"), 0)
    assert not ids.follow(renamed, added).only_renames_and_edits()
    assert ids.name_of(added, OEE, press2) == "Big press"
    ids.follow(added, p)  # undo both: back to the first project
    assert ids.id_of(p, OEE, "Press 2") == press2
    assert ids.name_of(p, OEE, "r999") is None


def test_saving_changes_only_the_details():
    p = project()
    saved = replace(p, meta=replace(p.meta, modified="2030-01-01T00:00:00+00:00"))
    assert [c.kind for c in diff(p, saved)] == ["meta"]


OPS = st.lists(
    st.tuples(
        st.sampled_from(["insert", "remove", "rename", "edit", "duplicate", "swap"]),
        st.integers(0, 50),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(OPS)
def test_any_sequence_of_edits_keeps_every_surviving_record_its_id(ops):
    p = project()
    ids = RecordIds(p)
    tokens = list(ids.ids(OEE))  # what each record really is, tracked beside the edits
    first_id = dict(zip(tokens, ids.ids(OEE), strict=True))
    serial = 0
    for op, n in ops:
        records = p.oee_records
        i = n % len(records) if records else 0
        serial += 1
        if op == "insert" or not records:
            q = insert_record(p, OEE, OeeRecord(f"New {serial}"), i)
            tokens.insert(i, f"t{serial}")
        elif op == "remove":
            q = remove_record(p, OEE, i)
            del tokens[i]
        elif op == "rename":
            q = rename_record(p, OEE, i, f"Renamed {serial}")
        elif op == "edit":
            q = replace_record(p, OEE, i, replace(records[i], notes=f"note {serial}"))
        elif op == "duplicate":
            q = duplicate_record(p, OEE, i)
            tokens.insert(i + 1, f"t{serial}")
        else:
            if len(records) < 2:
                continue
            j = (i + 1) % len(records)
            swapped = list(records)
            swapped[i], swapped[j] = swapped[j], swapped[i]
            q = p.with_section(OEE, tuple(swapped))
            tokens[i], tokens[j] = tokens[j], tokens[i]
        ids.follow(p, q)
        p = q
        now = ids.ids(OEE)
        assert len(now) == len(p.oee_records) == len(tokens)
        for token, rid in zip(tokens, now, strict=True):
            assert first_id.setdefault(token, rid) == rid  # a record keeps its id
        assert len(set(now)) == len(now)
