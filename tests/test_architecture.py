"""The package's shape: no import cycle, arrows only down the pipeline, and docs/architecture.md true to the tree."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "bilingual"

# Layers, lowest first: a module may import its own layer and the layers below it, never one above.
LAYERS: list[set[str]] = [
    {"bilingual.version", "bilingual.errors", "bilingual.files", "bilingual.linear", "bilingual.memory",
     "bilingual.columns", "bilingual.narrow_ints", "bilingual.offsets", "bilingual.config", "bilingual.tokens",
     "bilingual.document"},
    {"bilingual.text"},
    {"bilingual.page"},
    {"bilingual.lang"},
    {"bilingual.names"},
    {"bilingual.entities"},
    {"bilingual.context"},
    {"bilingual.qa"},
    {"bilingual.formats", "bilingual.stages", "bilingual.engines"},
    {"bilingual.api"},
    {"bilingual.cli", "bilingual.__main__", "bilingual"},
]


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def runtime_imports(path: Path) -> set[str]:
    """The bilingual modules ``path`` imports when it runs (imports under ``if TYPE_CHECKING:`` left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped = {id(node) for stmt in ast.walk(tree) if isinstance(stmt, ast.If)
               and isinstance(stmt.test, ast.Name) and stmt.test.id == "TYPE_CHECKING"
               for node in ast.walk(stmt)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("bilingual")}
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bilingual"):
            for alias in node.names:  # "from bilingual.lang import korean" imports the module bilingual.lang.korean
                candidate = f"{node.module}.{alias.name}"
                is_module = (PACKAGE.parent / Path(*candidate.split("."))).with_suffix(".py").exists()
                found.add(candidate if is_module else node.module)
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): runtime_imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def layer(module: str) -> int:
    for i, group in enumerate(LAYERS):
        if any(module == g or module.startswith(g + ".") for g in group if g != "bilingual") or module in group:
            return i
    raise AssertionError(f"{module} is in no layer of this test: add it")


def test_no_import_cycle() -> None:
    edges = graph()
    state: dict[str, int] = {}  # 1 visiting, 2 done

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in sorted(edges.get(node, ())):
            if nxt not in edges or nxt == node:
                continue
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join([*path, node, nxt])
            if nxt not in state:
                visit(nxt, [*path, node])
        state[node] = 2

    for module in sorted(edges):
        if module not in state:
            visit(module, [])


def test_imports_point_down_the_pipeline() -> None:
    edges = graph()
    upward = [f"{m} imports {t}" for m, targets in edges.items() for t in targets
              if t in edges and layer(t) > layer(m)]
    assert upward == []


def test_nothing_inside_imports_the_top_level_package() -> None:
    assert [m for m, targets in graph().items() if "bilingual" in targets and m != "bilingual.__main__"] == []


def test_architecture_doc_names_every_subpackage_and_only_real_ones() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`bilingual/(\w+)/`", doc))
    real = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    assert named == real
    for module in re.findall(r"`bilingual/(\w+(?:/\w+)?\.py)`", doc):
        assert (PACKAGE / module).exists(), module


def test_architecture_doc_names_every_module_in_its_subpackage_s_row() -> None:
    """Each subpackage's row of docs/architecture.md names every module of it (`blocks`, `widget_lines` …): a module
    added without a word there fails here (six modules were missing until stop 49)."""
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for init in PACKAGE.glob("*/__init__.py"):
        folder = f"`bilingual/{init.parent.name}/`"
        rows = [line for line in doc.splitlines() if line.startswith("|") and folder in line]
        assert len(rows) == 1, init.parent.name
        named = set(re.findall(r"`(\w+)`", rows[0])) | set(re.findall(r"`\w+/(\w+)\.py`", rows[0]))
        modules = {p.stem for p in init.parent.glob("*.py") if p.stem != "__init__"}
        assert modules <= named, (init.parent.name, sorted(modules - named))


def test_subpackages_are_tables_of_contents() -> None:
    """Every subpackage's __init__ has a docstring and an __all__ of names it really exports."""
    import importlib

    for init in PACKAGE.glob("*/__init__.py"):
        module = importlib.import_module(f"bilingual.{init.parent.name}")
        assert module.__doc__, init
        assert module.__all__, init
        assert all(hasattr(module, name) for name in module.__all__), init


def test_tests_mirror_the_package() -> None:
    subpackages = {p.parent.name for p in PACKAGE.glob("*/__init__.py")}
    test_folders = {p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert test_folders <= subpackages
    for folder in test_folders:
        for test in (ROOT / "tests" / folder).glob("test_*.py"):
            stem = test.stem.removeprefix("test_")
            assert (PACKAGE / folder / f"{stem}.py").exists(), f"{test} has no module {folder}/{stem}.py"


def test_an_english_document_imports_no_batch_format_or_review_module() -> None:
    """perf54: ``engines``, ``formats`` and qa's review modules are imported on first use, in a fresh process."""
    import os
    import subprocess
    import sys

    code = ("import sys, bilingual; bilingual.process('Officials in Busan said on Friday that the port reopened.'); "
            "print(sorted(m for m in sys.modules if m.split('.')[:2] in (['bilingual', 'engines'], "
            "['bilingual', 'formats'], ['bilingual', 'qa'])))")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env).stdout
    assert out.strip() == "['bilingual.qa', 'bilingual.qa.pairing']"


def test_the_names_imported_on_first_use_are_the_modules_own() -> None:
    import bilingual
    import bilingual.qa
    from bilingual.engines.pool import WorkerPool
    from bilingual.formats.report import write_json
    from bilingual.qa.checks import check_pair
    from bilingual.qa.result import SegmentRef

    assert bilingual.WorkerPool is WorkerPool and bilingual.write_json is write_json
    assert bilingual.SegmentRef is SegmentRef and bilingual.qa.check_pair is check_pair
    assert {"WorkerPool", "write_json", "Review"} <= set(dir(bilingual))
    for module, name in ((bilingual, "no_such_name"), (bilingual.qa, "no_such_name")):
        try:
            getattr(module, name)
        except AttributeError:
            continue
        raise AssertionError(f"{module.__name__}.{name} should not exist")
