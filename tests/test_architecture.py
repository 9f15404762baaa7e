"""The shape of the package: no module of `pipeline/` imports, at any depth, a module that imports it
back. An import inside a function body counts: it runs as soon as the function does, and a cycle
hidden there is still two modules that cannot be read, tested or replaced one without the other."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"


def module_files(package: Path) -> dict[str, Path]:
    """Every module of a package by its dotted name (`pipeline/executors/local.py` ->
    `pipeline.executors.local`, a package's `__init__.py` -> the package's name)."""
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def imports_of(name: str, path: Path, known: set[str]) -> list[tuple[str, int]]:
    """The package's modules that one module imports, at module level or in a function body, each
    with the line of its import: `from . import x` is module `x` if there is one, else the package;
    `from .a import f` is module `a`; relative imports resolve from the module's own package."""
    own_package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = own_package.split(".")
                base = base[:len(base) - (node.level - 1)]
                base = ".".join(base + ([node.module] if node.module else []))
            else:
                base = node.module or ""
            targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
        else:
            continue
        for target in targets:
            while target and target not in known:  # `import pipeline.a.b as c` names the module a.b
                target = target.rpartition(".")[0]
            if target and target != name:
                found.append((target, node.lineno))
    return found


def import_graph(package: Path) -> dict[str, dict[str, int]]:
    """module -> {module it imports: line of its first import}."""
    files = module_files(package)
    graph: dict[str, dict[str, int]] = {}
    for name, path in files.items():
        edges = graph.setdefault(name, {})
        for target, line in imports_of(name, path, set(files)):
            edges[target] = min(line, edges.get(target, line))
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan): each is at least one cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups = []

    def visit(v: str):
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(groups)


def describe(group: list[str], graph: dict[str, dict[str, int]], package: Path) -> str:
    """A cycle's imports, one a line, as `file:line -> module` for the reader to open."""
    files = module_files(package)
    lines = [f"  {files[a].relative_to(package.parent)}:{graph[a][b]} imports {b}"
             for a in group for b in sorted(graph[a]) if b in group]
    return "\n".join(lines)


def test_no_module_of_the_package_imports_itself_back():
    graph = import_graph(PACKAGE)
    found = cycles(graph)
    assert not found, "import cycles in pipeline/:\n" + "\n\n".join(describe(g, graph, PACKAGE) for g in found)


def test_a_cycle_hidden_in_a_function_body_is_found(tmp_path):
    pkg = tmp_path / "pkg"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "sub" / "a.py").write_text("from .b import g\n")
    (pkg / "sub" / "b.py").write_text("def g():\n    from pkg.sub import a\n    return a\n")
    (pkg / "c.py").write_text("from .sub.a import g\n")  # imports the cycle, is not part of it
    graph = import_graph(pkg)
    assert cycles(graph) == [["pkg.sub.a", "pkg.sub.b"]]
    assert "pkg/sub/b.py:2 imports pkg.sub.a" in describe(cycles(graph)[0], graph, pkg)
