"""An office that starts from `pip install`: the built wheel (not this checkout) in a fresh
virtual environment, run in an empty folder as an office would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NOW = "2026-11-22 10:00"


def run(*args: str | Path, cwd: Path) -> str:
    # No PYTHONPATH: nothing may come from this checkout.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8"
    )
    assert done.returncode == 0, f"{args}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The bin folder of a fresh venv holding the wheel built from this checkout."""
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", dist, ROOT, cwd=tmp)
    (wheel,) = dist.glob("*.whl")
    run(sys.executable, "-m", "venv", tmp / "venv", cwd=tmp)
    bin_dir = tmp / "venv" / "bin"
    run(bin_dir / "python", "-m", "pip", "install", "--quiet", f"{wheel}[zensical]", cwd=tmp)
    where = run(bin_dir / "python", "-c", "import sync; print(sync.__file__)", cwd=tmp)
    assert where.startswith(str(tmp / "venv")), where
    return bin_dir


@pytest.fixture(scope="module")
def office(installed, tmp_path_factory) -> Path:
    """`complaints new`, a demo register, a sync and a site build, in an empty folder."""
    complaints = installed / "complaints"
    empty = tmp_path_factory.mktemp("empty")
    said = run(complaints, "new", "东园物业", cwd=empty)
    assert "complaints init sheets/投诉登记表.xlsx" in said
    office = empty / "东园物业"
    for rel in (".gitignore", "deploy/workflows/complaints-run.yml", "site/handbook/cases.md"):
        assert (office / rel).is_file(), rel
    # An office's own number, to find in the handbook.
    rules = office / "rules.yaml"
    text = rules.read_text(encoding="utf-8")
    assert "业户之间: {working_days: 3}" in text
    rules.write_text(text.replace("业户之间: {working_days: 3}", "业户之间: {working_days: 4}"))
    run(complaints, "demo", "sheets/demo.xlsx", "--now", NOW, cwd=office)
    run(complaints, "sync", "sheets/demo.xlsx", "--now", NOW, cwd=office)
    assert "网站已生成" in run(complaints, "site", "build", cwd=office)
    return office


def assert_the_site_is_whole(public: Path) -> None:
    card = (public / "handbook/quick-card/index.html").read_text(encoding="utf-8")
    assert "4 个工作日" in card and "{{" not in card
    november = (public / "notices/2026-11/index.html").read_text(encoding="utf-8")
    assert november.count('<h3 id="n-') > 0
    assert "每月分析" in (public / "stats/index.html").read_text(encoding="utf-8")
    assert (public / "stats/2026-11/index.html").is_file()
    for index, key in (("search/search_index.json", "docs"), ("search.json", "items")):
        docs = json.loads((public / index).read_text(encoding="utf-8"))[key]
        assert any("#n-" in doc["location"] for doc in docs), index


def test_an_office_from_the_wheel_publishes_its_handbook_notices_and_statistics(office):
    assert_the_site_is_whole(office / "public")


def test_the_same_office_builds_with_zensical_and_passes_the_output_check(installed, office):
    said = run(installed / "complaints", "site", "build", "--builder", "zensical", cwd=office)
    assert "网站已生成" in said  # the output check runs in every build
    public = office / "public"
    assert (public / "assets/javascripts").is_dir()
    assert_the_site_is_whole(public)
    check = "from pathlib import Path; from sync.publish.outputcheck import problems; "
    check += "print(problems(Path('public'), Path('site')))"
    assert run(installed / "python", "-c", check, cwd=office).strip() == "[]"
