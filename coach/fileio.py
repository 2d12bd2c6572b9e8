"""Reading and writing user files safely.

Reading: a text file (a pack, an answers file, an answer) is read through one handle and
never past its size limit, whatever size it reports (/dev/zero, a FIFO), and decoded as UTF-8
or refused with the line and column of the first bad byte.

Writing: all at once or not at all (model: jrnl's atomic writes).

Only regular files are ever written: a device, FIFO or socket in the way is refused (so even
as root `-o /dev/null` cannot replace /dev/null), and a symbolic link is followed on purpose:
the file it points to is replaced and the link is kept. New files get the usual permissions
(0666 less the umask), a replaced file keeps its own. Temp files carry the writer's host and
process id, so one left by a killed coach is removed by the next write to the same folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from pathlib import Path

from .errors import FileProblem

# .NAME.coach-HOST-PID-RANDOM.tmp (HOST a short hash of the host name, RANDOM as tempfile makes
# it): what atomic_write leaves behind only when it is killed outright. The host keeps a
# folder shared between machines from losing a live writer's file to another's sweep.
_TEMP = re.compile(r"\..+\.coach-([0-9a-f]{6})-(\d+)-[a-z0-9_]+\.tmp")
STDOUT = "-"
DEFAULT_MAX_BYTES = 4 * 1024 * 1024  # a pack (or any YAML file) unless COACH_MAX_PACK_BYTES says
_OTHER_BOMS = ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"),
               (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16"))



def is_stdout(path: Path | None) -> bool:
    """True for `-o -`, the one way to ask for standard output instead of a file."""
    return path is not None and str(path) == STDOUT


def _existing(path: Path) -> os.stat_result | None:
    """The file at path after following links (None if nothing is there yet)."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise FileProblem(f"{path}: cannot write here ({exc.strerror or exc})") from None


def _refuse_special(path: Path, info: os.stat_result | None, hint: str = "") -> None:
    if info is None or stat.S_ISREG(info.st_mode):
        return
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(f"{path}: is a folder; give a file name")
    raise FileProblem(f"{path}: is not a regular file (a device, pipe or socket); coach writes only "
                      f"regular files{hint}")


def check_target(path: Path, *, force: bool, exists_hint: str = "use --force to overwrite it") -> None:
    """Before any work: refuse a target that is a folder or a special file (whatever
    `--force` says), and one that already exists unless `force`. For the `-o` commands."""
    path = path.expanduser()
    info = _existing(path)
    _refuse_special(path, info, "; to write to standard output, use -o -")
    if info is not None and not force:
        raise FileProblem(f"{path}: already exists; {exists_hint}")


def _host() -> str:
    import hashlib
    import platform

    return hashlib.sha1(platform.node().encode(), usedforsecurity=False).hexdigest()[:6]


def _umask() -> int:
    # Linux says it without a change.
    with contextlib.suppress(OSError, ValueError, StopIteration), \
            open("/proc/self/status", encoding="ascii") as status:
        return int(next(line for line in status if line.startswith("Umask:")).split()[1], 8)
    mask = os.umask(0o077)  # elsewhere it can only be read by setting it (briefly, to a safe one)
    os.umask(mask)
    return mask


def _sweep(folder: Path) -> None:
    """Remove temp files that coach processes which no longer run left in folder (killed
    mid-write). Only this user's regular files with coach's temp name; never a live one."""
    host = _host()
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            match = _TEMP.fullmatch(entry.name)
            if match is None or match.group(1) != host or int(match.group(2)) == os.getpid():
                continue
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if not stat.S_ISREG(info.st_mode) or info.st_uid != os.geteuid():
                    continue
                try:
                    os.kill(int(match.group(2)), 0)
                except ProcessLookupError:
                    os.unlink(entry.path)
                except (PermissionError, OverflowError):
                    pass  # alive (someone else's) or not a process id: leave it


def atomic_write(path: Path, text: str | bytes, *, what: str = "file") -> None:
    """Write text (UTF-8) or bytes (a recording) to path through a temp file in the same
    folder, fsync and os.replace, so a crash or a full disk never leaves a half-written report,
    pack or recording; the temp file is removed on failure. Raises FileProblem naming the path
    and `what` was being written."""
    import tempfile  # here, not at the top: `coach --version` imports this module

    path = path.expanduser()
    info = _existing(path)
    _refuse_special(path, info)
    # A link is followed deliberately: replacing the link itself would silently cut it.
    real = Path(os.path.realpath(path)) if path.is_symlink() else path
    folder = real.parent if str(real.parent) else Path(".")
    mode = stat.S_IMODE(info.st_mode) & 0o777 if info is not None else 0o666 & ~_umask()
    _sweep(folder)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{real.name[:80]}.coach-{_host()}-{os.getpid()}-", suffix=".tmp",
                                   dir=folder)
    except OSError as exc:
        raise FileProblem(f"{path}: cannot write the {what} ({exc.strerror or exc})") from None
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, mode)
        # Text is written as it is ("\n" stays "\n" on every platform, as newline="\n" did).
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, real)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise FileProblem(f"{path}: cannot write the {what} ({exc.strerror or exc})") from None
        raise


# -- reading -------------------------------------------------------------------------------------


def max_bytes() -> int:
    """The size limit for a YAML file: COACH_MAX_PACK_BYTES, or 4 MiB."""
    raw = os.environ.get("COACH_MAX_PACK_BYTES", "")
    return int(raw) if raw.isdigit() and int(raw) > 0 else DEFAULT_MAX_BYTES


def read_text(path: Path, *, limit: int | None = None, what: str = "file") -> str:
    """Read a UTF-8 text file defensively: size-limited, no NUL bytes, BOM and CRLF tolerated."""
    default = limit is None
    limit = max_bytes() if limit is None else limit
    hint = " (set COACH_MAX_PACK_BYTES to raise it)" if default else ""
    try:
        raw = read_bounded(path, limit)
    except FileNotFoundError:
        raise FileProblem(f"{path}: no such file") from None
    except IsADirectoryError:
        raise FileProblem(f"{path}: is a folder, not {'an' if what[:1] in 'aeiou' else 'a'} {what}") \
            from None
    except OSError as exc:
        raise FileProblem(f"{path}: cannot read: {exc.strerror}") from None
    if isinstance(raw, int):
        raise FileProblem(f"{path}: {what} is {raw:,} bytes, over the {limit:,}-byte limit{hint}")
    if raw is None:
        raise FileProblem(f"{path}: {what} is over the {limit:,}-byte limit{hint}")
    return decode_text(raw, str(path))


def read_bounded(path: Path, limit: int) -> bytes | int | None:
    """The file's bytes, read through one open handle and never more than limit + 1 of them:
    the size a file reports says nothing for /dev/zero, a FIFO or a file still growing. Gives
    the size instead when a regular file reports one over the limit (refused unread), and
    None when reading went past the limit."""
    with path.open("rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(21, "Is a directory")
        if stat.S_ISREG(info.st_mode) and info.st_size > limit:
            return info.st_size
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = handle.read(min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    return None if size > limit else b"".join(chunks)


def _byte_position(raw: bytes, offset: int) -> str:
    """'LINE:COLUMN' (1-based, column counted in characters) of a byte offset."""
    start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[start:offset].decode("utf-8", errors="replace")) + 1
    line = raw.count(b"\n", 0, offset) + 1
    return f"{line}:{column}"


def decode_text(raw: bytes, name: str) -> str:
    """Bytes -> str for YAML/CSV/JSON input: UTF-8 (BOM allowed), refusing binary data."""
    for bom, encoding in _OTHER_BOMS:
        if raw.startswith(bom):
            raise FileProblem(f"{name}: the file is {encoding} text; save it as UTF-8")
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise FileProblem(f"{name}:{_byte_position(raw, offset)}: looks binary (NUL byte at offset "
                          f"{offset}); expected UTF-8 text")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileProblem(
            f"{name}:{_byte_position(raw, exc.start)}: not UTF-8 text (byte 0x{raw[exc.start]:02x} "
            f"at offset {exc.start}); save the file as UTF-8"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
