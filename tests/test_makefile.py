"""The Makefile: self-documenting, and the two commands do what the README promises."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from analysis import paths


def make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=paths.ROOT, capture_output=True, text=True,
                          timeout=120)


def test_help_lists_every_documented_target():
    result = make("help")
    assert result.returncode == 0
    for target in ("report", "test", "test-compat", "data", "notebooks", "lab", "venv", "lock"):
        assert f"make {target}" in result.stdout


def test_report_plan_builds_data_then_publishes_every_notebook():
    plan = make("-n", "-B", "report").stdout
    assert "analysis build" in plan
    publish = next(line for line in plan.splitlines() if "-m analysis report" in line)
    assert all(str(nb.relative_to(paths.ROOT)) in publish for nb in paths.NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def test_tests_run_in_parallel_with_each_notebook_in_one_worker():
    plan = make("-n", "-B", "test").stdout
    assert " -n auto --dist loadfile --no-loadscope-reorder " in plan, "files go out in collection order"


def test_the_files_of_slow_tests_are_collected_first(pytester):
    pytester.makepyfile(test_a_quick="def test_quick():\n    pass\n",
                        test_b_slow="import pytest\n\ndef test_short():\n    pass\n\n"
                                    "@pytest.mark.slow\ndef test_long():\n    pass\n",
                        test_c_quick="def test_quick_too():\n    pass\n")
    result = pytester.runpytest_inprocess("-p", "analysis.pytest_plugin", "--collect-only", "-q", "-p", "no:cacheprovider")
    collected = [line for line in result.stdout.lines if "::" in line]
    assert collected == ["test_b_slow.py::test_short", "test_b_slow.py::test_long", "test_a_quick.py::test_quick",
                         "test_c_quick.py::test_quick_too"], "a slow test's whole file first, in its own order"


def test_commands_keep_compiled_modules_even_where_the_environment_turns_that_off():
    probe = subprocess.run(["make", "--no-print-directory", "--eval", "probe: ; @echo \"[$$PYTHONDONTWRITEBYTECODE]\"",
                            "probe"], cwd=paths.ROOT, capture_output=True, text=True, timeout=120,
                           env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert probe.stdout.strip() == "[]", probe.stdout + probe.stderr


def test_lab_may_run_as_root():
    plan = make("-n", "lab").stdout
    assert ("--allow-root" in plan) == (os.geteuid() == 0)


def test_a_raw_file_name_with_spaces_and_arabic_letters_is_a_prerequisite(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(paths.ROOT, project, ignore=shutil.ignore_patterns(".venv*", ".git", "build", "reports"),
                    symlinks=True)
    (project / "data" / "raw" / "articles" / "زيارة لافروف 2013.txt").write_text("نص.\n", encoding="utf-8")
    result = subprocess.run(["make", "--no-print-directory", "-n", "data", "PY=true", "STAMP="], cwd=project,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "No rule to make target" not in result.stderr


def test_test_plan_runs_strict_nbval_in_the_current_env_with_sanitizer():
    plan = make("-n", "-B", "test").stdout
    assert "--nbval " in plan and "--nbval-lax" not in plan
    assert "--nbval-current-env" in plan and "--nbval-sanitize-with tests/nbval_sanitize.cfg" in plan
    assert "notebooks/00_corpus_overview.ipynb" in plan


def test_readme_gives_the_two_commands_and_ci_runs_the_test_one():
    readme = (paths.ROOT / "README.md").read_text(encoding="utf-8")
    assert "make report" in readme and "make test" in readme
    assert "make test" in (paths.ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_sanitize_file_is_ascii():
    (paths.ROOT / "tests" / "nbval_sanitize.cfg").read_bytes().decode("ascii")


def test_make_data_rebuilds_a_deleted_or_edited_processed_file_and_nothing_else(tmp_path):
    from analysis.build import build

    out = tmp_path / "processed"
    build(paths.RAW, out)
    manifest = f"MANIFEST={out / 'manifest.json'}"
    rebuild = f"analysis build --out {out}"
    assert rebuild not in make("-n", "data", manifest).stdout, "nothing changed: make data does nothing"
    (out / "events.csv").unlink()
    assert rebuild in make("-n", "data", manifest).stdout
    build(paths.RAW, out)
    assert rebuild not in make("-n", "data", manifest).stdout
    with open(out / "texts" / "relations_history.txt", "a", encoding="utf-8") as handle:
        handle.write("edited by hand")
    assert rebuild in make("-n", "data", manifest).stdout


def make_variable(name: str) -> list[str]:
    result = make("-s", "--eval", f"print-variable: ; @echo $({name})", "print-variable")
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_every_package_file_is_a_prerequisite_of_the_data_or_of_the_reports():
    from analysis.publish import PACKAGE_SUFFIXES

    package = paths.ROOT / "src" / "analysis"
    shipped = {p.relative_to(paths.ROOT).as_posix() for p in package.rglob("*")
               if p.is_file() and "__pycache__" not in p.parts}
    data, report_only = set(make_variable("DATA_PKG_FILES")), set(make_variable("REPORT_ONLY"))
    assert shipped == data | report_only, f"not a prerequisite of anything: {sorted(shipped - data - report_only)}"
    assert all(Path(name).suffix in PACKAGE_SUFFIXES for name in report_only), "a report would miss an edit"
    assert "src/analysis/templates/page.html.j2" in report_only and "src/analysis/report.py" in report_only


def test_the_data_depends_on_every_module_the_build_runs_and_not_on_plotting():
    from tests.test_layout import closure

    data = set(make_variable("DATA_PKG_FILES"))
    needed = set()
    for module in closure("analysis.build") | {"analysis.__main__"}:
        path = paths.ROOT / "src" / Path(*module.split("."))
        needed.add((path / "__init__.py" if path.is_dir() else path.with_suffix(".py")).relative_to(paths.ROOT).as_posix())
    assert len(needed) > 10 and needed <= data, f"the data does not depend on {sorted(needed - data)}"
    assert {"src/analysis/data/processed_README.md", "src/analysis/data/event_cues.csv"} <= data
    assert "src/analysis/plots.py" not in data
