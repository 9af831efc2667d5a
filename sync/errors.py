"""Named failures. Each message is Chinese, for office staff, and says what to do next.

The CLI catches `SyncError` and prints its message with a non-zero exit code.
"""

from __future__ import annotations

import errno


class SyncError(Exception):
    """A sync (or init, or build) cannot run; nothing was written."""


class RegisterUnreadable(SyncError):
    """The register file is missing, not a workbook, damaged or too large to open safely."""


class MissingColumns(SyncError):
    """The header row lacks a column the sync cannot work without."""


class DuplicateColumns(SyncError):
    """The header row names the same column twice, so the sync cannot tell which one to use."""


class RegisterLocked(SyncError):
    """Excel, WPS or LibreOffice has the register open (a lock file sits beside it)."""


class RegisterChanged(SyncError):
    """The register changed on disk (or in the sheet) between read and write; try again."""


class LossyWrite(SyncError):
    """Saving would drop content the writer cannot keep (shapes, pictures, extended validation)."""


class WriteFailed(SyncError):
    """The new file could not be written (disk full, read-only); the original is untouched."""


class RegisterExists(SyncError):
    """`init` was asked to create a register where a file already exists."""


class GoogleCredentialsInvalid(SyncError):
    """The Google credentials are missing, unreadable or were rejected."""


class GoogleAccessDenied(SyncError):
    """The Google Sheet is not shared with the account the sync signs in as."""


class GoogleNotFound(SyncError):
    """The Google Sheet, or the register worksheet inside it, does not exist."""


class GoogleQuotaExceeded(SyncError):
    """Google kept answering "too many requests" after every retry; nothing was written."""


class GoogleUnavailable(SyncError):
    """Google could not be reached, or kept failing, after every retry; nothing was written."""


class GooglePartlyWritten(SyncError):
    """A write sent in parts stopped after some parts landed (computed cells only); sync again."""


_OS_REASONS = {
    errno.ENOSPC: "磁盘空间不足",
    errno.EDQUOT: "磁盘空间不足（超出配额）",
    errno.EFBIG: "文件超出系统允许的大小（磁盘或配额已满）",
    errno.EACCES: "没有写入权限",
    errno.EPERM: "没有写入权限",
    errno.EROFS: "所在磁盘或共享文件夹是只读的",
}


def os_reason(exc: OSError) -> str:
    """An OS error as staff can act on it, in Chinese; the system's words for the rare rest."""
    reason = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    return reason or exc.strerror or str(exc)
