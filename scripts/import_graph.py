"""Print the package's import graph and any cycle in it (imports inside functions count too).

    .venv/bin/python scripts/import_graph.py          # exit 1 when there is a cycle
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "tz_excel"


def graph() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.glob("*.py")):
        name = path.stem
        edges[name] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                if node.module:
                    edges[name].add(node.module.split(".")[0])
                else:
                    edges[name].update(a.name for a in node.names)
    for deps in edges.values():
        deps.discard("__init__")
    return {k: {d for d in v if d in edges and d != k} for k, v in edges.items() if k != "__init__"}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    found, state, stack = [], {}, []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(edges.get(node, ())):
            if state.get(dep) == 1:
                found.append(stack[stack.index(dep):] + [dep])
            elif dep not in state:
                visit(dep)
        stack.pop()
        state[node] = 2

    for node in sorted(edges):
        if node not in state:
            visit(node)
    return found


def main() -> int:
    edges = graph()
    for name in sorted(edges):
        print(f"{name:12} → {', '.join(sorted(edges[name])) or '—'}")
    loops = cycles(edges)
    for loop in loops:
        print("cycle: " + " → ".join(loop))
    print(f"{len(edges)} modules, {sum(map(len, edges.values()))} imports, {len(loops)} cycles")
    return 1 if loops else 0


if __name__ == "__main__":
    sys.exit(main())
