"""The publication export: an allow-list of fields, anonymized texts, private personal values."""

import json
import stat

import pytest
from publication_samples import NOW, sample_register, sample_rules

from sync.export import build_export, generalize_area, personal_values, write_export
from sync.publishing import Publishing

ALLOWED = {
    "month", "received", "channel", "target", "category", "level", "status", "area",
    "clocks", "handling_hours", "callback_result", "reasons", "notice",
}  # fmt: skip


@pytest.fixture(scope="module")
def register():
    return sample_register()


@pytest.fixture(scope="module")
def export(register):
    records, evaluations = register
    return build_export(records, evaluations, sample_rules(), NOW)


def test_only_allowed_fields_leave_the_register(export):
    assert export["complaints"]
    for complaint in export["complaints"]:
        assert set(complaint) <= ALLOWED


def test_no_personal_value_is_in_the_export(register, export):
    text = json.dumps(export, ensure_ascii=False)
    for value in personal_values(register[0]):
        assert value not in text, value


def test_notices_are_the_closed_complaints_not_marked_private(register, export):
    records, _ = register
    expected = {
        str(r.get("number"))
        for r in records
        if r.get("closed") is not None and r.get("publish") != "否"
    }
    published = {c["notice"]["number"] for c in export["complaints"] if c["notice"]}
    assert published == expected


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
        ("1102室", Publishing(), "本小区"),
        ("3栋2单元", Publishing(area_level="项目"), "滨江花园"),
        ("3栋", Publishing(area_map={"3栋": "东区"}), "东区"),
        ("", Publishing(), "滨江花园"),
    ],
)
def test_area_is_generalized(area, settings, published):
    assert generalize_area(area, "滨江花园", settings) == published


def test_write_export_keeps_personal_values_private(tmp_path, register, export):
    rules = sample_rules()
    path = write_export(export, personal_values(register[0]), rules, tmp_path)
    assert json.loads(path.read_text(encoding="utf-8")) == export
    private = tmp_path / "build/private/personal-values.json"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert "张伟" in json.loads(private.read_text(encoding="utf-8"))
    assert not path.parent.joinpath("personal-values.json").exists()
