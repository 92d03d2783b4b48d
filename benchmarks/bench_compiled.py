"""The hot modules compiled by mypyc, against the same code interpreted: a change of shape measured (perf68), not built.

Copies ``bilingual/`` into a scratch folder, compiles the modules named (``--modules``; default :data:`HOT`) there with
mypyc (which ships with mypy; it needs a C compiler and Python's headers), and runs the same measurement in two fresh
processes, one importing the checkout and one the compiled copy: each stage's CPU seconds on the news sides (the least
of ``--repeat`` runs, a fresh context each, links forgotten, as ``bench_end_to_end.py``'s stage figures) and a digest
of ``process()``'s whole output (JSON) on each news side and every fixture page, which must be equal. Prints figures;
never asserts. The compiled copy is left in ``--keep`` (default: a temporary folder, removed).

    python benchmarks/bench_compiled.py [--repeat N] [--modules bilingual/entities/english_names.py ...] [--keep DIR]

mypyc checks types at run time where the interpreter does not: a value that differs from its annotation (what a
``# type: ignore`` lets through) raises ``TypeError`` in a compiled module. ``page/blocks.py`` does not compile
(``_Sight.at`` builds its object by ``cls.__new__``: an internal error of mypyc 1.x), nor does ``entities/mentions.py``
(its ``_mention`` is defined under ``if TYPE_CHECKING: … else:``, whose second branch mypyc takes for unreachable: the
import raises ``RuntimeError``), so neither is in :data:`HOT`.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

from _common import ROOT

HOT = (
    "bilingual/page/widget_lines.py",
    "bilingual/page/label_layer.py",
    "bilingual/entities/evidence.py",
    "bilingual/entities/name_spans.py",
    "bilingual/entities/english_names.py",
    "bilingual/entities/korean_names.py",
    "bilingual/entities/gazetteer.py",
)
"""The modules compiled by default: the page layer's and the mentions stage's own loops (perf68's profile)."""

_CHILD = r"""
import hashlib, json, sys
sys.path.insert(0, sys.argv[1])
from bench_end_to_end import news, stage_times
from _common import ROOT
import bilingual
repeat = int(sys.argv[2])
pages = sorted((ROOT / "fixtures" / "pages").glob("*.txt"))
digest = hashlib.sha256()
for page in pages:
    digest.update(bilingual.process(page.read_text(encoding="utf-8")).model_dump_json().encode())
out = {}
for side in ("en", "ko"):
    text, _ = news(side)
    digest.update(bilingual.process(text).model_dump_json().encode())
    best, main = stage_times(text, repeat)
    out[side] = {"stages": best, "calling_thread": sum(main.values())}
out["digest"] = digest.hexdigest()
print(json.dumps(out))
"""


def _mypy_ini(pyproject: Path) -> str:
    """The checkout's ``[tool.mypy]`` settings as a ``mypy.ini`` (mypyc's type check must be the project's own, with
    the pydantic plugin; the copy leaves ``pyproject.toml`` out, whose ``[project]`` table setuptools reads)."""
    tool = tomllib.loads(pyproject.read_text(encoding="utf-8"))["tool"]["mypy"]
    lines = ["[mypy]"]
    for key, value in tool.items():
        if key in ("packages", "overrides"):
            continue
        lines.append(f"{key} = {', '.join(value) if isinstance(value, list) else value}")
    for override in tool.get("overrides", []):
        lines.append(f"[mypy-{','.join(override['module'])}]")
        lines += [f"{k} = {v}" for k, v in override.items() if k != "module"]
    return "\n".join(lines) + "\n"


def compile_copy(folder: Path, modules: list[str]) -> subprocess.CompletedProcess[str]:
    shutil.copytree(ROOT / "bilingual", folder / "bilingual", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    (folder / "mypy.ini").write_text(_mypy_ini(ROOT / "pyproject.toml"), encoding="utf-8")
    return subprocess.run(["mypyc", *modules], cwd=folder, capture_output=True, text=True)


def measure(tree: Path, repeat: int) -> dict[str, object] | None:
    """The child's figures with ``tree`` first on the path; ``None`` (its error's last lines printed) if it failed,
    as a compiled module that raises on import or on a value its annotation does not allow does."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    run = subprocess.run([sys.executable, "-c", _CHILD, str(ROOT / "benchmarks"), str(repeat)], env=env,
                         capture_output=True, text=True)
    if run.returncode != 0:
        print(f"bench_compiled: the measurement of {tree} failed (exit {run.returncode}); its last lines:")
        print("\n".join(run.stderr.splitlines()[-8:]))
        return None
    return json.loads(run.stdout.splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--modules", nargs="+", default=list(HOT))
    parser.add_argument("--keep", type=Path, help="compile into this folder and leave it there")
    parser.add_argument("--pairs", type=int, default=2, help="interpreted and compiled runs, alternating")
    args = parser.parse_args()
    if shutil.which("mypyc") is None:
        print("bench_compiled: mypyc not found (it ships with mypy: pip install mypy); nothing measured")
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bilingual-mypyc-"))
    try:
        built = compile_copy(folder, args.modules)
        if built.returncode != 0:
            print(f"bench_compiled: mypyc failed (exit {built.returncode}); its last lines:")
            print("\n".join((built.stdout + built.stderr).splitlines()[-15:]))
            return
        print(f"compiled {len(args.modules)} modules into {folder}: {', '.join(args.modules)}")
        for pair in range(args.pairs):
            for label, tree in (("interpreted", ROOT), ("compiled", folder)):
                got = measure(tree, args.repeat)
                if got is None:
                    return
                parts = []
                for side in ("en", "ko"):
                    stages = got[side]["stages"]  # type: ignore[index]
                    parts.append(f"{side}: split_blocks {stages['split_blocks']:.3f}, find_mentions "
                                 f"{stages['find_mentions']:.3f}, sum {sum(stages.values()):.3f}, calling thread "
                                 f"{got[side]['calling_thread']:.3f}")  # type: ignore[index]
                print(f"  {pair + 1} {label:11s} CPU s (least of {args.repeat}, links on first sight) "
                      + "; ".join(parts) + f"; output digest {str(got['digest'])[:16]}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
