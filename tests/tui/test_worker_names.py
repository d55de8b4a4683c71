"""Every thread worker of the reading room is named by its `@work(description=...)`.

Without one, Textual names the worker by the repr of every argument it is started with, on
the UI thread, at each start: an Article's repr holds its whole text, so starting the marks
worker for two long articles (3,000 paragraphs) took some 60 ms, and it starts at every
change of article, granularity or bookmark."""

from __future__ import annotations

import ast
from pathlib import Path

import reader.tui


def unnamed_workers(folder: Path) -> list[str]:
    """`file:function` of each function decorated with `work(...)` that gives no description."""
    found = []
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for decorator in node.decorator_list:
                call = decorator if isinstance(decorator, ast.Call) else None
                name = getattr(call.func, "id", getattr(call.func, "attr", None)) if call else (
                    getattr(decorator, "id", getattr(decorator, "attr", None)))
                if name == "work" and not (call and any(k.arg == "description" for k in call.keywords)):
                    found.append(f"{path.name}:{node.name}")
    return found


def test_every_worker_is_named_without_the_repr_of_its_arguments():
    assert unnamed_workers(Path(reader.tui.__file__).parent) == []
