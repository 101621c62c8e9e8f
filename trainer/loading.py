"""Read YAML content safely and turn every problem into ``path:line: field: message``."""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from trainer import yaml_limits
from trainer.errors import ContentError, Problem

MAX_BYTES = 1_000_000
M = TypeVar("M", bound=BaseModel)


class LineMap(dict):
    """Maps a path of keys and indexes inside a YAML document to its 1-based line."""

    def line_for(self, loc: tuple) -> int:
        for end in range(len(loc), -1, -1):
            if loc[:end] in self:
                return self[loc[:end]]
        return 1


def _walk(node: yaml.Node, path: tuple, lines: LineMap, problems: list[tuple[int, tuple, str]]) -> None:
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append((line, path + (key,), f"duplicate key (first defined on line {seen[key]})"))
            seen.setdefault(key, line)
            lines.setdefault(path + (key,), line)
            _walk(value_node, path + (key,), lines, problems)
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1
            _walk(item, path + (i,), lines, problems)


def read_text(path: Path, label: str) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError([Problem(label, 0, "", "no such file")]) from None
    except IsADirectoryError:
        raise ContentError([Problem(label, 0, "", "is a directory, not a file")]) from None
    except OSError as exc:
        raise ContentError([Problem(label, 0, "", f"cannot be read: {exc.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        raise ContentError([Problem(label, 0, "", f"file is {len(raw):,} bytes; content files are limited to 1 MB")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ContentError([Problem(label, line, "", f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")]) from None


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: the same nodes and marks, ten times faster


def read_yaml(path: Path, label: str | None = None) -> tuple[dict, LineMap]:
    """Parse one YAML document with the safe loader, keeping the line of every key."""
    label = label or str(path)
    text = read_text(path, label)
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        raise ContentError([Problem(label, 1, "", "file is empty")])
    try:
        yaml_limits.check(text)
    except yaml_limits.YamlTooComplex as exc:
        raise ContentError([Problem(label, exc.line, "", exc.message)]) from None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = exc.problem or exc.context or "invalid YAML"
        raise ContentError([Problem(label, line, "", f"YAML syntax error: {message}")]) from None
    except yaml.YAMLError as exc:
        raise ContentError([Problem(label, 1, "", f"YAML error: {exc}")]) from None
    except RecursionError:
        raise ContentError([Problem(label, 1, "", "nested too deeply")]) from None
    finally:
        loader.dispose()
    if not isinstance(data, dict):
        kind = type(data).__name__ if data is not None else "nothing"
        raise ContentError([Problem(label, 1, "", f"expected a mapping of fields at the top level, found {kind}")])
    lines = LineMap({(): 1})
    dupes: list[tuple[int, tuple, str]] = []
    _walk(node, (), lines, dupes)
    if dupes:
        raise ContentError([Problem(label, line, _field(loc), msg) for line, loc, msg in dupes])
    return data, lines


def _field(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _unwrap(annotation: Any) -> Any:
    """The model class inside Annotated/Optional/list/dict, if there is one."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (list, tuple, set):
            annotation = typing.get_args(annotation)[0]
        elif origin is dict:
            annotation = typing.get_args(annotation)[1]
        elif origin in (typing.Union, types.UnionType):
            models = [a for a in typing.get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
            return models[0] if models else None
        else:
            return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        if current is None or part not in current.model_fields:
            return None
        current = _unwrap(current.model_fields[part].annotation)
    return current


def _message(error: dict, model: type[BaseModel], loc: tuple) -> str:
    kind = error["type"]
    if kind == "extra_forbidden":
        parent = _model_at(model, loc[:-1])
        known = sorted(parent.model_fields) if parent else []
        guess = difflib.get_close_matches(str(loc[-1]), known, n=1)
        hint = f"; did you mean {guess[0]!r}?" if guess else (f"; known fields: {', '.join(known)}" if known else "")
        return f"unknown field{hint}"
    if kind == "missing":
        return "required field is missing"
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    message = message[0].lower() + message[1:]
    if kind not in ("value_error",) and "input" in error and not isinstance(error["input"], dict | list):
        shown = repr(error["input"])
        if len(shown) > 40:
            shown = shown[:37] + "..."
        message += f" (got {shown})"
    return message


def validate(model: type[M], data: dict, lines: LineMap, label: str) -> M:
    """Build the model or raise ContentError listing every problem with its line."""
    try:
        obj = model.model_validate(data)
    except ValidationError as exc:
        problems = []
        for error in exc.errors():
            loc = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith(("[", "function-"))))
            problems.append(Problem(label, lines.line_for(loc), _field(loc), _message(error, model, loc)))
        raise ContentError(problems) from None
    extra = getattr(obj, "reference_problems", None)
    if extra:
        problems = [Problem(label, lines.line_for(loc), _field(loc), msg) for loc, msg in extra()]
        if problems:
            raise ContentError(problems)
    return obj


def load_model(model: type[M], path: Path, label: str | None = None) -> M:
    label = label or str(path)
    data, lines = read_yaml(path, label)
    return validate(model, data, lines, label)
