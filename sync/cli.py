"""The `complaints` command: a thin click group. Each command parses its options, calls one
function, and turns a SyncError into a Chinese message and a non-zero exit code.

What a command prints and logs may quote register cells; a cell can hold terminal control
sequences (colours, a new window title, a hyperlink, a cleared screen). While a command
runs, standard output and every log line pass through `terminal_safe`.
"""

from __future__ import annotations

import io
import logging
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import click

from .errors import SyncError
from .policy.rules import RulesError

if TYPE_CHECKING:
    from .api import Seams, SyncReport

DEFAULT_RULES = "rules.yaml"

_TERMINAL_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor, erase
    r"|\x9b[0-?]*[ -/]*[@-~]"  # CSI in its one-character form
    r"|(?:\x1b[\]P^_X]|[\x9d\x90\x9e\x9f\x98])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?"  # OSC, DCS: titles, links
    r"|\x1b[ -/]*[0-~]?"  # any other escape
    r"|[\x00-\x08\x0b-\x1f\x7f-\x9f]"  # other controls but tab and line feed (BEL, CR, ...)
)


def terminal_safe(text: str) -> str:
    """`text` without terminal control sequences or control characters (tab and line
    feed stay)."""
    return _TERMINAL_CONTROL.sub("", text)


class _TerminalSafeStream(io.TextIOBase):
    """A text stream that passes what is written to `stream` through `terminal_safe`."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(terminal_safe(text))
        return len(text)

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self):
        return self._stream.encoding

    @property
    def errors(self):
        return self._stream.errors


class TerminalSafeLog(logging.Filter):
    """A handler filter: the log line without terminal control sequences."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = terminal_safe(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_LOG_FILTER = TerminalSafeLog()


@contextmanager
def terminal_safe_output() -> Iterator[None]:
    """Standard output and the log handlers (Python's last-resort one prints warnings when
    nobody configured logging) strip terminal control while a command runs. Standard error
    is left alone for the progress line; the errors it shows are cleaned by `Failure`."""
    handlers = {h for h in (logging.lastResort, *logging.getLogger().handlers) if h is not None}
    for handler in handlers:
        handler.addFilter(_LOG_FILTER)
    stdout = sys.stdout
    sys.stdout = _TerminalSafeStream(stdout)
    try:
        yield
    finally:
        sys.stdout = stdout
        for handler in handlers:
            handler.removeFilter(_LOG_FILTER)


class Failure(click.ClickException):
    """A SyncError as the user sees it: the Chinese message, exit code 2."""

    exit_code = 2

    def show(self, file=None) -> None:
        click.echo(f"错误：{terminal_safe(self.message)}", err=True)


class Group(click.Group):
    def invoke(self, ctx: click.Context):
        with terminal_safe_output():
            try:
                return super().invoke(ctx)
            except (SyncError, RulesError) as exc:
                raise Failure(str(exc)) from exc


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
def cli() -> None:
    """物业投诉登记表：校验、计算时限与升级、回写登记表、生成公告网站。"""


def main() -> None:
    cli(prog_name="complaints")


def _seams() -> Seams | None:
    """What the caller put where the library meets the outside world: `cli.main(obj=Seams(...))`
    in tests, nothing when an office runs the command."""
    return click.get_current_context().find_root().obj


def _in_office(rules_path: str, root: str | None = None) -> None:
    """Stop with what is missing, and `complaints new`, outside an office folder; `root`
    for the commands that build the site."""
    from pathlib import Path

    from .office.folder import require_office

    require_office(Path(rules_path), None if root is None else Path(root))


# --- new: an office folder -----------------------------------------------------------------


@cli.command()
@click.argument("folder", type=click.Path(file_okay=False))
def new(folder: str) -> None:
    """新建一个办公室文件夹：规则、网站设置、处理手册、登记表目录、定时运行模板。"""
    from pathlib import Path

    from .office.folder import NEXT_STEPS, create_office

    written = create_office(Path(folder))
    click.echo(f"已新建办公室文件夹：{folder}（{len(written)} 个文件）")
    click.echo("  rules.yaml    本办公室的规则：时限、升级、审批、公告、提醒")
    click.echo("  mkdocs.yml    公告网站的设置（网站地址填在 site_url）")
    click.echo("  site/         处理手册页面，数字在生成网站时从 rules.yaml 读取")
    click.echo("  sheets/       登记表放在这里（不进入 git）")
    click.echo("  deploy/       定时运行：cron、systemd、Windows 任务计划、GitHub Actions")
    click.echo("接下来：")
    click.echo(f"  cd {folder}")
    width = max(_width(command) for command, _ in NEXT_STEPS)
    for command, what in NEXT_STEPS:
        click.echo(f"  {command}{' ' * (width - _width(command))}   # {what}")


# --- init, sync, check: the register ------------------------------------------------------

rules_option = click.option(
    "--rules",
    "rules_path",
    default=DEFAULT_RULES,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="本办公室的规则文件。",
)


register_argument = click.argument("path", required=False, type=click.Path(dir_okay=False))
google_option = click.option(
    "--google", metavar="表格链接", help="使用共享的 Google 表格（链接或 ID），而不是本地文件。"
)
worksheet_option = click.option(
    "--worksheet",
    metavar="名称",
    help="Google 表格中登记表所在的工作表；默认使用表头相符的工作表。",
)
now_option = click.option(
    "--now",
    "now_text",
    metavar="时间",
    help='按此时间计算（如 "2026-11-22 10:00"），默认为当前时间。',
)
root_option = click.option(
    "--root",
    default=".",
    show_default=True,
    type=click.Path(file_okay=False),
    help="项目目录（含 mkdocs.yml 和 site/）。",
)


credentials_option = click.option(
    "--credentials",
    metavar="密钥文件",
    envvar="COMPLAINTS_GOOGLE_CREDENTIALS",
    help="Google 服务账号的 JSON 密钥文件（也可用环境变量 COMPLAINTS_GOOGLE_CREDENTIALS）。",
)


@cli.command()
@register_argument
@rules_option
@google_option
@credentials_option
def init(path: str | None, rules_path: str, google: str | None, credentials: str | None) -> None:
    """新建一份空白登记表（.xlsx），或用 --google 准备一份共享的 Google 表格。"""
    from .api import NoRegister, load_policy

    _in_office(rules_path)
    rules, _ = load_policy(rules_path)
    if (path is None) == (google is None):
        raise NoRegister("请给出要新建的登记表文件路径，或 --google 表格链接，二者选一。")
    if google is not None:
        from .gsheets.init import init_google

        seams = _seams()
        transport = seams.sheets if seams else None
        title = init_google(google, rules, credentials_path=credentials, transport=transport)
        click.echo(f"已准备 Google 表格「{title}」。")
        click.echo(f"填写后运行：complaints sync --google {google}")
        return
    from .xlsx.template import init_register

    assert path is not None  # checked above: a path or --google
    init_register(path, rules)
    click.echo(f"已新建登记表：{path}")
    click.echo(f"填写后运行：complaints sync {path}")


@cli.command()
@register_argument
@rules_option
@google_option
@worksheet_option
@credentials_option
@now_option
@click.option("--dry-run", is_flag=True, help="只计算和报告，不写入登记表，也不导出公告。")
@click.option("--allow-lossy", is_flag=True, help="即使会丢失图片、形状等内容也写入（不建议）。")
@root_option
def sync(
    path: str | None,
    rules_path: str,
    google: str | None,
    worksheet: str | None,
    credentials: str | None,
    now_text: str | None,
    dry_run: bool,
    allow_lossy: bool,
    root: str,
) -> None:
    """校验登记表，计算时限、状态和升级，写回计算列，并导出匿名的公告数据。"""
    from pathlib import Path

    from .api import export_publication, load_policy, office_now, open_register, sync_register

    _in_office(rules_path)
    rules, calendar = load_policy(rules_path)
    now = office_now(rules, now_text)
    register = open_register(
        path,
        rules,
        google=google,
        worksheet=worksheet,
        credentials=credentials,
        allow_lossy=allow_lossy,
        seams=_seams(),
    )
    with progress_after(1.0, "同步中"):
        report = sync_register(register, rules, calendar, now, dry_run=dry_run)
    print_report(report, dry_run=dry_run, backups=google is None)
    if not dry_run:
        click.echo(f"公告导出：{export_publication(report, rules, Path(root))}")


@cli.command()
@click.argument("path", type=click.Path(dir_okay=False))
@rules_option
@click.option("--now", "now_text", metavar="时间", help="演示数据截至此时间，默认为当前时间。")
@click.option("--rows", default=300, show_default=True, help="演示投诉的数量。")
def demo(path: str, rules_path: str, now_text: str | None, rows: int) -> None:
    """生成一份填好演示数据的登记表（虚构的投诉）。"""
    from .api import load_policy, office_now
    from .xlsx.demo import write_demo

    _in_office(rules_path)
    rules, _ = load_policy(rules_path)
    write_demo(path, rules, office_now(rules, now_text), rows=rows)
    click.echo(f"已生成演示登记表：{path}（{rows} 宗虚构投诉）")


@cli.command()
@rules_option
def check(rules_path: str) -> None:
    """检查 rules.yaml，并列出生效的规则。"""
    from .policy.describe import describe_rules
    from .policy.rules import load_rules

    _in_office(rules_path)
    rules = load_rules(rules_path)
    click.echo(f"{rules_path} 检查通过。生效的规则：")
    click.echo(describe_rules(rules))


# --- site: the public site (issue 4) ------------------------------------------------------


@cli.group()
def site() -> None:
    """公开网站：处理手册、投诉公告、每月分析（只读取同步生成的匿名导出）。"""


def _build_site(root: str, rules_path: str, builder: str = "mkdocs"):
    from pathlib import Path

    from .policy.rules import load_rules
    from .publish.site import build_site

    if not Path(rules_path).is_file():
        _in_office(rules_path, root)  # all that is missing
    rules = load_rules(rules_path)  # a mistake in the rules before the site's files
    _in_office(rules_path, root)
    report = build_site(Path(root), rules, Path(rules_path).resolve(), builder=builder)
    click.echo(
        f"网站已生成：{report.site_dir}（公告 {report.notices} 则，共 {report.months} 个月；"
        f"已逐字核对生成的 {report.files_scanned} 个文件，未发现个人信息；"
        f"主题和脚本 {report.assets_verified} 个文件与安装包原文件一致）。"
    )
    return report


builder_option = click.option(
    "--builder",
    type=click.Choice(["mkdocs", "zensical"]),
    default="mkdocs",
    show_default=True,
    help="生成网站的程序：MkDocs（Material 主题），或它的后继 Zensical（需另外安装）。",
)


@site.command("build")
@rules_option
@root_option
@builder_option
def site_build(rules_path: str, root: str, builder: str) -> None:
    """从公告导出生成网站到 public/，并核对其中没有个人信息。"""
    report = _build_site(root, rules_path, builder)
    click.echo(f"预览：complaints site serve，或把 {report.site_dir} 目录发布到网站服务器。")


@site.command("serve")
@rules_option
@root_option
@builder_option
@click.option("--port", default=8000, show_default=True, help="本机预览端口。")
def site_serve(rules_path: str, root: str, builder: str, port: int) -> None:
    """生成网站并在本机预览（http://127.0.0.1:端口/），按 Ctrl+C 停止。"""
    from .publish.site import make_server

    report = _build_site(root, rules_path, builder)
    server = make_server(report.site_dir, port=port)
    click.echo(f"在浏览器中打开 http://127.0.0.1:{server.server_address[1]}/ ，按 Ctrl+C 停止。")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        click.echo("已停止预览。")
    finally:
        server.server_close()


# --- run and notifications (issue 5) ------------------------------------------------------


def _scheduled(
    path: str | None,
    rules_path: str,
    google: str | None = None,
    worksheet: str | None = None,
    credentials: str | None = None,
    now_text: str | None = None,
):
    """In an office folder: its rules, calendar, the time and the register a command names."""
    from . import api

    _in_office(rules_path)
    rules, calendar = api.load_policy(rules_path)
    now = api.office_now(rules, now_text)
    register = api.open_register(
        path, rules, google=google, worksheet=worksheet, credentials=credentials, seams=_seams()
    )
    return rules, calendar, now, register


def scheduled_register_options(command: Callable[..., None]) -> Callable[..., None]:
    """The register (a path or --google), the rules, the office folder and --now: what `run`
    and `report` both take."""
    for option in (now_option, root_option, credentials_option, worksheet_option):
        command = option(command)
    for option in (google_option, rules_option, register_argument):
        command = option(command)
    return command


@cli.command()
@scheduled_register_options
@click.option("--no-site", is_flag=True, help="只同步和发送提醒，不导出公告、不生成网站。")
def run(
    path: str | None,
    rules_path: str,
    google: str | None,
    worksheet: str | None,
    credentials: str | None,
    root: str,
    now_text: str | None,
    no_site: bool,
) -> None:
    """计划任务调用的一次完整运行：同步、发送提醒、写回登记表、导出公告、生成网站。"""
    from pathlib import Path

    from . import api

    # the site is optional: a run without mkdocs.yml says it skipped it
    rules, calendar, now, register = _scheduled(
        path, rules_path, google, worksheet, credentials, now_text
    )
    register_id = f"google:{google}" if google else str(Path(path or "").resolve())
    publish = None if no_site else api.publish_step(Path(root), rules, Path(rules_path).resolve())
    try:
        report = api.run_locked(
            register_id,
            lambda: api.run(
                register, rules, calendar, now, publish=publish, report_root=Path(root)
            ),
        )
    except api.RunInProgress as exc:
        click.echo(str(exc))
        return  # exit code 0: an overlap is not a failure for the scheduler
    print_report(report.sync, dry_run=False, backups=google is None)
    for line in api.summary(report, rules):
        click.echo(line)
    if report.write_error:
        raise click.exceptions.Exit(2)


@cli.command()
@scheduled_register_options
@click.option("--month", "month_text", metavar="月份", help="报表月份，如 2026-11；默认为上个月。")
@click.option("--send", is_flag=True, help="生成后发给 notifications.events.report 中的角色。")
def report(
    month_text: str | None,
    send: bool,
    path: str | None,
    rules_path: str,
    root: str,
    now_text: str | None,
    **google: str | None,
) -> None:
    """生成每月投诉分析报表 reports/YYYY-MM 投诉分析.xlsx（内部资料，不公开）；不写登记表。"""
    from pathlib import Path

    from . import api

    rules, calendar, now, register = _scheduled(path, rules_path, now_text=now_text, **google)
    month = api.month_of(month_text, now)
    synced = api.sync_register(register, rules, calendar, now, dry_run=True)
    written, figures = api.month_report(synced, rules, month, Path(root))
    click.echo(f"已生成每月投诉分析：{written}")
    click.echo(figures.summary())
    if send:
        for line in api.send_month_report(written, figures, rules):
            click.echo(line)


# --- what a sync prints: a summary table, the problems to fix, a progress line on slow runs
MAX_PROBLEMS_SHOWN = 30


def print_report(report: SyncReport, *, dry_run: bool, backups: bool = True) -> None:
    """`backups`: the backend keeps a copy of the original before writing (.xlsx does)."""
    figures = report.figures
    width = max(_width(k) for k in figures)
    click.echo(f"登记表：{report.register}（计算时间 {report.now:%Y-%m-%d %H:%M}）")
    for label, value in figures.items():
        click.echo(f"  {label}{' ' * (width - _width(label))}  {value:>6}")
    problems = [p for e in report.evaluations for p in e.problems]
    if problems:
        click.echo(f"需要更正的单元格（{len(problems)} 处）：")
        for p in problems[:MAX_PROBLEMS_SHOWN]:
            click.echo(f"  - {p.describe()}")
        if len(problems) > MAX_PROBLEMS_SHOWN:
            click.echo(f"  …… 其余 {len(problems) - MAX_PROBLEMS_SHOWN} 处见登记表的“校验”列")
    if report.hand_edits:
        click.echo(f"计算列由同步填写，以下手工改动{'将被' if dry_run else '已'}恢复为计算结果：")
        for where in report.hand_edits[:MAX_PROBLEMS_SHOWN]:
            click.echo(f"  - {where}")
    if figures["时限暂估"]:
        click.echo("注意：部分时限跨入节假日尚未公布的年份，暂按周一至周五计算（见“校验”列）。")
    if dry_run:
        click.echo(f"试运行：应更新 {report.cells_changed} 个单元格，未写入。")
    elif report.written:
        kept = "，原文件已备份到 .backups/" if backups else ""
        click.echo(f"已写入 {report.cells_changed} 个单元格{kept}。")
    else:
        click.echo("登记表无需更新，未写入。")


def _width(text: str) -> int:
    """Display width in a terminal: CJK characters take two columns."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


@contextmanager
def progress_after(delay: float, label: str) -> Iterator[None]:
    """Show a moving progress line on a terminal once the work has run `delay` seconds."""
    if not sys.stderr.isatty():
        yield
        return
    done = threading.Event()

    def spin() -> None:
        if done.wait(delay):
            return
        frames = "▏▎▍▌▋▊▉█"
        start = time.monotonic() - delay
        i = 0
        while not done.wait(0.1):
            i += 1
            bar = "".join(frames[(i + k) % len(frames)] for k in range(12))
            sys.stderr.write(f"\r{label} {bar} {time.monotonic() - start:5.1f}s")
            sys.stderr.flush()
        sys.stderr.write("\r" + " " * 40 + "\r")

    thread = threading.Thread(target=spin, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
