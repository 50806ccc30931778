"""``python -m analysis ARGS`` as the tests run it: in this process, or in a child process when they must."""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import warnings

from analysis.__main__ import main


def _to_stderr(message, category, filename, lineno, file=None, line=None) -> None:
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def cli(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m analysis ARGS``: in this process (its exit status, stdout and stderr), or, when *env* is
    given, in a child process with that environment.

    In-process saves a Python start-up per case and runs the same ``main`` as the program, whose warnings go to
    stderr as a child's would. What only a separate process shows (signals, two builds at once, the program's own
    exit status) is tested in a child (``env={}``).
    """
    args = tuple(map(str, args))
    if env is not None:
        return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, timeout=600,
                              env=dict(os.environ, PYTHONUTF8="1", **env))
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings():
        warnings.showwarning = _to_stderr  # as a child process would print them, not to pytest's record
        try:
            code = main(list(args))
        except SystemExit as error:  # argparse's --help and usage errors
            code = error.code if isinstance(error.code, int) else 2
    return subprocess.CompletedProcess(["analysis", *args], code, out.getvalue(), err.getvalue())
