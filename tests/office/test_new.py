"""`complaints new`: an office folder from the package's templates, and every command
outside one saying what is missing."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from sync.cli import cli
from sync.office.folder import template_files

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "sync/office/template"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_new_writes_an_office_folder_and_prints_the_next_commands(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["new", "东园物业"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    office = tmp_path / "东园物业"
    for rel in (
        "rules.yaml",
        "mkdocs.yml",
        ".gitignore",
        "site/index.md",
        "site/handbook/time-limits.md",
        "sheets/README.md",
        "deploy/crontab",
        "deploy/systemd/complaints-run.timer",
        "deploy/windows-task-scheduler.md",
        "deploy/workflows/complaints-run.yml",
    ):
        assert (office / rel).is_file(), rel
    assert (
        (office / "rules.yaml").read_text(encoding="utf-8").startswith("# 物业服务中心投诉处理规则")
    )
    # A pip-installed office names no file of ours: no hooks, no path into a checkout.
    config = (office / "mkdocs.yml").read_text(encoding="utf-8")
    assert "hooks:" not in config and "sync/" not in config
    lines = result.output.splitlines()
    steps = lines[lines.index("接下来：") + 1 :]
    assert [s.split("#")[0].strip() for s in steps] == [
        "cd 东园物业",
        "complaints init sheets/投诉登记表.xlsx",
        "complaints sync sheets/投诉登记表.xlsx",
        "complaints site build",
    ]


def test_new_overwrites_nothing(runner, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    (office / "rules.yaml").write_text("# 我们自己的规则\n", encoding="utf-8")
    result = runner.invoke(cli, ["new", str(office)])
    assert result.exit_code == 2
    assert "已有 rules.yaml" in result.output and "没有写入任何文件" in result.output
    assert [p.name for p in office.iterdir()] == ["rules.yaml"]
    assert (office / "rules.yaml").read_text(encoding="utf-8") == "# 我们自己的规则\n"


def test_the_gitignore_keeps_registers_exports_backups_sites_and_secrets_out_of_git(
    runner, tmp_path
):
    office = tmp_path / "office"
    runner.invoke(cli, ["new", str(office)], catch_exceptions=False)
    private = [
        "sheets/投诉登记表.xlsx",
        "sheets/.backups/投诉登记表-20261122.xlsx",
        "sheets/~$投诉登记表.xlsx",
        "sheets/.~lock.投诉登记表.xlsx#",
        "build/export/publication.json",
        "build/private/personal-values.json",
        "public/index.html",
        ".public-building/index.html",
        ".public-docs/index.md",
        ".public-config.yml",
        "service-account.json",
        "credentials.json",
        "secrets.env",
        "logs/run.log",
    ]
    for rel in private:
        (office / rel).parent.mkdir(parents=True, exist_ok=True)
        (office / rel).write_text("x", encoding="utf-8")
    subprocess.run(["git", "init", "-q", str(office)], check=True)
    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=office,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    tracked = {line[3:].strip('"') for line in status.splitlines()}
    assert not tracked & set(private), tracked & set(private)
    assert "rules.yaml" in tracked and "site/handbook/index.md" in tracked


@pytest.mark.parametrize(
    ("args", "missing"),
    [
        (["sync", "sheets/登记表.xlsx"], ["rules.yaml"]),
        (["init", "sheets/登记表.xlsx"], ["rules.yaml"]),
        (["demo", "sheets/demo.xlsx"], ["rules.yaml"]),
        (["check"], ["rules.yaml"]),
        (["run", "sheets/登记表.xlsx"], ["rules.yaml"]),
        (["site", "build"], ["rules.yaml", "mkdocs.yml", "site/"]),
        (["site", "serve"], ["rules.yaml", "mkdocs.yml", "site/"]),
    ],
)
def test_every_command_outside_an_office_folder_says_what_is_missing(
    runner, tmp_path, monkeypatch, args, missing
):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code == 2
    assert f"{tmp_path} 不是办公室文件夹" in result.output
    for name in missing:
        assert f"{name}（" in result.output
    assert "complaints new" in result.output
    assert list(tmp_path.iterdir()) == []


def test_site_build_in_a_folder_without_the_handbook_names_only_what_is_missing(
    runner, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    runner.invoke(cli, ["new", "."], catch_exceptions=False)
    (tmp_path / "mkdocs.yml").unlink()
    result = runner.invoke(cli, ["site", "build"])
    assert result.exit_code == 2
    assert "缺少 mkdocs.yml（网站设置）。" in result.output


# The repository is an office folder too (`make demo` runs in it): its files are the templates.
SAME_AS_THE_REPOSITORY = [
    "rules.yaml",
    "mkdocs.yml",
    "site/index.md",
    *(f"site/handbook/{p.name}" for p in sorted((ROOT / "site/handbook").glob("*.md"))),
    "requirements.lock",
]
# What installs the program: the repository installs its own source, an office the package.
DEPLOYED = [
    "deploy/README.md",
    "deploy/crontab",
    "deploy/systemd/complaints-run.service",
    "deploy/systemd/complaints-run.timer",
    "deploy/windows-task-scheduler.md",
]
OURS, OFFICE = "pip install --no-deps .", "pip install --no-deps complaint-register"


@pytest.mark.parametrize("rel", SAME_AS_THE_REPOSITORY)
def test_the_repository_s_office_files_are_the_templates(rel):
    assert (TEMPLATE / rel).read_bytes() == (ROOT / rel).read_bytes(), (
        f"{rel} differs from sync/office/template/{rel}: change both"
    )


def test_every_template_is_in_the_repository_or_an_office_s_own():
    office_only = {".gitignore", "sheets/README.md", "deploy/workflows/complaints-run.yml"}
    assert {rel for rel, _ in template_files()} == {
        *SAME_AS_THE_REPOSITORY,
        *DEPLOYED,
        *office_only,
    }


@pytest.mark.parametrize(
    ("office_rel", "ours_rel"),
    [(rel, rel) for rel in DEPLOYED]
    + [("deploy/workflows/complaints-run.yml", ".github/workflows/complaints-run.yml")],
)
def test_the_office_deploys_the_repository_s_way_but_installs_from_the_registry(
    office_rel, ours_rel
):
    """The locked versions first, then the program itself without its dependencies: from
    the package registry in an office, from the source in the repository."""
    ours = (ROOT / ours_rel).read_text(encoding="utf-8")
    office = (TEMPLATE / office_rel).read_text(encoding="utf-8")
    if office_rel.endswith(".yml"):
        first, office = office.split("\n", 1)
        assert first.startswith("# Copy to .github/workflows/")
    assert (OURS in ours) == (OFFICE in office)
    assert OURS not in office and office.replace(OFFICE, OURS) == ours
