"""The publication export: an allow-list of fields, anonymized texts, private personal values."""

import json
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from publication_samples import NOW, sample_register, sample_rules
from registers import plain_register

from sync.api import load_policy, open_xlsx, read_and_evaluate
from sync.core.model import Record
from sync.core.rules import Publishing
from sync.publish.anonymize import RegisterValues, fold, may_mention, scan
from sync.publish.export import (
    publication,
    publication_inputs,
    read_earlier,
    read_private,
    write_publication,
)
from sync.publish.published import generalize_areas

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {
    "month", "received", "channel", "target", "category", "level", "status", "area",
    "clocks", "handling_hours", "callback_result", "reasons", "published", "notice",
}  # fmt: skip


@pytest.fixture(scope="module")
def register():
    return sample_register()


@pytest.fixture(scope="module")
def made(register):
    records, evaluations = register
    return publication(records, evaluations, sample_rules(), NOW, key=b"office key")


@pytest.fixture(scope="module")
def export(made):
    return made.export


def test_only_allowed_fields_leave_the_register(export):
    assert export["complaints"]
    for complaint in export["complaints"]:
        assert set(complaint) <= ALLOWED


def test_no_personal_value_is_in_the_export(made, export):
    text = fold(json.dumps(export, ensure_ascii=False))
    values = [value for value, *_ in made.private["values"]]
    assert "张伟" in values and "13800138000" in values
    for value in values:
        assert value not in text, value


def test_notice_ids_are_ours_not_the_staff_numbers(register, made, export):
    records, _ = register
    ids = [c["notice"]["id"] for c in export["complaints"] if c["notice"]]
    assert len(set(ids)) == len(ids)
    assert all(i.isalpha() and i.islower() for i in ids)
    numbers = {str(r.get("number")) for r in records}
    assert not numbers & set(ids)
    assert set(made.private["notices"]) == set(ids)
    again = publication(*register, sample_rules(), NOW, key=b"office key").export
    assert [c["notice"]["id"] for c in again["complaints"] if c["notice"]] == ids
    other = publication(*register, sample_rules(), NOW, key=b"another office").export
    assert not {c["notice"]["id"] for c in other["complaints"] if c["notice"]} & set(ids)


def test_a_notice_keeps_its_address_across_versions(export):
    # Residents link to notices: the same key and complaint give the id earlier versions
    # gave (these were made by the version of November 2026).
    ids = [c["notice"]["id"] for c in export["complaints"] if c["notice"]]
    assert ids[:3] == ["rwzxgxdfvn", "dxbxvdxgbc", "mhshbrwvzt"]


def test_notices_are_the_closed_complaints_not_marked_private(register, export):
    records, _ = register
    expected = {
        r.get("received").date().isoformat()
        for r in records
        if r.get("closed") is not None and r.get("publish") != "否"
    }
    published = {c["notice"]["received"] for c in export["complaints"] if c["notice"]}
    assert published == expected
    assert all(c["published"] == (c["notice"] is not None) for c in export["complaints"])


def test_notice_carries_the_fields_the_procedure_names(export):
    notice = next(c["notice"] for c in export["complaints"] if c["notice"])
    for key in ("received", "area", "matter", "measures", "result", "callback", "precautions",
                "limits", "roles"):  # fmt: skip
        assert notice[key], key
    assert {"clock": "答复", "limit": "24 小时", "met": True} in notice["limits"]


def test_late_reply_is_reported_as_not_met(export):
    late = [c for c in export["complaints"] if c["clocks"].get("reply") == "late" and c["notice"]]
    assert late
    limit = next(x for x in late[0]["notice"]["limits"] if x["clock"] == "答复")
    assert limit["met"] is False


def test_newest_first(export):
    dates = [c["received"] for c in export["complaints"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize(
    ("area", "settings", "published"),
    [
        ("3栋2单元", Publishing(), "3栋"),
        ("12号楼1102", Publishing(), "12号楼"),
        ("北区", Publishing(), "北区"),
        ("地下车库", Publishing(), "地下车库"),
        ("1102室", Publishing(), "滨江花园"),
        ("B1203", Publishing(), "滨江花园"),
        ("C座2104", Publishing(), "C座"),
        ("3#502", Publishing(), "滨江花园"),
        ("张伟家门口", Publishing(), "滨江花园"),
        ("3栋2单元", Publishing(area_level="项目"), "滨江花园"),
        ("3栋", Publishing(area_map={"3栋": "东区"}), "东区"),
        ("", Publishing(), "滨江花园"),
    ],
)
def test_area_is_generalized(area, settings, published):
    assert generalize_areas([(area, "滨江花园")], settings) == {(area, "滨江花园"): published}


def test_area_holding_a_name_falls_back_to_the_estate():
    assert generalize_areas([("", "张伟的房子")], Publishing()) == {("", "张伟的房子"): "本小区"}


def test_write_publication_keeps_the_private_part_private(tmp_path, made, export):
    rules = sample_rules()
    path = write_publication(made, rules, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8")) == export
    private = tmp_path / "build/private/personal-values.json"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    known, rows, _ = read_private(private.read_bytes())
    assert [f.kind for f in scan("张伟", known)] == ["姓名"]
    assert rows == made.private["notices"]
    assert not path.parent.joinpath("personal-values.json").exists()


def test_a_private_part_written_before_the_givens_reads_without_them(made):
    older = {"values": made.private["values"], "notices": made.private["notices"]}
    known, notices, own = read_private(json.dumps(older).encode())
    assert notices == made.notices and own == {} and known == made.known


def test_control_characters_never_leave_the_register(register):
    records, evaluations = register
    dirty = [
        type(r)(r.row, {**r.values, "content": "电梯\x1b[31m停运\x07_x001B_", "area": "3栋\x00"})
        for r in records
    ]
    text = json.dumps(publication(dirty, evaluations, sample_rules(), NOW).export)
    assert "\\u001b" not in text and "\\u0007" not in text and "_x001B_" not in text
    assert "\\u0000" not in text


def test_a_residents_given_name_alone_leaves_her_own_complaint(register):
    records, evaluations = register
    hers = [
        Record(r.row, {**r.values, "complainant": "褚丽萍", "content": "丽萍说楼下烧纸"})
        for r in records
    ]
    export = publication(hers, evaluations, sample_rules(), NOW).export
    assert "丽萍" not in json.dumps(export, ensure_ascii=False)
    assert any(
        c["notice"] and c["notice"]["matter"] == "某某说楼下烧纸" for c in export["complaints"]
    )


def test_a_colleagues_given_name_alone_leaves_the_complaint_she_handles(register):
    records, evaluations = register
    handled = [
        Record(r.row, {**r.values, "follower": "梁嘉慧", "content": "嘉慧已致电业主"})
        for r in records
    ]
    made = publication(handled, evaluations, sample_rules(), NOW)
    notices = [c["notice"] for c in made.export["complaints"] if c["notice"]]
    assert notices and all(n["matter"] == "某某已致电业主" for n in notices)
    assert all("嘉慧" in own.names for own in made.own.values())


def test_the_gate_is_told_each_notices_own_names_and_flats_but_not_what_its_area_shows(
    tmp_path, register
):
    """丽萍 alone in 褚丽萍's notice is hers for the gate too, and 1102 her flat; 红梅 of 李红梅 is
    not asked in a notice of 红梅苑, whose name every notice of it shows."""
    records, evaluations = register
    cells = [("褚丽萍", "3栋", "3栋2单元1102室"), ("李红梅", "红梅苑", "5栋302")]
    mixed = [
        Record(
            r.row, {**r.values, "complainant": name, "area": area, "project": area, "unit": unit}
        )
        for r, (name, area, unit) in zip(records, cells * len(records), strict=False)
    ]
    made = publication(mixed, evaluations, sample_rules(), NOW)
    write_publication(made, sample_rules(), tmp_path)
    private = tmp_path / "build/private/personal-values.json"
    own = read_private(private.read_bytes()).own
    by_name = {r.row: r.values["complainant"] for r in mixed}
    hers = {row for row in made.notices.values() if by_name[row] == "褚丽萍"}
    assert hers and all("丽萍" in own[row].names and "1102" in own[row].flats for row in hers)
    assert not any("红梅" in o.names or "1102" in o.flats for r, o in own.items() if r not in hers)


def test_implausible_receipt_times_stay_out(register):
    records, evaluations = register
    far = [type(r)(r.row, {**r.values, "received": datetime(2062, 1, 1)}) for r in records[:3]]
    old = [type(r)(r.row, {**r.values, "received": datetime(1900, 1, 1)}) for r in records[3:6]]
    export = publication(far + old + records[6:], evaluations, sample_rules(), NOW).export
    assert len(export["complaints"]) == len(records) - 6
    assert all("2000" <= c["month"] <= "2026-11" for c in export["complaints"])


def _exported_twice(tmp_path, first, second, evaluations):
    """The export of `second`, made after the export of `first` was written (so it keeps
    what it can of it), and the same export made from nothing."""
    rules = sample_rules()
    made = publication(first, evaluations, rules, NOW, key=b"k")
    write_publication(made, rules, tmp_path)
    earlier = read_earlier(tmp_path, rules)
    assert earlier is not None and len(earlier.entries) == len(made.export["complaints"])
    kept = publication(second, evaluations, rules, NOW, key=b"k", earlier=earlier)
    return kept, publication(second, evaluations, rules, NOW, key=b"k")


def test_a_kept_entry_is_what_a_fresh_export_makes(tmp_path, register):
    """One complaint's text changed, one complaint gone, rows renumbered: the export that
    keeps unchanged entries is the one made from nothing."""
    records, evaluations = register
    changed = [
        Record(r.row + 1, {**r.values, "content": "电梯停运"} if i == 2 else r.values)
        for i, r in enumerate(records)
    ]
    changed[4] = Record(changed[4].row, {**changed[4].values, "received": None})
    kept, fresh = _exported_twice(tmp_path, records, changed, evaluations)
    assert kept == fresh
    assert any(
        c["notice"] and c["notice"]["matter"] == "电梯停运" for c in kept.export["complaints"]
    )


@pytest.mark.parametrize(
    ("mention", "complainant", "said"),
    [
        ("晓光的空调外机漏水，滴到楼下阳台", "晓光", "晓光"),  # a name no pattern knows
        ("昨天诸小姐又来反映车位被占", "诸建华", "诸小姐"),  # a surname our list lacks
    ],
)
def test_a_new_residents_name_leaves_the_old_complaints_that_mention_it(
    tmp_path, register, mention, complainant, said
):
    """晓光 is no one's name until a complaint from 晓光 arrives; from then on every text
    that says 晓光 is anonymized again, however long ago its complaint was kept."""
    records, evaluations = register
    records = list(records)
    records[0] = Record(records[0].row, {**records[0].values, "content": mention})
    before = publication(records, evaluations, sample_rules(), NOW, key=b"k").export
    assert mention in json.dumps(before, ensure_ascii=False)  # no one's name yet: kept as is
    last = records[-1]
    arrived = [*records[:-1], Record(last.row, {**last.values, "complainant": complainant})]
    kept, fresh = _exported_twice(tmp_path, records, arrived, evaluations)
    assert kept == fresh
    assert said not in json.dumps(kept.export, ensure_ascii=False)


def test_a_new_name_is_looked_for_alone_not_only_inside_a_known_one(tmp_path, register):
    """周晓光 is a resident; when 晓光 arrives, a text that says 周晓光 only is kept (its span
    already covers 晓光), one that also says 晓光 alone is anonymized again."""
    records, evaluations = register
    records = list(records)
    inside, alone = "周晓光家的狗没拴", "周晓光家的狗没拴，晓光的空调外机漏水"
    records[0] = Record(records[0].row, {**records[0].values, "content": alone})
    records[1] = Record(records[1].row, {**records[1].values, "complainant": "周晓光"})
    last = records[-1]
    arrived = [*records[:-1], Record(last.row, {**last.values, "complainant": "晓光"})]
    kept, fresh = _exported_twice(tmp_path, records, arrived, evaluations)
    assert kept == fresh
    assert "晓光" not in json.dumps(kept.export, ensure_ascii=False)
    changes = RegisterValues.from_records(arrived).changed_since(
        RegisterValues.from_records(records).values, frozenset()
    )
    assert changes.names == ["晓光"] and "周晓光" in changes.covers
    forms = [fold(text).encode() for text in (inside, alone, "晓光周")]
    assert may_mention(forms, changes) == [False, True, True]


def test_a_gone_residents_name_is_looked_at_again(tmp_path, register):
    """The other way round: once 晓光's complaint is gone, a kept text is made afresh rather
    than kept with a redaction no register value asks for any more."""
    records, evaluations = register
    records = list(records)
    records[0] = Record(records[0].row, {**records[0].values, "content": "晓光的空调外机漏水"})
    with_name = [
        *records[:-1],
        Record(records[-1].row, {**records[-1].values, "complainant": "晓光"}),
    ]
    kept, fresh = _exported_twice(tmp_path, with_name, records, evaluations)
    assert kept == fresh


def test_an_export_made_from_the_same_inputs_stands(tmp_path, register):
    """Most scheduled syncs change nothing: the export they would write is the one on disk."""
    from types import SimpleNamespace

    from sync.api import export_publication

    records, evaluations = register
    rules = sample_rules()
    report = SimpleNamespace(records=list(records), evaluations=list(evaluations), now=NOW)
    path = export_publication(report, rules, tmp_path)
    private = tmp_path / rules.publishing.personal
    written = (path.stat().st_mtime_ns, private.stat().st_mtime_ns)
    # Later the same day, nothing changed: nothing is written.
    later = SimpleNamespace(**{**vars(report), "now": NOW + timedelta(hours=3)})
    assert export_publication(later, rules, tmp_path) == path
    assert (path.stat().st_mtime_ns, private.stat().st_mtime_ns) == written
    # A changed text, or the next day, makes a new export.
    changed = [type(r)(r.row, {**r.values, "content": "电梯停运"}) for r in records]
    assert (
        publication_inputs(changed, evaluations, rules, NOW, b"k").stamp
        != publication_inputs(records, evaluations, rules, NOW, b"k").stamp
    )
    tomorrow = SimpleNamespace(**{**vars(report), "now": NOW + timedelta(days=1)})
    export_publication(tomorrow, rules, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8"))["generated"].startswith(
        (NOW + timedelta(days=1)).date().isoformat()
    )


def test_an_export_of_another_shape_is_not_kept_from(tmp_path, made):
    """The export is read back line by line; a file in any other shape (the previous
    version's single line, an edited one) only means every entry is made afresh."""
    rules = sample_rules()
    path = write_publication(made, rules, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8")) == made.export
    assert read_earlier(tmp_path, rules) is not None
    path.write_text(json.dumps(made.export, ensure_ascii=False), encoding="utf-8")
    assert read_earlier(tmp_path, rules) is None


def test_another_versions_reading_of_the_cells_is_not_kept(tmp_path, made, monkeypatch):
    """The next export reuses what each complainant, unit and phone cell added to the values;
    after an upgrade (a better reading of name cells, say) every cell is read again."""
    import sync.publish.export as export_module

    rules = sample_rules()
    write_publication(made, rules, tmp_path)
    earlier = read_earlier(tmp_path, rules)
    assert earlier is not None and earlier.cells.complainant
    monkeypatch.setattr(export_module, "_CODE", b"another version")
    assert read_earlier(tmp_path, rules) is None


def test_a_kept_line_is_written_as_an_export_made_from_nothing_writes_it(tmp_path, register):
    """A kept entry's line is a view of the last export file, written again as it is: the
    file is byte for byte the one a fresh export writes."""
    records, evaluations = register
    changed = [
        Record(r.row, {**r.values, "content": "电梯停运"}) if i == 2 else r
        for i, r in enumerate(records)
    ]
    kept, fresh = _exported_twice(tmp_path, records, changed, evaluations)
    assert any(isinstance(e.line, memoryview) for e in kept.entries)
    rules = sample_rules()
    again = write_publication(kept, rules, tmp_path / "kept").read_bytes()
    assert again == write_publication(fresh, rules, tmp_path / "fresh").read_bytes()


def test_a_state_that_does_not_fit_the_export_is_not_kept_from(tmp_path, register):
    """The export is cut into lines by the lengths the state gives. An export of another run
    beside the state (a write cut short), or a state in the previous shape (no lengths), only
    means every entry is made afresh, never a crash or a line cut wrong."""
    import marshal

    import sync.publish.export as export_module

    records, evaluations = register
    rules = sample_rules()
    write_publication(publication(records, evaluations, rules, NOW, key=b"k"), rules, tmp_path)
    path, state = tmp_path / rules.publishing.export, tmp_path / "build/private/export-state"
    assert state.exists() and read_earlier(tmp_path, rules) is not None
    written = path.read_bytes()
    longer = [
        Record(r.row, {**r.values, "content": f"{r.get('content')}，已补充"}) for r in records
    ]
    other = publication(longer, evaluations, rules, NOW, key=b"k")
    path.write_bytes(write_publication(other, rules, tmp_path / "other").read_bytes())
    assert read_earlier(tmp_path, rules) is None
    path.write_bytes(written)
    version, code, entries, *rest = marshal.loads(state.read_bytes())
    assert version == export_module._STATE_VERSION
    state.write_bytes(marshal.dumps((version, code, [e[:4] for e in entries], *rest)))
    assert read_earlier(tmp_path, rules) is None


def test_a_notice_waits_until_its_row_has_no_problem(tmp_path):
    """办结 before 受理, a 公开 that reads as neither 是 nor 否, a phone the anonymizer could not
    learn: each row's notice waits; fixed, it is published with the next sync."""
    rules, calendar = load_policy(ROOT / "rules.yaml")
    header = ["受理时间", "投诉人", "联系电话", "投诉内容", "办结时间", "处理结果", "公开"]
    good = ["2026-11-02 09:00", "黄晓明", "13800138000", "电梯停运", "2026-11-03 10:00", "已修复"]
    rows = {
        "good": good,
        "closed before received": [*good[:4], "2025-11-03 10:00", "已修复"],
        "unreadable 公开": [*good, "不要发"],
        "phone not understood": [*good[:2], "1373558007", "请回电1373558007", *good[4:]],
    }

    def notices(register_rows):
        path = plain_register(tmp_path / "register.xlsx", [header, *register_rows])
        _, records, evaluations = read_and_evaluate(open_xlsx(path, rules), rules, calendar, NOW)
        assert all(r.get("received") for r in records)  # every row is in the statistics
        return [
            c["published"]
            for c in publication(records, evaluations, rules, NOW).export["complaints"]
        ]

    assert notices(rows.values()) == [True, False, False, False]
    assert notices([good] * len(rows)) == [True] * len(rows)
