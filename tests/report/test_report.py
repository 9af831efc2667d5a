"""The monthly management report: its figures against a register counted by hand, the
workbook in openpyxl and LibreOffice with its charts, no resident's details in it, `run`
writing it once on the report day, and the e-mail with the workbook attached."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from libreoffice import convert
from registers import plain_register

from sync.api import load_policy, month_of, open_xlsx, sync_register
from sync.cli import cli
from sync.report.figures import ClockRate, Overdue, Repeat, month_figures, previous_month
from sync.report.workbook import REPORTS_FOLDER, report_path, write_report
from tests.robots import RobotServer, SmtpServer

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 12, 5, 9, 0)
HEADERS = ["编号", "受理时间", "渠道", "项目", "楼栋区域", "房号", "投诉人", "联系电话",
           "投诉对象", "投诉类别", "投诉内容", "安全隐患", "是否有效", "责任部门",
           "首次响应时间", "答复时间", "办结时间", "回访时间", "回访结果"]  # fmt: skip


def at(day: str) -> datetime:
    return datetime.strptime(day, "%m-%d %H:%M").replace(year=2026)


ROWS = [
    # November, on time throughout, a satisfied callback
    ["TS-001", at("11-02 09:00"), "来电", "阳光花园", "3栋", "3-1-101", "张建国", "13800138000",
     "管理处", "服务质量", "保洁不及时", "否", "有效", "清洁绿化部",
     at("11-02 10:00"), at("11-02 15:00"), at("11-03 10:00"), at("11-04 10:00"), "满意"],
    # November, the same phone on the same category: a repeat; late response and reply
    ["TS-002", at("11-05 09:00"), "来访", "阳光花园", "3栋", "3-1-101", "张建国", "13800138000",
     "管理处", "服务质量", "保洁又不及时", "否", "有效", "清洁绿化部",
     at("11-06 10:00"), at("11-06 12:00"), at("11-20 10:00"), at("11-24 10:00"), "不满意"],
    # November, a safety hazard: 重大, never reported, no response at all
    ["TS-003", at("11-10 09:00"), "网络", "阳光花园", "8栋", "8-1-808", "王美兰", "13700137000",
     "开发商", "房屋质量", "墙面渗水漏电", "是", "有效", "工程部",
     None, None, None, None, None],
    # October, still open: overdue on the close clock at the month's end
    ["TS-004", at("10-20 09:00"), "来电", "阳光花园", "5栋", "5-2-202", "李秀英", "13900139000",
     "管理处", "设备设施", "电梯故障", "否", "有效", "工程部",
     at("10-20 10:00"), at("10-20 12:00"), None, None, None],
    # November's last evening: open at the month's end, nothing overdue yet
    ["TS-005", at("11-30 20:00"), "来电", "阳光花园", "9栋", "9-3-303", "赵丽华", "13600136000",
     "业户之间", "相邻关系", "楼上噪音", "否", "无效", "秩序维护部",
     None, None, None, None, None],
    # December: not November's
    ["TS-006", at("12-02 09:00"), "来函", "阳光花园", "3栋", "3-1-102", "孙伟", "13500135000",
     "管理处", "管理费用", "物业费", "否", "有效", "客服中心",
     None, None, None, None, None],
]  # fmt: skip
PERSONAL = ("张建国", "李秀英", "王美兰", "赵丽华", "孙伟", "13800138000", "13900139000",
            "13700137000", "13600136000", "3-1-101", "8-1-808", "5-2-202", "9-3-303",
            "墙面渗水漏电", "8栋", "9栋")  # fmt: skip


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return plain_register(tmp_path / "登记表.xlsx", [HEADERS, *ROWS])


def figures_of(register: Path, rules_path: Path = ROOT / "rules.yaml", now: datetime = NOW):
    rules, calendar = load_policy(rules_path)
    synced = sync_register(open_xlsx(register, rules), rules, calendar, now, dry_run=True)
    return month_figures(synced.records, synced.evaluations, rules, "2026-11", now), synced


def test_the_figures_are_those_counted_by_hand(register):
    f, _ = figures_of(register)
    assert (f.received, f.closed, f.closing_rate) == (4, 2, 0.5)
    counts = dict(f.counts)
    assert counts["投诉类别"] == (("服务质量", 2), ("房屋质量", 1), ("相邻关系", 1))
    assert counts["投诉对象"] == (("管理处", 2), ("业户之间", 1), ("开发商", 1))
    assert counts["系统等级"] == (("一般", 2), ("重大", 1), ("重要", 1))
    assert counts["渠道"] == (("来电", 2), ("来访", 1), ("网络", 1))
    assert counts["责任部门"] == (("清洁绿化部", 2), ("工程部", 1), ("秩序维护部", 1))
    assert counts["是否有效"] == (("有效", 3), ("无效", 1))
    clocks = {c.name: c for c in f.clocks}
    assert clocks["响应"] == ClockRate("响应", done=2, on_time=1, open_overdue=1)
    assert clocks["答复"] == ClockRate("答复", done=2, on_time=1, open_overdue=1)
    assert clocks["办结"] == ClockRate("办结", done=2, on_time=2, open_overdue=0)
    # open at the month's end: TS-003, TS-004 (October's) and TS-005; two of them overdue
    assert f.open_at_end == 3
    assert f.overdue == (
        Overdue("TS-003", "工程部", ("响应", "答复"), 19),  # since 11-11 09:00
        Overdue("TS-004", "工程部", ("办结",), 10),  # since 11-20 09:00
    )
    assert f.repeats == (Repeat("TS-002", 2, ("TS-001",)),)
    assert f.callbacks == (("满意", 1), ("不满意", 1)) and f.satisfaction == 0.5
    (major,) = f.majors
    assert (major.number, major.department, major.closed) == ("TS-003", "工程部", False)
    assert [(r.role, r.due, r.state) for r in major.reporting] == [
        ("主任", at("11-10 09:15"), "未报告"),
        ("品质部", at("11-10 10:00"), "未报告"),
    ]
    assert f.summary() == (
        "2026-11 投诉分析：受理 4 宗，办结 2 宗（办结率 50.0%），月末未办结 3 宗，其中超期 2 宗，"
        "重大 1 宗，重复投诉 1 宗，回访满意率 50.0%。"
    )


def test_the_current_month_is_counted_up_to_now(register):
    f, _ = figures_of(register, now=at("11-15 12:00"))
    assert f.cutoff == at("11-15 12:00")
    assert f.received == 3  # TS-005 came later
    assert f.closed == 1  # TS-002 closed on the 20th
    assert [c.number for c in f.overdue] == ["TS-003"]  # TS-004's close limit is the 20th


def test_months_are_named_and_checked():
    assert previous_month(datetime(2027, 1, 5)) == "2026-12"
    assert month_of(None, NOW) == "2026-11"
    assert month_of("2026-2", NOW) == "2026-02"
    with pytest.raises(Exception, match="不是有效的月份"):
        month_of("2026-13", NOW)


def _chart_parts(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))


def _all_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())


def test_the_workbook_opens_in_openpyxl_and_libreoffice_with_its_charts(register, tmp_path):
    f, _ = figures_of(register)
    path = write_report(f, report_path(tmp_path, "2026-11"), NOW)
    assert path == tmp_path / "reports" / "2026-11 投诉分析.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "概况",
        "分类统计",
        "时限",
        "超期未办结",
        "重复投诉",
        "回访",
        "重大投诉",
    ]
    overview = {r[0]: r[1] for r in book["概况"].iter_rows(min_row=5, values_only=True)}
    assert overview["本月受理"] == 4 and overview["办结率"] == "50.0%"
    assert overview["月末未办结（含以前月份）"] == 3 and overview["其中超期"] == 2
    overdue = list(book["超期未办结"].iter_rows(min_row=3, max_col=4, values_only=True))
    assert overdue == [("TS-003", "工程部", "响应、答复", 19), ("TS-004", "工程部", "办结", 10)]
    majors = list(book["重大投诉"].iter_rows(min_row=2, values_only=True))
    assert majors[0][:3] == ("编号", "受理时间", "责任部门")
    assert majors[1][0] == "TS-003" and "未报告" in majors[1]
    charts = _chart_parts(path)
    assert (
        len(charts) == 6 + 1 + 1 + 1
    )  # six count tables, on-time, overdue by department, callbacks

    (resaved,) = convert([path], "xlsx", tmp_path / "lo")
    assert len(_chart_parts(resaved)) == len(charts)  # LibreOffice loaded every chart
    again = openpyxl.load_workbook(resaved)
    assert again["重复投诉"]["A3"].value == "TS-002"
    assert again["重复投诉"]["C3"].value == "TS-001"


def test_no_resident_name_phone_or_unit_is_in_the_report(register, tmp_path):
    f, _ = figures_of(register)
    text = _all_text(write_report(f, report_path(tmp_path, "2026-11"), NOW))
    assert "TS-003" in text  # the test reads the strings the workbook holds
    assert [value for value in PERSONAL if value in text] == []


def _rules(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "rules.yaml"
    path.write_text((ROOT / "rules.yaml").read_text(encoding="utf-8") + extra, encoding="utf-8")
    return path


def test_the_report_command_writes_the_month_and_says_its_figures(register, tmp_path):
    args = ["report", str(register), "--rules", str(_rules(tmp_path)), "--root", str(tmp_path)]
    result = CliRunner().invoke(cli, [*args, "--now", "2026-12-05 09:00"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "已生成每月投诉分析" in result.output and "受理 4 宗" in result.output
    assert (tmp_path / REPORTS_FOLDER / "2026-11 投诉分析.xlsx").is_file()
    result = CliRunner().invoke(cli, [*args, "--month", "2026-10"], catch_exceptions=False)
    assert (tmp_path / REPORTS_FOLDER / "2026-10 投诉分析.xlsx").is_file()
    bad = CliRunner().invoke(cli, [*args, "--month", "十一月"])
    assert bad.exit_code != 0 and "不是有效的月份" in bad.output


def _with_targets(rules: Path, smtp: SmtpServer, robots: RobotServer) -> Path:
    text = rules.read_text(encoding="utf-8").replace(
        "  targets: {}",
        "  targets:\n    office_head:\n"
        f'      - "mailto://127.0.0.1:{smtp.port}?from=robot@example.com&to=head@example.com"\n'
        f'      - "wecomrobot://{{env:WECOM_KEY}}?base={robots.base}"',
        1,
    )
    rules.write_text(text, encoding="utf-8")
    return rules


def test_run_on_the_report_day_writes_and_sends_the_report_once(
    register, tmp_path, smtp, robots, monkeypatch
):
    monkeypatch.setenv("WECOM_KEY", "wk-1")
    rules = _with_targets(_rules(tmp_path), smtp, robots)
    report = tmp_path / REPORTS_FOLDER / "2026-11 投诉分析.xlsx"

    def run(now: str):
        args = ["run", str(register), "--rules", str(rules), "--root", str(tmp_path)]
        result = CliRunner().invoke(cli, [*args, "--now", now, "--no-site"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    assert "每月投诉分析" not in run("2026-12-04 09:00")  # the day before report.day (5)
    assert not report.exists() and not [m for m in smtp.mails if "投诉分析" in m.subject]

    output = run("2026-12-05 09:00")
    assert f"每月投诉分析：已生成 {report}" in output
    (mail,) = [m for m in smtp.mails if "投诉分析" in m.subject]
    assert mail.to == ("head@example.com",)
    assert "受理 4 宗" in mail.text
    ((name, content),) = mail.attachments
    assert name == "2026-11 投诉分析.xlsx" and content == report.read_bytes()
    (line,) = [r.text for r in robots.requests if "投诉分析" in r.text]
    assert line.startswith("2026-11 投诉分析：受理 4 宗") and "\n" not in line
    assert not [value for value in PERSONAL if value in mail.text + line]

    written = report.stat().st_mtime_ns
    smtp.mails.clear()
    robots.reset()
    assert "每月投诉分析" not in run("2026-12-05 09:15")  # once a month: the file is the record
    assert report.stat().st_mtime_ns == written
    assert not [m for m in smtp.mails if "投诉分析" in m.subject]
    assert not [r for r in robots.requests if "投诉分析" in r.text]


def test_report_day_is_checked_with_its_line(tmp_path):
    from sync.policy.rules import RulesError, load_rules

    text = (ROOT / "rules.yaml").read_text(encoding="utf-8").replace("  day: 5 ", "  day: 31", 1)
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(next(s for s in text.splitlines() if "day: 31" in s)) + 1
    with pytest.raises(RulesError) as error:
        load_rules(path)
    assert error.value.problems == [
        f"rules.yaml:{line}: report.day：应为 1 到 28 之间的日期（每个月都有这一天），现在是“31”。"
    ]
    assert load_rules(ROOT / "rules.yaml").report_day == 5


def test_check_states_the_report_day_and_names_an_unknown_receiver_with_its_line(tmp_path):
    from sync.policy.describe import describe_rules
    from sync.policy.rules import RulesError, load_rules

    assert "每月投诉分析：每月 5 日生成上月报表（reports/ 下，内部资料），发给主任" in (
        describe_rules(load_rules(ROOT / "rules.yaml")).splitlines()
    )
    text = (ROOT / "rules.yaml").read_text(encoding="utf-8")
    text = text.replace("    report: [office_head]", "    report: [manager]", 1)
    line = next(i for i, s in enumerate(text.splitlines(), 1) if "report: [manager]" in s)
    path = tmp_path / "rules.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(path)
    (problem,) = error.value.problems
    assert problem.startswith(f"rules.yaml:{line}: notifications.events.report：角色“manager”")


def test_reports_stay_out_of_git_and_the_site():
    from sync.core.rules import SITE_FOLDERS

    assert REPORTS_FOLDER not in SITE_FOLDERS
    for ignore in (ROOT / ".gitignore", ROOT / "sync/office/template/gitignore"):
        assert "reports/" in ignore.read_text(encoding="utf-8").splitlines()


def test_report_send_mails_the_file_and_says_what_failed(
    register, tmp_path, smtp, robots, monkeypatch
):
    monkeypatch.delenv("WECOM_KEY", raising=False)
    rules = _with_targets(_rules(tmp_path), smtp, robots)
    args = ["report", str(register), "--rules", str(rules), "--root", str(tmp_path), "--send"]
    result = CliRunner().invoke(cli, [*args, "--now", "2026-12-20 09:00"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    (mail,) = smtp.mails
    assert mail.subject == "每月投诉分析 2026-11 投诉分析"
    assert [name for name, _ in mail.attachments] == ["2026-11 投诉分析.xlsx"]
    assert "mailto://127.0.0.1" in result.output and "已发送" in result.output
    assert "发送失败：环境变量 WECOM_KEY 未设置，未发送。" in result.output
    assert "请稍后运行 complaints report --month 2026-11 --send" in result.output
    assert robots.requests == []


def test_a_site_built_beside_a_report_holds_nothing_of_it(tmp_path):
    import shutil

    from publication_samples import NOW as SAMPLE_NOW
    from publication_samples import sample_register, sample_rules

    from sync.publish.export import publication, write_publication
    from sync.publish.site import build_site

    root = tmp_path / "office"
    root.mkdir()
    for name in ("mkdocs.yml", "rules.yaml"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "site", root / "site", ignore=shutil.ignore_patterns("notices", "stats"))
    records, evaluations = sample_register()
    rules = sample_rules()
    write_publication(publication(records, evaluations, rules, SAMPLE_NOW), rules, root)
    month = previous_month(SAMPLE_NOW)
    figures = month_figures(records, evaluations, rules, month, SAMPLE_NOW)
    report = write_report(figures, report_path(root, month), SAMPLE_NOW)

    build_site(root, rules)
    published = [p for p in (root / "public").rglob("*") if p.is_file()]
    assert published and report.is_file()
    assert not [p for p in published if p.suffix == ".xlsx" or "reports" in p.parts]
    assert not [p for p in published if report.name.encode() in p.read_bytes()]
