"""The `complaints` command: a thin click group. Each command parses its options, calls one
function, and turns a SyncError into a Chinese message and a non-zero exit code."""

from __future__ import annotations

import sys

import click

from .errors import SyncError

DEFAULT_RULES = "rules.yaml"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """物业投诉登记表：校验、计算时限与升级、回写登记表、生成公告网站。"""


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except SyncError as exc:
        click.echo(f"错误：{exc}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo("已取消。", err=True)
        sys.exit(1)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)


# --- init, sync, check: the register ------------------------------------------------------


# --- site: the public site (issue 4) ------------------------------------------------------


# --- run and notifications (issue 5) ------------------------------------------------------
