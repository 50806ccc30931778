"""The package's layout: imports point one way, nothing resolves a path on import, one atomic writer,
every imported package declared, and the wheel works outside a checkout."""

from __future__ import annotations

import ast
import functools
import os
import re
import shutil
import subprocess
import sys
import textwrap
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

from analysis import paths

from .test_environment import canonical, pyproject_requirements

PACKAGE = Path(paths.package_folder())
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)
# Modules the notebooks and reports use: they read the pipeline's outputs and never run the pipeline.
READERS = ("tables", "report", "publish", "plots", "display", "topics", "topics.overview", "topics.history",
           "topics.claims", "topics.sanctions", "topics.narrative", "topics.reference", "markdown", "notebooks")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(("analysis", *(p for p in parts if p != "__init__")))


def imports(path: Path) -> set[str]:
    """The package modules *path* imports (anywhere in it, also inside functions)."""
    package = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module or ""
            if origin.split(".")[0] != "analysis":
                continue
            found.add(origin)
            found.update(f"{origin}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] == "analysis")
    known = {module_name(p) for p in MODULES}
    return {name for name in found if name in known}


@functools.cache
def import_graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in MODULES}


def closure(start: str) -> set[str]:
    graph = import_graph()
    seen, todo = set(), [start]
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(graph.get(name, ()))
    return seen


def test_the_import_graph_is_read_right():
    assert "analysis.build" in closure("analysis.__main__")
    assert {"analysis.extract.events", "analysis.rows", "analysis.schemas"} <= closure("analysis.build")


@pytest.mark.parametrize("reader", READERS)
def test_modules_the_notebooks_use_never_import_the_build(reader):
    reached = closure(f"analysis.{reader}")
    assert "analysis.build" not in reached, f"analysis.{reader} reaches analysis.build"


def test_the_name_rules_reach_nothing_of_the_entity_package():
    """The lexicon sits below both: the entity rules read the name rules, never the other way round (an import inside
    a function counts too: it hides a cycle, it does not break it)."""
    reached = closure("analysis.extract.names")
    assert "analysis.extract.gazetteers" in reached
    assert not {name for name in reached if name.startswith("analysis.extract.entities")}, sorted(reached)


def _extractor_graph() -> dict[str, set[str]]:
    """The imports between the extractor's modules; a module of a package imported from outside the package also
    imports the package (its ``__init__`` runs first)."""
    graph = {}
    for name, targets in import_graph().items():
        if name.startswith("analysis.extract"):
            edges = {target for target in targets if target.startswith("analysis.extract") and target != name}
            graph[name] = edges | {package for target in edges if (package := target.rpartition(".")[0])
                                   != "analysis.extract" and not name.startswith(package)}
    return graph


def _cycle(graph: dict[str, set[str]]) -> list[str]:
    """One cycle of *graph* as the path that closes it, or ``[]``."""
    state: dict[str, str] = {}

    def visit(name: str, path: list[str]) -> list[str]:
        state[name] = "open"
        for target in sorted(graph.get(name, ())):
            if state.get(target) == "open":
                return [*path[path.index(target):], target] if target in path else [name, target]
            if target not in state and (found := visit(target, [*path, target])):
                return found
        state[name] = "done"
        return []

    return next((found for name in sorted(graph) if name not in state and (found := visit(name, [name]))), [])


def test_the_graph_of_imports_finds_a_cycle():
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_the_extractor_has_no_import_cycle():
    """Imports point one way inside the extractor too (those inside functions count: they hide a cycle)."""
    graph = _extractor_graph()
    assert "analysis.extract.entities" in graph["analysis.extract.entities.driver"] | graph["analysis.extract"]
    assert not (cycle := _cycle(graph)), " → ".join(cycle)


def test_the_extractor_imports_at_the_top_of_its_modules():
    """No module of the extractor imports inside a function: what a module depends on is read at its top (an import
    of the package's own modules inside a function is how a cycle hides)."""
    inside = sorted({f"{module_name(path)}.{function.name}" for path in MODULES
                     if module_name(path).startswith("analysis.extract")
                     for function in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                     if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
                     and any(isinstance(node, (ast.Import, ast.ImportFrom)) for node in ast.walk(function))})
    assert not inside, f"imports inside functions: {inside}"


EXTRACTOR = [module_name(p) for p in MODULES if module_name(p).startswith("analysis.extract.")
             and p.name != "__init__.py"]


def test_every_module_of_the_extractor_imports_first_in_a_fresh_interpreter():
    """Each module of the extractor, imported first, then every other in reverse order: no order needs another.

    A package's ``__init__`` runs before any module in it and would fix one order for all; its two packages are
    put in place empty here, so the module asked for is the first that runs (the packages' own imports are
    covered by importing the package, as every other test does)."""
    code = textwrap.dedent(f"""
        import importlib, sys, types
        import analysis

        names, failed = {EXTRACTOR!r}, []
        for first in names:
            for name in [name for name in sys.modules if name.startswith("analysis.extract")]:
                del sys.modules[name]
            for package, folder in (("analysis.extract", {str(PACKAGE / "extract")!r}),
                                    ("analysis.extract.entities", {str(PACKAGE / "extract" / "entities")!r})):
                stub = types.ModuleType(package)
                stub.__path__, stub.__package__ = [folder], package
                sys.modules[package] = stub
            try:
                for name in [first, *reversed(names)]:
                    importlib.import_module(name)
            except ImportError as error:
                failed.append(f"{{first}} first: {{error}}")
        print("\\n".join(failed))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert not done.stdout.strip(), f"modules that cannot be imported first:\n{done.stdout}"


def _table_readings() -> dict[str, set[str | None]]:
    """``{data file: the key columns asked for}`` of every ``table(file, key=…)`` and ``key_set(file, column)``."""
    found: dict[str, set[str | None]] = {}
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args
                    and node.func.id in ("table", "key_set") and isinstance(node.args[0], ast.Constant)):
                continue
            named = {keyword.arg: keyword.value for keyword in node.keywords}
            column = node.args[1] if len(node.args) > 1 else named.get("key" if node.func.id == "table" else "column")
            found.setdefault(node.args[0].value, set()).add(column.value if isinstance(column, ast.Constant) else
                                                            None if column is None else ast.unparse(column))
    return found


def test_each_data_file_is_read_one_way():
    """A data file asked for with two key columns (or with one and none) is read, parsed and checked twice."""
    readings = _table_readings()
    assert {"gazetteer_towns.csv", "org_patterns.csv"} <= set(readings)
    twice = {file: keys for file, keys in readings.items() if len(keys) > 1}
    assert not twice, f"read with more than one key column: {twice}"


def test_loading_a_table_does_not_load_the_pipeline():
    code = "import sys, analysis.tables, analysis.report; print('analysis.build' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr


def test_no_module_resolves_a_project_path_when_imported(tmp_path):
    """Outside any project, with no ANALYSIS_PROJECT_ROOT, every module imports; asking for a folder says why not."""
    env = {k: v for k, v in os.environ.items() if k != paths.ROOT_ENV}
    names = sorted(module_name(p) for p in MODULES if p.name != "__main__.py")
    code = textwrap.dedent(f"""
        import importlib
        for name in {names!r}:
            importlib.import_module(name)
        from analysis import paths
        try:
            paths.RAW
        except paths.ProjectNotFoundError as error:
            print("refused:", error)
    """)
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    assert "refused:" in done.stdout and paths.ROOT_ENV in done.stdout


def test_the_root_comes_from_the_environment_variable_or_the_working_directory(tmp_path, monkeypatch):
    (tmp_path / "data" / "raw").mkdir(parents=True)
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "notebooks").mkdir()
    monkeypatch.delenv(paths.ROOT_ENV, raising=False)
    monkeypatch.chdir(tmp_path / "notebooks")
    assert paths.RAW == tmp_path / "data" / "raw" and paths.processed(None) == tmp_path / "data" / "processed"
    monkeypatch.setenv(paths.ROOT_ENV, str(tmp_path / "elsewhere"))
    assert paths.ROOT == (tmp_path / "elsewhere").resolve()
    assert paths.raw("given") == Path("given")


def test_one_atomic_writer():
    writers = [module_name(p) for p in MODULES
               if re.search(r"os\.replace|mkstemp|NamedTemporaryFile|mkdtemp", p.read_text(encoding="utf-8"))]
    assert writers == ["analysis.atomic"]


def third_party_imports() -> set[str]:
    found = set()
    for path in MODULES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                found.add(node.module.split(".")[0])
    return {name for name in found if name not in sys.stdlib_module_names and name != "analysis"}


def test_every_imported_package_is_declared():
    declared = set(pyproject_requirements())
    distributions = packages_distributions()
    undeclared = {name: distributions.get(name) for name in third_party_imports()
                  if not {canonical(d) for d in distributions.get(name, [name])} & declared}
    assert not undeclared, f"imported but not in pyproject.toml (and environment.yml): {undeclared}"


def _tiny_raw(folder: Path) -> Path:
    (folder / "articles").mkdir(parents=True)
    (folder / "articles" / "visit.txt").write_text("زار وزير الدفاع الروسي بغداد في 16 سبتمبر 2025.\n", encoding="utf-8")
    (folder / "articles.csv").write_text(
        "article_id,file,headline,kind,language,published,published_note,outlet,original_file\n"
        "visit,articles/visit.txt,,news report,ar,,,,visit.txt\n", encoding="utf-8")
    return folder


@pytest.mark.slow
def test_the_wheel_works_outside_a_checkout(tmp_path):
    """Build the wheel, install it in a fresh venv and run the command line from a folder outside the project."""
    uv = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if uv is None:
        pytest.fail("uv is needed to build the wheel (it is installed into .venv by `make venv`)")
    source = tmp_path / "source"
    shutil.copytree(paths.ROOT / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(paths.ROOT / name, source / name)
    built = subprocess.run([uv, "build", "--wheel", "--offline", "-o", str(tmp_path / "dist"), str(source)],
                           capture_output=True, text=True, timeout=300)
    if built.returncode:  # no cached build backend: fetch it
        built = subprocess.run([uv, "build", "--wheel", "-o", str(tmp_path / "dist"), str(source)],
                               capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp_path / "dist").glob("*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    installed = subprocess.run([uv, "pip", "install", "--python", str(python), "--no-deps", "--offline", str(wheel)],
                               capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr
    # The dependencies come from this environment (a path entry, so its editable install of analysis is not used).
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    import pandas
    Path(site, "dependencies.pth").write_text(str(Path(pandas.__file__).parents[1]) + "\n", encoding="utf-8")
    work = tmp_path / "elsewhere"
    raw = _tiny_raw(work / "raw")
    env = {k: v for k, v in os.environ.items() if k not in (paths.ROOT_ENV, "PYTHONPATH")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([str(python), *args], cwd=work, env=env, capture_output=True, text=True, timeout=300)

    where = run("-c", "import analysis; print(analysis.__file__)")
    assert where.returncode == 0 and Path(where.stdout.strip()).is_relative_to(venv), where.stdout + where.stderr
    extracted = run("-m", "analysis", "extract", str(raw / "articles" / "visit.txt"))
    assert extracted.returncode == 0, extracted.stderr
    assert '"value": "2025-09-16"' in extracted.stdout and '"value": "Baghdad"' in extracted.stdout
    build = run("-m", "analysis", "build", "--raw", str(raw), "--out", str(work / "processed"))
    assert build.returncode == 0, build.stderr
    assert "data/processed/" in (work / "processed" / "README.md").read_text(encoding="utf-8")
    loaded = run("-c", "from analysis import tables; print(len(tables.load('events', 'processed')))")
    assert loaded.returncode == 0 and int(loaded.stdout) >= 1, loaded.stderr
    outside = run("-m", "analysis", "build")
    assert outside.returncode == 2 and paths.ROOT_ENV in outside.stderr and "Traceback" not in outside.stderr
