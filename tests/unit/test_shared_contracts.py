"""Small contracts shared across layers are defined once: `app.domain.progress`."""

from __future__ import annotations

import ast
from pathlib import Path

from app.domain.progress import never_cancelled, no_progress

APP = Path(__file__).resolve().parents[2] / "app"
HOME = APP / "domain" / "progress.py"
SHAPES = {"Callable[[str, float], None]": "Progress", "Callable[[], bool]": "Cancelled"}


def _definitions(path: Path) -> list[str]:
    """`file:line name` for each module-level alias of a progress or cancel callback type and
    each module-level function that does nothing with a (stage, share) pair."""
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            shape = ast.unparse(node.value)
            if shape in SHAPES:
                found.append(f"{path.relative_to(APP.parent)}:{node.lineno} {SHAPES[shape]}")
        elif isinstance(node, ast.FunctionDef) and _does_nothing_with_progress(node):
            found.append(f"{path.relative_to(APP.parent)}:{node.lineno} {node.name}")
    return found


def _does_nothing_with_progress(node: ast.FunctionDef) -> bool:
    arguments = [a.annotation and ast.unparse(a.annotation) for a in node.args.args]
    body = [
        s for s in node.body if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))
    ]
    empty = not body or (
        len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is None
    )
    return arguments == ["str", "float"] and empty


def test_progress_and_cancel_types_are_defined_once() -> None:
    copies = [
        found for path in sorted(APP.rglob("*.py")) if path != HOME for found in _definitions(path)
    ]
    assert copies == [], "import these from app.domain.progress instead:\n" + "\n".join(copies)


def test_quiet_defaults_report_nothing_and_never_stop() -> None:
    assert no_progress("copy", 0.5) is None
    assert never_cancelled() is False
