"""Files on disk: how paths are shown (relative to the current folder when under it, like a
linter), reading text, writing atomically, and taking turns with other writers of a file."""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from laci_audit.errors import LocatedError

LOCK_TIMEOUT_SECONDS = 30.0


def display_path(path: Path | str) -> str:
    """path relative to the working directory if it lies below it, else absolute."""
    return _display_path(str(path), os.getcwd())


@lru_cache(maxsize=4096)
def _display_path(path: str, cwd: str) -> str:
    try:
        absolute = Path(path).resolve()
    except (OSError, RuntimeError):  # a symbolic link loop: shown where it is, not where it leads
        absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path(cwd).resolve()).as_posix()
    except ValueError:
        return str(absolute)


def read_text(path: Path, error: type[LocatedError] | None = None, what: str = "", max_bytes: int | None = None) -> str:
    """A file's UTF-8 text; a missing, undecodable or special file (a FIFO, a device), or one
    larger than max_bytes, becomes `error` (a DeclarationError unless said otherwise) naming the
    file, and what it is."""
    if error is None:
        from laci_audit.errors import DeclarationError

        error = DeclarationError
    try:
        if path.exists() and not path.is_file():
            what_it_is = "a folder" if path.is_dir() else "not a regular file"
            raise error(path, None, f"cannot read{' ' + what if what else ''}: {what_it_is}")
        with open(path, encoding="utf-8-sig", newline="") as handle:  # line endings as they are, no BOM
            if max_bytes is not None and os.fstat(handle.fileno()).st_size > max_bytes:
                raise error(path, None, f"{what or 'the file'} is larger than {max_bytes // (1024 * 1024)} MiB")
            return handle.read()
    except OSError as exc:
        raise error(path, None, f"cannot read{' ' + what if what else ''}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise error(path, None, f"{what or 'the file'} is not UTF-8 text") from None


def write_atomically(path: Path, text: str, durable: bool = True) -> None:
    """Write text to path through a temporary file and a rename, so no reader sees half a file
    (durable=False skips the fsync, for caches that may be lost)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = path.stat().st_mode & 0o7777 if path.exists() else _default_file_mode()
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(descriptor, mode)
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _default_file_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the process umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold an exclusive lock on `.<name>.lock` beside path, so writers of that file take turns;
    refuse with RegistrationError when another writer keeps it longer than timeout seconds."""
    lock_path = path.with_name(f".{path.name}.lock")
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    with open(lock_path, "a+b") as handle:
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    from laci_audit.errors import RegistrationError

                    raise RegistrationError(
                        f"{display_path(path)} is being written by another command (lock {lock_path.name}); try again"
                    ) from None
                time.sleep(0.02)
        yield
