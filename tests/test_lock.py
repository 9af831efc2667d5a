"""Scheduled runs install exact versions: requirements.lock pins every dependency of
pyproject.toml (with hashes), and every way of scheduling a run installs from it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"
WORKFLOW = ROOT / ".github" / "workflows" / "complaints-run.yml"
INSTALL = "pip install --require-hashes -r requirements.lock"


def pins() -> dict[str, list[tuple[str, str, list[str]]]]:
    """name -> [(version, marker, hashes)] from the lock."""
    out: dict[str, list[tuple[str, str, list[str]]]] = {}
    for entry in re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8")):
        m = re.match(r"([A-Za-z0-9._-]+)==(\S+)(?: ; ([^\\\n]+))?", entry)
        if m:
            hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", entry)
            name = canonicalize_name(m[1])
            out.setdefault(name, []).append((m[2], (m[3] or "").strip(), hashes))
    return out


def test_the_lock_pins_every_dependency_with_hashes():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    locked = pins()
    for python in ("3.11", "3.12", "3.13"):
        env = {"python_version": python, "python_full_version": f"{python}.5"}
        for line in project["dependencies"]:
            wanted = Requirement(line)
            chosen = [
                v
                for v, marker, _ in locked.get(canonicalize_name(wanted.name), [])
                if not marker or Marker(marker).evaluate(env)
            ]
            assert len(chosen) == 1, f"{wanted.name} for Python {python}: {chosen} (make lock)"
            assert wanted.specifier.contains(chosen[0], prereleases=True), (
                f"requirements.lock has {wanted.name}=={chosen[0]}, pyproject.toml asks"
                f" {wanted.specifier}: run make lock"
            )
    assert all(hashes for entries in locked.values() for _, _, hashes in entries)


def test_every_scheduled_run_installs_the_locked_versions():
    for path in (
        "deploy/README.md",
        "deploy/crontab",
        "deploy/systemd/complaints-run.service",
        "deploy/windows-task-scheduler.md",
    ):
        text = (ROOT / path).read_text(encoding="utf-8")
        assert INSTALL in text and "pip install --no-deps ." in text, path
    steps = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["run"]["steps"]
    lines = [ln for s in steps for ln in s.get("run", "").splitlines() if "pip install" in ln]
    assert any(INSTALL in ln for ln in lines)
    # Nothing else comes from the registry unpinned: the project itself goes in without deps.
    assert all(INSTALL in ln or "pip install --no-deps ." in ln for ln in lines), lines


def test_pages_is_deployed_only_when_the_site_changed():
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    assert jobs["deploy"]["if"] == "needs.run.outputs.changed == 'true'"
    upload = next(s for s in jobs["run"]["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["if"] == "steps.deployed.outputs.cache-hit != 'true'"
    # The mark that a site was deployed is saved only by the job that deployed it.
    saves = [
        s for j in jobs.values() for s in j["steps"] if "actions/cache/save" in s.get("uses", "")
    ]
    assert saves and all(s in jobs["deploy"]["steps"] for s in saves)
