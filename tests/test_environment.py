"""The environment: pyproject.toml, requirements.lock and environment.yml name the same packages."""

from __future__ import annotations

import re
import sys

import yaml

from analysis import paths

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*?)\s*(?:;.*)?$")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def split(requirement: str) -> tuple[str, str]:
    name, spec = _NAME.match(requirement).groups()
    return canonical(name), spec.replace(" ", "")


def pyproject_requirements() -> dict[str, str]:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        requirements.extend(extra)
    return dict(split(r) for r in requirements)


def environment_requirements() -> dict[str, str]:
    env = yaml.safe_load((paths.ROOT / "environment.yml").read_text(encoding="utf-8"))
    assert env["channels"] == ["conda-forge"]
    entries = []
    for item in env["dependencies"]:
        if isinstance(item, dict):
            entries.extend(r for r in item["pip"] if not r.startswith("-e"))
        else:
            entries.append(item)
    found = dict(split(r) for r in entries)
    found.pop("pip")
    found.pop("python")
    return found


def lock_pins() -> dict[str, set[str]]:
    pins: dict[str, set[str]] = {}
    for line in (paths.ROOT / "requirements.lock").read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;]+)", line)
        if match:
            pins.setdefault(canonical(match.group(1)), set()).add(match.group(2))
    return pins


def test_environment_yml_agrees_with_pyproject():
    assert environment_requirements() == pyproject_requirements()


def test_environment_yml_asks_for_the_same_python():
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    env_text = (paths.ROOT / "environment.yml").read_text(encoding="utf-8")
    assert f"python{project['requires-python']}" in env_text.replace(" ", "")


def test_lock_pins_every_dependency_exactly():
    pins = lock_pins()
    missing = sorted(set(pyproject_requirements()) - set(pins))
    assert not missing, f"requirements.lock lacks {missing}: run `make lock`"


def test_installed_versions_are_the_locked_ones():
    from importlib.metadata import version

    from packaging.version import Version

    pins = {name: {Version(v) for v in versions} for name, versions in lock_pins().items()}
    for name in pyproject_requirements():
        if name == "tomli" and sys.version_info >= (3, 11):
            continue
        assert Version(version(name)) in pins[name], f"{name} {version(name)} is installed, the lock pins {pins[name]}: run `make venv`"
