"""Errors that speak to the user: what went wrong, in which file, what to do."""

from __future__ import annotations

from pathlib import Path


class AnalysisError(Exception):
    """A problem the user can fix; the command line prints it without a traceback."""

    def __init__(self, path: str | Path | None, problem: str, hint: str) -> None:
        self.path = None if path is None else Path(path)
        self.problem = problem
        self.hint = hint
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(f"{where}{problem}\n  What to do: {hint}")

    def __reduce__(self):
        """Pickle by the three parts, so an error raised in a worker process reaches the parent whole."""
        return type(self), (self.path, self.problem, self.hint)


class InputError(AnalysisError):
    """An input file cannot be read or does not hold what it should."""


class OutputError(AnalysisError):
    """An output cannot be written (full disk, read-only folder, another build at work); nothing was replaced."""


class StaleDataError(AnalysisError):
    """Processed data is missing or older than the raw data it was built from."""


class InputWarning(UserWarning):
    """An input file was read, but not as it should have been written (legacy encoding, mojibake, markup).

    The build goes on and the user is told; the test suite lets these through (they concern the data, not the code).
    """
