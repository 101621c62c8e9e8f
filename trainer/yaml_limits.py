"""Limits on YAML structure, checked before a document is built.

PyYAML's safe loader refuses dangerous tags but not expensive shapes: an alias bomb
("billion laughs") expands to billions of nodes in anything that walks the result, and
a document nested thousands deep overflows the recursive composer. One streaming pass
over the parser's events (which is iterative, and in C when LibYAML is there) measures
both, so a hostile file is refused with its line in well under a second.
"""

from __future__ import annotations

import yaml

MAX_DEPTH = 64  # collections inside collections; real content uses fewer than ten
MAX_ALIASED_NODES = 100_000  # nodes that aliases add when expanded


class YamlTooComplex(ValueError):
    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line
        self.message = message


def check(text: str, loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)) -> None:
    """Raise YamlTooComplex when the document nests too deeply or its aliases expand too far.

    Syntax errors are left for the real load to report.
    """
    sizes: dict[str, int] = {}  # anchor -> nodes in the anchored subtree
    stack: list[list] = []  # open collections: [anchor, nodes so far]
    aliased = 0
    try:
        for event in yaml.parse(text, Loader=loader):
            if isinstance(event, yaml.CollectionStartEvent):
                if len(stack) >= MAX_DEPTH:
                    raise YamlTooComplex(_line(event), f"nested more than {MAX_DEPTH} levels deep")
                stack.append([event.anchor, 1])
            elif isinstance(event, yaml.CollectionEndEvent):
                anchor, count = stack.pop()
                if anchor:
                    sizes[anchor] = count
                if stack:
                    stack[-1][1] += count
            elif isinstance(event, yaml.ScalarEvent):
                if event.anchor:
                    sizes[event.anchor] = 1
                if stack:
                    stack[-1][1] += 1
            elif isinstance(event, yaml.AliasEvent):
                size = sizes.get(event.anchor, 1)
                aliased += size
                if aliased > MAX_ALIASED_NODES:
                    raise YamlTooComplex(
                        _line(event), f"aliases expand to more than {MAX_ALIASED_NODES:,} values; write the content out instead"
                    )
                if stack:
                    stack[-1][1] += size
    except yaml.YAMLError:
        # LibYAML stops at its own depth limit before streaming the events we count; the
        # pure-Python parser streams them, so let it measure (its composer would overflow)
        if loader is not yaml.SafeLoader:
            check(text, yaml.SafeLoader)
        return
    except RecursionError:  # pragma: no cover - the depth limit comes first
        raise YamlTooComplex(1, "nested too deeply") from None


def _line(event) -> int:
    return event.start_mark.line + 1 if event.start_mark else 1
