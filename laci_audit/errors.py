"""The project's own exceptions: each becomes a one-line message and exit code 2 at the CLI."""

from __future__ import annotations

from pathlib import Path

from laci_audit.fileio import display_path

EXIT_BAD_INPUT = 2  # the exit code of every LaciError at the command line


class LaciError(Exception):
    """Bad input the user can fix: printed as one line, exit code 2."""


class LocatedError(LaciError):
    """Bad input at a known place in a file."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path = display_path(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class PolicyError(LocatedError):
    """The policy text or the taxonomy file cannot be read."""


class DeclarationError(LocatedError):
    """sources.yaml or a fields/*.yaml file is malformed."""


class DeclarationProblems(DeclarationError):
    """Several malformed declarations, all found in one pass: one `file:line: message` line each."""

    def __init__(self, problems: list[DeclarationError]):
        first = problems[0]
        super().__init__(first.path, first.line, first.message)
        self.problems = problems
        self.args = ("\n".join(str(problem) for problem in problems),)

    def __str__(self) -> str:
        return self.args[0]


class SourceError(Exception):
    """A declared source could not be read; the audit reports it as a finding."""


class RegistrationError(LaciError):
    """A registration asked for on the command line cannot be made (unknown id, missing reason, ...)."""
