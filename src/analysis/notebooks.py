"""Execute notebooks top to bottom and store them without volatile metadata.

nbclient writes execution timestamps into each cell's metadata; they are
removed, so re-running an unchanged notebook gives a byte-identical file.
A notebook that fails is not written at all: the previous file stays.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from .atomic import write_text
from .errors import AnalysisError

TIMEOUT_SECONDS = 600
_ANSI = re.compile(r"\x1b\[[0-9;]*m")
VOLATILE_CELL_METADATA = ("execution", "collapsed", "scrolled")


def clean(notebook) -> None:
    """Drop volatile metadata from a notebook node (in place, as nbformat nodes are)."""
    for cell in notebook.cells:
        for key in VOLATILE_CELL_METADATA:
            cell.metadata.pop(key, None)
    notebook.metadata.pop("widgets", None)
    notebook.metadata.get("language_info", {}).pop("version", None)  # the machine's Python, not the notebook's


def execute(source: Path, output: Path | None = None) -> Path:
    """Execute *source* in a fresh kernel (working folder: its own) and write it to *output*."""
    import nbformat
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError

    source = Path(source)
    output = Path(output) if output else source
    notebook = nbformat.read(source, as_version=4)
    try:
        # The kernel talks over local sockets in a private temporary folder, not TCP ports (which the kernel
        # warns about on every run, and which any local user could reach).
        with tempfile.TemporaryDirectory(prefix="kernel-") as sockets:
            kernel = KernelManager(kernel_name="python3", transport="ipc", ip=os.path.join(sockets, "ipc"))
            NotebookClient(notebook, km=kernel, timeout=TIMEOUT_SECONDS,  # cleanup_kc: stop the kernel handed over
                           resources={"metadata": {"path": str(source.parent.resolve())}}).execute(cleanup_kc=True)
    except CellTimeoutError:
        raise AnalysisError(source, f"a cell ran longer than {TIMEOUT_SECONDS} s and was stopped.",
                            "the corpus may be too large for this notebook's charts; run the notebook in "
                            "JupyterLab (`make lab`) to see which cell is slow.") from None
    except CellExecutionError as error:
        raise AnalysisError(source, f"a cell failed while executing the notebook:\n{_ANSI.sub('', str(error))}",
                            "fix the cause shown above (often: run `make data` first), then run again.") from None
    clean(notebook)
    text = nbformat.writes(notebook)
    return write_text(output, text if text.endswith("\n") else text + "\n")
