"""The code's shape: every module under desktop/ is parsed with `ast`, its
imports (module level and inside functions alike) become edges of a graph,
and the graph must have no circle and no edge from a lower layer to a higher
one. No module may grow past MAX_LINES lines. Only desktop/ui, app.py and
__main__.py import Qt.

Layer order, bottom to top (a module may import its own layer and the layers
below it, never one above):

    app      desktop/__main__.py, desktop/app.py, desktop/smoke.py
    ui       desktop/ui/            (Qt widgets, start-up and recovery)
    cli      desktop/cli/           (one module per command group)
    reports  desktop/reports/       (DOCX/PDF)
    io       desktop/io/            (list files, packages)
    signing  desktop/signing/       (digital signatures on PDF files)
    store    desktop/store/         (SQLite; attachments copied into the workspace)
    domain   desktop/domain/        (plain dataclasses and rules)
    base     desktop/__init__.py, collector.py, files.py, fontfiles.py, logs.py, messages.py,
             paths.py, pdf_errors.py
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "desktop"
MAX_LINES = 600

# (layer, module prefixes), bottom first. A module belongs to the layer of its
# longest matching prefix.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    (
        "base",
        (
            "desktop",
            "desktop.collector",
            "desktop.files",
            "desktop.fontfiles",
            "desktop.logs",
            "desktop.paths",
        ),
    ),
    ("domain", ("desktop.domain",)),
    ("store", ("desktop.store",)),
    ("signing", ("desktop.signing",)),
    ("io", ("desktop.io",)),
    ("reports", ("desktop.reports",)),
    ("cli", ("desktop.cli",)),
    ("ui", ("desktop.ui",)),
    ("app", ("desktop.app", "desktop.smoke", "desktop.__main__")),
]

# The only modules that may import PySide6 (the house rule).
QT_ALLOWED = ("desktop.ui", "desktop.app", "desktop.__main__")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def layer_of(module: str) -> str:
    best, best_len = None, -1
    for layer, prefixes in LAYERS:
        for prefix in prefixes:
            matches = module == prefix or module.startswith(prefix + ".")
            if matches and len(prefix) > best_len:
                best, best_len = layer, len(prefix)
    assert best is not None, f"{module} has no layer in LAYERS"
    return best


def qt_allowed(module: str) -> bool:
    return any(module == m or module.startswith(m + ".") for m in QT_ALLOWED)


def rank(layer: str) -> int:
    return [name for name, _ in LAYERS].index(layer)


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> tuple[set[str], set[str]]:
    """(desktop modules imported, top-level outside packages imported)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    package_parts = module.split(".") if is_package else module.split(".")[:-1]
    inside, outside = set(), set()

    def add(target: str) -> None:
        # The nearest existing module: `desktop.store.Workspace` → `desktop.store`.
        while target and target not in modules:
            target = target.rpartition(".")[0]
        if target and target != module:
            inside.add(target)

    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "desktop":
                    add(alias.name)
                else:
                    outside.add(alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package_parts[: len(package_parts) - (node.level - 1)]
                base = ".".join(base_parts + ([node.module] if node.module else []))
            else:
                base = node.module or ""
                if base.split(".")[0] != "desktop":
                    outside.add(base.split(".")[0])
                    continue
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                add(submodule if submodule in modules else base)
    return inside, outside


def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    modules = all_modules()
    graph, outside = {}, {}
    for name, path in modules.items():
        graph[name], outside[name] = imports_of(name, path, modules)
    return graph, outside


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def upward_imports(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """(module, imported module) where the imported one is in a higher layer."""
    return [
        (module, target)
        for module, targets in sorted(graph.items())
        for target in sorted(targets)
        if rank(layer_of(target)) > rank(layer_of(module))
    ]


def _lines(items) -> str:
    return "\n".join(f"  {item}" for item in items)


def test_every_module_has_a_layer():
    for module in all_modules():
        layer_of(module)


def test_no_import_circles():
    graph, _ = import_graph()
    found = circles(graph)
    assert not found, "modules importing each other, directly or round a circle:\n" + _lines(found)


def test_no_import_from_a_lower_layer_to_a_higher_one():
    graph, _ = import_graph()
    found = upward_imports(graph)
    described = [f"{m} ({layer_of(m)}) imports {t} ({layer_of(t)})" for m, t in found]
    assert not described, "imports from a lower layer to a higher one:\n" + _lines(described)


def test_only_the_gui_layers_import_qt():
    _, outside = import_graph()
    found = sorted(m for m, names in outside.items() if "PySide6" in names and not qt_allowed(m))
    assert not found, "Qt imported outside desktop/ui, app.py and __main__.py:\n" + _lines(found)


def test_no_module_is_too_long():
    too_long = {}
    for name, path in all_modules().items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            too_long[name] = lines
    new = [f"{m}: {n} lines" for m, n in sorted(too_long.items())]
    assert not new, f"modules over {MAX_LINES} lines:\n" + _lines(new)


# The checks themselves, on small made-up graphs: they find what they must.
def test_circles_are_found():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert circles(graph) == [["a", "b", "c"]]


@pytest.mark.parametrize(
    ("module", "target", "upward"),  # made-up edges
    [
        ("desktop.store.workspace", "desktop.io.attachments", True),
        ("desktop.io.package", "desktop.reports.context", True),
        ("desktop.ui.backup_dialogs", "desktop.app", True),
        ("desktop.reports.command", "desktop.cli", True),
        ("desktop.reports.docx_writer", "desktop.files", False),
        ("desktop.cli.report", "desktop.reports.context", False),
        ("desktop.app", "desktop.ui.startup", False),
    ],
)
def test_upward_imports_are_found(module, target, upward):
    assert bool(upward_imports({module: {target}})) is upward


@pytest.mark.parametrize(
    ("module", "allowed"),
    [
        ("desktop.ui.startup", True),
        ("desktop.app", True),
        ("desktop.__main__", True),
        ("desktop.smoke", False),
        ("desktop.reports.pdf_writer", False),
        ("desktop.uix", False),
    ],
)
def test_qt_is_allowed_only_in_the_gui(module, allowed):
    assert qt_allowed(module) is allowed


def test_relative_imports_are_resolved(tmp_path):
    modules = {"desktop.io": tmp_path, "desktop.io.limits": tmp_path, "desktop.io.tables": tmp_path}
    source = tmp_path / "tables.py"
    source.write_text(
        "from .limits import X\nfrom . import limits\ndef f():\n    from .. import io\n"
    )
    inside, _ = imports_of("desktop.io.tables", source, modules)
    assert inside == {"desktop.io.limits", "desktop.io"}
