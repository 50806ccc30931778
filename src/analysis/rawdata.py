"""The raw-data manifest, ``data/raw/SHA256SUMS``: write it whole, and say what differs from it and why it matters.

``data/raw`` is never edited. Adding an article is the one change made on
purpose, and it ends with ``make raw-manifest``, which re-records the hash of
every file. :func:`differences` compares the folder with the manifest and
tells an edit (refused: restore the file) from an addition (record it).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .atomic import write_text
from .errors import InputError, InputWarning
from .reading import raw_files, sha256_file

MANIFEST = "SHA256SUMS"


class ManifestWarning(InputWarning):
    """``data/raw`` differs from its manifest: a file was added, edited or removed without `make raw-manifest`."""


def files(raw: Path) -> list[str]:
    """Every file under *raw* but the manifest, as sorted POSIX paths relative to it; a link is refused by name."""
    raw = Path(raw)
    return sorted(p.relative_to(raw).as_posix() for p in raw_files(raw) if p != raw / MANIFEST)


def read(raw: Path) -> dict[str, str]:
    """Return the recorded hashes by relative path (empty when there is no manifest)."""
    path = Path(raw) / MANIFEST
    if not path.is_file():
        return {}
    recorded = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        digest, separator, name = line.partition("  ")
        if not separator or len(digest) != 64:
            raise InputError(path, f"line {number} is not `<sha256>  <path>`.", "run `make raw-manifest` to re-record it.")
        recorded[name] = digest
    return recorded


def write(raw: Path) -> Path:
    """Re-record the hash of every file under *raw* (``sha256sum -c`` format), all or nothing.

    A name ``sha256sum`` would have to escape (a backslash or a line break) or a
    link is refused with a message naming it; the old manifest then stays.
    """
    raw = Path(raw)
    lines = []
    for name in files(raw):
        if "\\" in name or "\n" in name or "\r" in name:
            raise InputError(raw / name, "the file name holds a backslash or a line break.",
                             "rename the file (letters, digits, spaces, `_`, `-` and `.` are fine), "
                             "update its row in articles.csv, then run `make raw-manifest` again.")
        lines.append(f"{sha256_file(raw / name)}  {name}\n")
    write_text(raw / MANIFEST, "".join(lines))
    return raw / MANIFEST


def check_recorded(raw: Path, names: list[str]) -> None:
    """Refuse an input *name* (relative to *raw*) that the manifest, when there is one, does not record."""
    raw = Path(raw)
    if not (raw / MANIFEST).is_file():
        return
    recorded = read(raw)
    for name in (PurePosixPath(name).as_posix() for name in names):
        if name not in recorded:
            raise InputError(raw / name, "this input is not recorded in data/raw/SHA256SUMS, which lists every "
                                         "file the build may read.",
                             "if you added it on purpose, run `make raw-manifest` to record its hash, then build again.")


@dataclass(frozen=True)
class Difference:
    """One file that differs from the manifest: ``added``, ``edited`` or ``removed``."""

    name: str
    change: str

    def advice(self, adding: bool) -> str:
        """What to do about it, in a sentence; *adding* says whether the change looks like a new article."""
        if self.change == "added":
            return (f"data/raw/{self.name} is new and not yet recorded: if you are adding it on purpose, "
                    "run `make raw-manifest`.")
        if self.change == "removed":
            return (f"data/raw/{self.name} is recorded but missing: restore it (`git checkout -- data/raw/{self.name}`), "
                    "or, if you removed it on purpose, run `make raw-manifest`.")
        if adding and self.name == "articles.csv":
            return ("data/raw/articles.csv changed together with a new article: if you are adding an article "
                    "(README, \"Adding an article\"), finish with `make raw-manifest`.")
        return (f"data/raw/{self.name} was edited, and raw data is never edited: restore it "
                f"(`git checkout -- data/raw/{self.name}`); if you replaced it on purpose, run `make raw-manifest`.")


def differences(raw: Path) -> list[Difference]:
    """Compare the files under *raw* with the manifest (none when the folder keeps no manifest)."""
    raw = Path(raw)
    if not (raw / MANIFEST).is_file():
        return []
    recorded, present = read(raw), files(raw)
    found = [Difference(name, "added") for name in present if name not in recorded]
    found += [Difference(name, "removed") for name in recorded if name not in present]
    found += [Difference(name, "edited") for name in present
              if name in recorded and sha256_file(raw / name) != recorded[name]]
    return sorted(found, key=lambda d: d.name)


def advice(raw: Path) -> list[str]:
    """One sentence per difference between *raw* and its manifest (empty when they agree)."""
    found = differences(raw)
    adding = any(d.change == "added" for d in found)
    return [d.advice(adding) for d in found]
