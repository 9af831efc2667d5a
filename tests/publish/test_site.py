"""The public site: a real `mkdocs build` in a copy of the project, the gate, the swap."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from publication_samples import NOW, sample, sample_register, sample_rules

from sync.core.model import Record
from sync.publish.export import Publication, publication, read_private, write_publication
from sync.publish.gate import GateCrashed
from sync.publish.search import word_parts
from sync.publish.site import (
    PersonalDataLeak,
    SiteBuildFailed,
    build_site,
    inputs_fingerprint,
    retired_dir,
    staging_dir,
    swap_in,
)
from sync.publish.stats import last_months, suppress

PROJECT = Path(__file__).resolve().parents[2]


def make_project(tmp: Path, register: tuple[list, list] | None = None) -> Path:
    """A copy of what the site build reads: mkdocs.yml, rules.yaml, the handbook, and the
    publication of `register` (records, evaluations; the sample register by default)."""
    root = tmp / "project"
    root.mkdir()
    for name in ("mkdocs.yml", "rules.yaml"):
        shutil.copy(PROJECT / name, root / name)
    shutil.copytree(
        PROJECT / "site", root / "site", ignore=shutil.ignore_patterns("notices", "stats")
    )
    records, evaluations = register or sample_register()
    rules = sample_rules()
    write_publication(publication(records, evaluations, rules, NOW), rules, root)
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = make_project(tmp_path_factory.mktemp("site"))
    report = build_site(root, sample_rules())
    return root, report


def read(root: Path, rel: str) -> str:
    return (root / "public" / rel).read_text(encoding="utf-8")


def test_build_publishes_notices_by_month_and_statistics(built):
    root, report = built
    assert report.notices == 31
    assert report.months == 12
    # Generated files are read; the theme's and mermaid's are verified by digest.
    files = [p for p in (root / "public").rglob("*") if p.is_file()]
    assert report.files_scanned + report.assets_verified == len(files)
    assert report.files_scanned > 30 and report.assets_verified > 30
    month = read(root, "notices/2026-11/index.html")
    assert "投诉公告" in month and "受理日期" in month
    assert (root / "public/stats/totals.svg").stat().st_size > 1000
    assert "每月投诉宗数" in read(root, "stats/index.html")


def test_nav_groups_months_by_year_and_never_lists_single_notices(built):
    root, _ = built
    home = read(root, "index.html")
    # Each year links to its newest month; months show on the pages of their own year.
    assert 'href="notices/2026-11/"' in home and 'href="notices/2025-12/"' in home
    assert "#n-" not in home and 'href="notices/2026-10/"' not in home
    month = read(root, "notices/2026-11/index.html")
    assert 'href="../2026-10/"' in month
    assert re.search(r'md-ellipsis">\s*10月\s*<', month)


def test_feed_is_rss_with_the_newest_notices(built):
    root, _ = built
    channel = ET.fromstring(read(root, "notices/feed.xml")).find("channel")
    items = channel.findall("item")
    assert len(items) == 31
    month = read(root, "notices/2026-11/index.html")
    assert f'<h3 id="n-{items[0].find("guid").text}"' in month


def test_feed_links_are_whole_addresses_once_mkdocs_yml_names_the_site(tmp_path):
    root = make_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "# site_url: https://tousu.example.com/", "site_url: https://tousu.example.com/"
        ),
        encoding="utf-8",
    )
    build_site(root, sample_rules())
    channel = ET.fromstring(read(root, "notices/feed.xml")).find("channel")
    links = [channel.find("link").text] + [i.find("link").text for i in channel.findall("item")]
    assert links[0] == "https://tousu.example.com/notices/"
    assert all(link.startswith("https://tousu.example.com/notices/2") for link in links[1:])


def test_search_index_is_segmented_and_carries_word_parts(built):
    root, _ = built
    index = json.loads(read(root, "search/search_index.json"))
    assert index["config"]["lang"] == ["zh"]
    assert "trimmer" not in index["config"]["pipeline"]
    docs = {d["location"]: d for d in index["docs"]}
    notice_words = [
        d["text"].split("\u200b") for loc, d in docs.items() if loc.startswith("notices/2026")
    ]
    assert any("积水" in words for words in notice_words)
    # 排水沟 is one word: its part 排水 is indexed too, so a search for 排水 finds it.
    assert any({"排水沟", "排水"} <= set(words) for words in notice_words)
    # Material's own entries are segmented the same way.
    handbook = [d["text"] for loc, d in docs.items() if loc.startswith("handbook/time-limits/")]
    assert any("工作日" in text.split("\u200b") for text in handbook)
    # Monthly statistics are tables of counts: kept out of search, the overview stays in.
    assert "stats/" in docs and not any(loc.startswith("stats/2026-") for loc in docs)


def test_month_page_contents_list_the_days_and_every_notice_keeps_its_anchor(built):
    root, _ = built
    month = read(root, "notices/2026-11/index.html")
    toc = month.split('class="md-nav md-nav--secondary"')[1]
    days = re.findall(r'<h2 id="(d-2026-11-\d\d)"', month)
    assert days and all(f'href="#{d}"' in toc for d in days)
    assert re.search(r'md-ellipsis">\s*11月18日\s*<', toc)
    assert 'href="#n-' not in toc  # a month may hold hundreds: the contents list days
    assert len(re.findall(r'<h3 id="n-', month)) >= len(days)
    # A month's statistics link its major complaints to their notices' anchors.
    stats = read(root, "stats/2026-10/index.html")
    linked = re.findall(r'href="../../notices/2026-10/#(n-[^"]+)"', stats)
    october = read(root, "notices/2026-10/index.html")
    assert linked and all(f'<h3 id="{a}"' in october for a in linked)


def test_notice_text_that_looks_like_markup_or_a_placeholder_is_published_as_typed(tmp_path):
    root = make_project(tmp_path)
    export_file = root / "build/export/publication.json"
    export = json.loads(export_file.read_text(encoding="utf-8"))
    notice = next(c["notice"] for c in export["complaints"] if c["notice"])
    notice["matter"] = "门口 **积水** {{ time_limits.nonsense }} <b>很深</b>"
    export_file.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    build_site(root, sample_rules())
    page = read(root, f"notices/{notice['received'][:7]}/index.html")
    # Shown as typed; the braces as references, so no built page holds a `{{`.
    typed = "门口 **积水** &#123;&#123; time_limits.nonsense &#125;&#125; &lt;b&gt;很深&lt;/b&gt;"
    assert typed in page and "{{" not in page


def test_word_parts_let_a_prefix_search_find_words_inside_longer_ones():
    assert {"停车", "车库"} <= set(word_parts("停车库"))


def test_handbook_numbers_come_from_rules_yaml(tmp_path):
    root = make_project(tmp_path)
    rules_file = root / "rules.yaml"
    text = rules_file.read_text(encoding="utf-8")
    text = text.replace("业户之间: {working_days: 3}", "业户之间: {working_days: 5}")
    text = text.replace("households: 10 ", "households: 8 ")
    rules_file.write_text(text, encoding="utf-8")
    build_site(root, sample_rules())
    card = read(root, "handbook/quick-card/index.html")
    assert "答复：业户之间</td>\n<td>5 个工作日" in card
    assert "同类户数达到 8 户" in card
    assert "3 个工作日" not in card


def test_the_handbook_builds_from_a_rules_file_of_the_previous_version(tmp_path):
    # Before issue 17 rules.yaml had no repeat window, agreed maximum or callback section,
    # and the one-month rule was a switch: the handbook states the defaults and every target.
    root = make_project(tmp_path)
    rules_file = root / "rules.yaml"
    lines = rules_file.read_text(encoding="utf-8").splitlines()
    dropped = ("repeat_window:", "close_agreed_max:", "max_attempts:", "callback:")
    kept = [
        line for line in lines if not line.lstrip().startswith(dropped) or "{working_days" in line
    ]
    text = "\n".join(kept).replace(
        "open_past_close_limit: {targets: [管理处]}", "open_past_close_limit: true"
    )
    rules_file.write_text(text, encoding="utf-8")
    build_site(root, sample_rules())
    severity = read(root, "handbook/severity/index.html")
    assert "3 个月内投诉达到" in severity
    assert "适用的投诉对象：管理处、业户之间、开发商、政府及公共事业" in severity
    limits = read(root, "handbook/time-limits/index.html")
    assert "尝试达到 3 次仍联系不上" in limits
    assert "最晚为受理后 3 个月" in limits


def test_the_built_handbook_has_no_stray_space_between_a_value_and_chinese(built):
    root, _ = built
    pages = sorted((root / "public" / "handbook").rglob("index.html"))
    assert len(pages) >= 8
    for page in pages:
        text = re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8"))
        stray = re.findall(r"[\u4e00-\u9fff] [内后]", text)
        assert not stray, (page.parent.name, stray)
    card = read(root, "handbook/quick-card/index.html")
    assert "15 分钟内报主任" in card and "24 小时内给您回复" in card


def test_the_handbook_reads_right_when_unanswered_callbacks_have_no_limit(tmp_path):
    root = make_project(tmp_path)
    rules_file = root / "rules.yaml"
    text = rules_file.read_text(encoding="utf-8")
    assert "  max_attempts: 3 " in text
    rules_file.write_text(text.replace("  max_attempts: 3 ", "  max_attempts: null "), "utf-8")
    build_site(root, sample_rules())
    limits = read(root, "handbook/time-limits/index.html")
    assert "None" not in limits
    assert "本中心不限尝试次数" in limits and "尝试达到" not in limits


def test_the_handbook_states_the_monthly_report_day_from_rules_yaml(tmp_path):
    root = make_project(tmp_path)
    rules_file = root / "rules.yaml"
    text = rules_file.read_text(encoding="utf-8")
    rules_file.write_text(text.replace("  day: 5 ", "  day: 8 "), "utf-8")
    build_site(root, sample_rules())
    limits = read(root, "handbook/time-limits/index.html")
    assert "每月 8 日" in limits and "发给主任" in limits


def test_unknown_placeholder_fails_the_build(tmp_path):
    root = make_project(tmp_path)
    page = root / "site/handbook/intake.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ time_limits.nonsense }}\n", "utf-8")
    with pytest.raises(SiteBuildFailed, match="time_limits.nonsense"):
        build_site(root, sample_rules())
    assert not (root / "public").exists()


@pytest.mark.parametrize(
    ("planted", "kind"),
    [
        ("投诉人张伟已回访", "姓名"),
        ("电话 138 0013 8000", "电话"),
        ("回访 １３８００１３８０００", "电话"),
        ("地址 5-1-302", "房号"),
        ("证件 11010119900307123X", "证件号"),
    ],
)
def test_gate_fails_on_a_planted_leak_and_publishes_nothing(tmp_path, planted, kind):
    root = make_project(tmp_path)
    (root / "site/handbook/leak.md").write_text(f"# 说明\n\n{planted}\n", encoding="utf-8")
    with pytest.raises(PersonalDataLeak) as caught:
        build_site(root, sample_rules())
    message = str(caught.value)
    assert "handbook/leak/index.html" in message
    assert f"含{kind}" in message
    assert "search/search_index.json" in message
    assert planted.split()[-1] not in message
    assert not (root / "public").exists()


def snapshot(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def add_hook(root: Path, code: str) -> None:
    """An mkdocs hook in the project (as an office's own or a plugin could be): ours has none."""
    (root / "extra_hook.py").write_text(code, encoding="utf-8")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "hooks:" not in text
    config.write_text(text + "\nhooks:\n  - extra_hook.py\n", encoding="utf-8")


def assert_last_site_kept(root: Path, before: dict[str, bytes]) -> None:
    """public/ byte for byte as it was, and nothing unchecked left beside it."""
    assert snapshot(root / "public") == before
    assert not staging_dir(root / "public").exists()
    assert not retired_dir(root / "public").exists()


def test_a_failed_mkdocs_build_leaves_the_last_site_as_it_was(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    page = root / "site/handbook/intake.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ time_limits.nonsense }}\n", "utf-8")
    with pytest.raises(SiteBuildFailed, match="time_limits.nonsense"):
        build_site(root, sample_rules())
    assert_last_site_kept(root, before)


def test_a_crashing_build_is_reported_without_a_python_traceback(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    add_hook(root, "def on_config(config):\n    raise ValueError('钩子里的错误')\n")
    with pytest.raises(SiteBuildFailed) as caught:
        build_site(root, sample_rules())
    message = str(caught.value)
    assert "ValueError: 钩子里的错误" in message
    assert "Traceback" not in message and 'File "' not in message
    assert_last_site_kept(root, before)


def test_a_refused_build_leaves_the_last_site_as_it_was(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    # A handbook page quoting a complainant's phone from the register (rows 3, 7, 11, ...).
    (root / "site/handbook/leak.md").write_text("# 回访\n\n请回拨 139-1234-5678。\n", "utf-8")
    with pytest.raises(PersonalDataLeak) as caught:
        build_site(root, sample_rules())
    message = str(caught.value)
    assert "handbook/leak/index.html：含电话（登记表第 3、7、11、15" in message
    assert "1234" not in message and "5678" not in message
    assert_last_site_kept(root, before)


_WATCH_HOOK = """
import hashlib, json
from pathlib import Path


def on_post_build(config):
    root = Path(config.config_file_path).parent
    public = root / "public"
    seen = {"site_dir": config.site_dir, "public": None}
    if public.is_dir():
        total = hashlib.sha256()
        for path in sorted(public.rglob("*")):
            if path.is_file():
                total.update(path.relative_to(public).as_posix().encode() + path.read_bytes())
        seen["public"] = total.hexdigest()
    (root / "seen.json").write_text(json.dumps(seen), encoding="utf-8")
    PLANT(Path(config.site_dir))
"""


def watch_and_plant(root: Path, plant: str = "def PLANT(site):\n    pass\n") -> None:
    """A hook that notes where mkdocs writes and what public/ holds meanwhile, then runs
    `plant` on what mkdocs wrote, before the gate reads it."""
    add_hook(root, plant + _WATCH_HOOK)


def seen_during_build(root: Path) -> dict:
    return json.loads((root / "seen.json").read_text(encoding="utf-8"))


def digest_of(files: dict[str, bytes]) -> str:
    total = hashlib.sha256()
    for rel, data in files.items():
        total.update(rel.encode() + data)
    return total.hexdigest()


def test_public_never_holds_an_unchecked_site(tmp_path):
    root = make_project(tmp_path)
    watch_and_plant(root)
    build_site(root, sample_rules())
    # mkdocs wrote beside public/, which did not exist yet: nothing was served unchecked.
    first = seen_during_build(root)
    assert first == {"site_dir": str(staging_dir(root / "public")), "public": None}
    before = snapshot(root / "public")
    build_site(root, sample_rules())
    # While the next build ran (and until its gate passed) public/ was the checked site.
    assert seen_during_build(root)["public"] == digest_of(before)
    assert not staging_dir(root / "public").exists()


def test_a_leak_written_into_a_generated_page_is_refused_naming_file_kind_and_row(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    # A phone in no register column, written into the month's page after mkdocs built it,
    # under the first day (so after that day's last notice, once the notices are put in):
    # the refusal names that notice's register row.
    watch_and_plant(
        root,
        "import re\n"
        "def PLANT(site):\n"
        "    page = site / 'notices/2026-11/index.html'\n"
        "    html = page.read_text(encoding='utf-8')\n"
        "    html = re.sub('(<!-- notices d-[0-9-]+ -->)',"
        " '\\\\1<p>业主另留电话 139 2233 4455</p>', html, count=1)\n"
        "    page.write_text(html, encoding='utf-8')\n",
    )
    with pytest.raises(PersonalDataLeak) as caught:
        build_site(root, sample_rules())
    month = before["notices/2026-11/index.html"].decode()
    first_day = month.split('<h2 id="d-')[1]
    first = re.findall(r'<h3 id="n-([a-z]+)"', first_day)[-1]
    _, notice_rows, _ = read_private((root / "build/private/personal-values.json").read_bytes())
    message = str(caught.value)
    assert f"notices/2026-11/index.html：含电话（登记表第 {notice_rows[first]} 行）" in message
    assert "4455" not in message and "2233" not in message
    assert seen_during_build(root)["public"] == digest_of(before)
    assert_last_site_kept(root, before)


def test_a_gate_that_crashes_refuses_and_keeps_the_last_site(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    # JSON nested deeper than Python's decoder goes: reading it raises RecursionError.
    watch_and_plant(
        root,
        "def PLANT(site):\n    (site / 'data.json').write_text('[' * 200000 + ']' * 200000)\n",
    )
    with pytest.raises(GateCrashed) as caught:
        build_site(root, sample_rules())
    assert "data.json" in str(caught.value) and "RecursionError" in str(caught.value)
    assert_last_site_kept(root, before)


def test_a_swap_cut_off_between_its_renames_is_undone_by_the_next_build(tmp_path):
    root = make_project(tmp_path)
    build_site(root, sample_rules())
    before = snapshot(root / "public")
    # Killed after moving the old site aside, with an unchecked build left beside it.
    (root / "public").rename(retired_dir(root / "public"))
    staging_dir(root / "public").mkdir()
    (staging_dir(root / "public") / "index.html").write_text("未核对", encoding="utf-8")
    page = root / "site/handbook/intake.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n{{ time_limits.nonsense }}\n", "utf-8")
    with pytest.raises(SiteBuildFailed):
        build_site(root, sample_rules())
    assert_last_site_kept(root, before)


def two_sites(tmp_path: Path) -> tuple[Path, Path]:
    live, new = tmp_path / "public", staging_dir(tmp_path / "public")
    for folder, text in ((live, "上次的网站"), (new, "新网站")):
        folder.mkdir()
        (folder / "index.html").write_text(text, encoding="utf-8")
    return live, new


@pytest.mark.skipif(sys.platform != "linux", reason="renameat2 is Linux's")
def test_on_linux_the_new_site_and_the_old_trade_places_in_one_step(tmp_path):
    live, new = two_sites(tmp_path)
    swap_in(new, live)
    assert (live / "index.html").read_text(encoding="utf-8") == "新网站"
    assert (new / "index.html").read_text(encoding="utf-8") == "上次的网站"  # build_site deletes it


def test_elsewhere_the_old_site_is_renamed_aside_and_deleted(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")  # no renameat2: the two-rename way
    live, new = two_sites(tmp_path)
    swap_in(new, live)
    assert (live / "index.html").read_text(encoding="utf-8") == "新网站"
    assert not new.exists() and not retired_dir(live).exists()


def with_values(i: int, **values: object):
    """Sample complaint i with some cells as staff typed them."""
    record, evaluation = sample(i)
    return Record(row=record.row, values={**record.values, **values}), evaluation


def register_of(pairs) -> tuple[list, list]:
    return [p[0] for p in pairs], [p[1] for p in pairs]


_SURNAMES = "王刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋"
_GIVEN = ["海燕", "建华", "晓东", "丽萍", "国强", "美玲", "文斌", "雪梅"]


def test_a_joint_complaint_listing_households_builds_without_crashing_the_gate(tmp_path):
    households = [
        (f"{5 + k // 8}栋{k % 8 + 1}0{k % 2 + 1}室", f"{_SURNAMES[k % 20]}{_GIVEN[k % 8]}")
        for k in range(40)
    ]
    cell = "、".join(f"{unit}{name}" for unit, name in households)
    assert len(cell) > 300
    pairs = [sample(i) for i in range(40)]
    pairs[0] = with_values(
        0,
        complainant=cell,
        unit="5栋101室",
        content=f"{households[0][1]}等40户业主联名投诉地下车库积水，要求物业抽水并疏通排水沟",
    )
    root = make_project(tmp_path, register_of(pairs))
    report = build_site(root, sample_rules())
    assert report.notices == 31
    published = b"".join(
        data for rel, data in snapshot(root / "public").items() if rel.endswith((".html", ".json"))
    ).decode()
    assert "40户业主联名投诉" in published
    assert not any(name in published for _, name in households)


def test_flats_that_occur_in_the_themes_scripts_do_not_block_the_build(tmp_path):
    pairs = [sample(i) for i in range(40)]
    pairs[3] = with_values(3, unit="502", content="楼上601漏水，卫生间天花板渗水，业主要求维修")
    root = make_project(tmp_path, register_of(pairs))
    report = build_site(root, sample_rules())
    public = root / "public/assets/javascripts"
    # The digits are in the theme's and mermaid's code, which the gate verifies, not reads.
    assert b"502" in (public / "mermaid.min.js").read_bytes()
    assert b"601" in (public / "lunr/tinyseg.js").read_bytes()
    assert report.assets_verified > 30
    notice = read(root, f"notices/{pairs[3][0].values['received']:%Y-%m}/index.html")
    assert "漏水，卫生间天花板渗水" in notice


def test_a_registered_flat_404_does_not_block_the_themes_404_page(tmp_path):
    pairs = [sample(i) for i in range(40)]
    pairs[5] = with_values(5, unit="3栋404室")
    root = make_project(tmp_path, register_of(pairs))
    build_site(root, sample_rules())
    assert "404 - Not found" in read(root, "404.html")


def test_staff_columns_holding_roles_do_not_block_the_handbook(tmp_path):
    pairs = [
        with_values(i, receiver="前台", follower="客服", responsible="主任") for i in range(40)
    ]
    root = make_project(tmp_path, register_of(pairs))
    build_site(root, sample_rules())
    assert "前台速查卡" in read(root, "handbook/quick-card/index.html")
    # 客服 in a staff column is a role: the 客服中心 in notices' text stays as typed.
    assert "客服中心" in read(root, "notices/2026-11/index.html")


@pytest.mark.parametrize(
    ("counts", "shown"),
    [
        # every cell large enough: all shown
        ({"设备设施": 5, "服务态度": 4}, {"设备设施": "5", "服务态度": "4"}),
        # one small cell: it and the next smallest hidden, so totals do not give it away
        (
            {"设备设施": 5, "服务态度": 4, "管理费用": 1},
            {"设备设施": "5", "服务态度": "隐去", "管理费用": "<3"},
        ),
        # two small cells hide each other
        (
            {"设备设施": 6, "服务态度": 2, "管理费用": 1},
            {"设备设施": "6", "服务态度": "<3", "管理费用": "<3"},
        ),
        # a single small cell alone
        ({"设备设施": 2}, {"设备设施": "<3"}),
    ],
)
def test_small_cells_are_suppressed(counts, shown):
    assert {c.label: c.shown for c in suppress(Counter(counts), 3)} == shown


def test_twelve_month_window_crosses_the_year():
    assert last_months("2026-02", 4) == ["2025-11", "2025-12", "2026-01", "2026-02"]


def test_a_scheduled_build_keeps_the_site_while_nothing_it_reads_has_changed(tmp_path):
    root = make_project(tmp_path)
    rules = sample_rules()
    first = build_site(root, rules, when_changed=True)
    page = root / "public/notices/2026-11/index.html"
    built_at = page.stat().st_mtime_ns
    again = build_site(root, rules, when_changed=True)
    assert first.rebuilt and not again.rebuilt
    assert again.notices == first.notices and page.stat().st_mtime_ns == built_at
    assert build_site(root, rules).rebuilt  # `complaints site build` always builds
    handbook = root / "site/handbook/intake.md"
    handbook.write_text(handbook.read_text(encoding="utf-8") + "\n补充说明。\n", "utf-8")
    assert build_site(root, rules, when_changed=True).rebuilt
    shutil.rmtree(root / "public")
    assert build_site(root, rules, when_changed=True).rebuilt


def _export_changes():
    def later_same_day(export, personal):
        export["generated"] = export["generated"][:11] + "23:59"

    def next_day(export, personal):
        export["generated"] = "2026-11-21T00:01"

    def notice_text(export, personal):
        next(c for c in export["complaints"] if c["notice"])["notice"]["result"] += "。"

    def personal_value(export, personal):
        personal["values"].append(["王小明", "姓名", [99], ""])

    return [(later_same_day, False), (next_day, True), (notice_text, True), (personal_value, True)]


@pytest.mark.parametrize(
    ("change", "rebuilds"), _export_changes(), ids=lambda x: getattr(x, "__name__", x)
)
def test_what_makes_a_scheduled_build_run_again(tmp_path, change, rebuilds):
    root = make_project(tmp_path)
    export_file = root / "build/export/publication.json"
    personal_file = root / "build/private/personal-values.json"

    def fingerprint() -> str:
        return inputs_fingerprint(
            root, export_file.read_bytes(), personal_file.read_bytes(), root / "rules.yaml"
        )

    before = fingerprint()
    export = json.loads(export_file.read_text(encoding="utf-8"))
    personal = json.loads(personal_file.read_text(encoding="utf-8"))
    change(export, personal)
    write_publication(Publication.from_export(export, personal), sample_rules(), root)
    assert (before != fingerprint()) == rebuilds


def test_the_offices_pictures_are_published_as_they_are_other_binaries_are_not(tmp_path):
    from PIL import Image

    root = make_project(tmp_path)
    picture = root / "site" / "assets" / "logo.png"
    picture.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (8, 8), "#3f6fb5").save(picture)
    report = build_site(root, sample_rules())
    assert (report.site_dir / "assets" / "logo.png").read_bytes() == picture.read_bytes()
    (root / "site" / "assets" / "plan.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02")
    with pytest.raises(PersonalDataLeak) as refused:
        build_site(root, sample_rules())
    assert "assets/plan.pdf" in str(refused.value)
    assert (report.site_dir / "assets" / "logo.png").exists()  # the last good site stays
