"""The Makefile: self-documenting, and the two commands do what the README promises."""

from __future__ import annotations

import subprocess

from analysis import paths


def make(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=paths.ROOT, capture_output=True, text=True,
                          timeout=120)


def test_help_lists_every_documented_target():
    result = make("help")
    assert result.returncode == 0
    for target in ("report", "test", "test-compat", "data", "notebooks", "lab", "venv", "lock"):
        assert f"make {target}" in result.stdout


def test_report_plan_builds_data_executes_notebooks_and_writes_index():
    plan = make("-n", "-B", "report").stdout
    assert "analysis build" in plan
    assert "analysis execute notebooks/00_corpus_overview.ipynb" in plan
    assert "analysis export" in plan and "reports/00_corpus_overview.html" in plan
    assert "analysis index" in plan and "reports/index.html" in plan


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
