"""The floor plan holds: imports run one way, the core never reaches for Qt, the GUI never calls the
CLI, and pages ask the core instead of touching tables."""

from __future__ import annotations

import ast
import functools
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PKG = "pustaka_desktop"
# peewee query methods a page would call on a model class to touch a table directly
TABLE_CALLS = {"select", "get", "get_or_none", "get_by_id", "create", "insert", "insert_many", "update",
               "delete", "raw", "bulk_create", "bulk_update", "replace"}


def _modules() -> dict[str, Path]:
    mods = {}
    for path in SRC.rglob("*.py"):
        name = ".".join(path.relative_to(SRC).with_suffix("").parts)
        mods[name.removesuffix(".__init__")] = path
    return mods


MODULES = _modules()


@functools.cache  # (each file read and parsed once a run, not once for each test that asks)
def _imports(name: str, path: Path) -> list[tuple[str, list[str]]]:
    """(module, [imported names]) for every import in the file, relative ones resolved."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(max(node.level - 1, 0)):
                base = base.rsplit(".", 1)[0]
            module = (f"{base}.{node.module}" if node.module else base) if node.level else node.module
            found.append((module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            found.extend((a.name, []) for a in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {m: set() for m in MODULES}
    for name, path in MODULES.items():
        for module, names in _imports(name, path):
            for target in [module, *(f"{module}.{n}" for n in names)]:
                if target in MODULES and target != name and not name.startswith(target + "."):
                    graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_circles_anywhere_in_src():
    assert _cycles(_graph()) == []


def test_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def _offenders(prefix: str, forbidden: tuple[str, ...]) -> list[str]:
    bad = []
    for name, path in MODULES.items():
        if not name.startswith(prefix):
            continue
        for module, _names in _imports(name, path):
            if module and module.startswith(forbidden):
                bad.append(f"{name} imports {module}")
    return bad


def test_core_never_imports_qt_gui_cli_or_web():
    forbidden = ("PySide6", "shiboken6", f"{PKG}.gui", f"{PKG}.cli", f"{PKG}.web")
    assert _offenders(f"{PKG}.core", forbidden) == []


def test_gui_never_imports_the_cli():
    assert _offenders(f"{PKG}.gui", (f"{PKG}.cli",)) == []


def test_every_core_package_says_what_lives_there_and_what_it_may_import():
    for init in (SRC / PKG / "core").glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80, f"{init.parent.name}/__init__.py needs a docstring naming its modules"


def _model_names() -> set[str]:
    """The table classes, from core/store/models.py and the models_*.py files it gathers them from."""
    names = set()
    for name, path in MODULES.items():
        if name.startswith(f"{PKG}.core.store.models"):
            names |= {n.name for n in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(n, ast.ClassDef)}
    return names


def test_model_names_are_found():
    assert {"Member", "Loan", "Record", "SyncPeer", "Setting"} <= _model_names()


def _table_touches(tree: ast.AST, models: set[str]) -> list[str]:
    touches = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = node.func.value
            if isinstance(target, ast.Name) and target.id in models and node.func.attr in TABLE_CALLS:
                touches.append(f"{target.id}.{node.func.attr}() line {node.lineno}")
            if node.func.attr in ("execute_sql", "execute", "executemany"):
                touches.append(f".{node.func.attr}() line {node.lineno}")
    return touches


def test_pages_ask_the_core_instead_of_touching_tables():
    models = _model_names()
    bad = []
    for path in sorted((SRC / PKG / "gui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for module, _names in _imports("", path):
            if module and module.split(".")[0] in ("peewee", "playhouse", "sqlite3"):
                bad.append(f"{path.name} imports {module}")
        bad += [f"{path.name}: {t}" for t in _table_touches(tree, models)]
    assert bad == []


def test_table_touch_finder_sees_a_query():
    tree = ast.parse("def f():\n    return Member.select().where(Member.id == 1)\n")
    assert _table_touches(tree, {"Member"}) == ["Member.select() line 2"]
