#!/usr/bin/env python3
"""Print CPython's parse of Python sources as JSON in the shape of src/engine/parse/ast.ts.

This is the oracle for tests/engine/parse.test.ts: our TypeScript parser must
produce exactly what CPython's `ast.parse` produces, serialized the same way.

Usage:
  python3 scripts/ast-to-json.py FILE.py ...     # one result per file, as a JSON list
  python3 scripts/ast-to-json.py < sources.json  # stdin: a JSON list of source strings

Each result is {"ok": <Module>} or {"error": {"kind", "msg", "lineno", "offset",
"end_lineno", "end_offset"}} (the SyntaxError's attributes, from `ast.parse`,
so errors that CPython raises only when compiling, such as "'return' outside
function", are not reported here).

Encoding (the TypeScript test serializes our AST the same way):
- every node is an object whose "type" is the ast.ts tag (the CPython class
  name, except that AsyncFunctionDef/AsyncFor/AsyncWith become FunctionDef/For/
  With with is_async true); operators and contexts are their class names;
- ExceptHandler's `type` field is renamed `exc_type`; `type_comment`,
  `type_ignores` and Constant's `kind` are dropped;
- Constant values are tagged like ConstValue: ints as decimal strings, floats
  (and complex imag parts) as JSON numbers or "inf"/"-inf"/"nan", bytes as hex;
- columns are UTF-16 code units (CPython counts UTF-8 bytes), as in ast.ts.
"""
import ast
import json
import math
import re
import sys

DROPPED_FIELDS = {"type_comment", "type_ignores"}
ASYNC_TWINS = {"AsyncFunctionDef": "FunctionDef", "AsyncFor": "For", "AsyncWith": "With"}
HAS_IS_ASYNC = {"FunctionDef", "For", "With"}
POSITION_FIELDS = ("lineno", "col_offset", "end_lineno", "end_col_offset")


def encode_float(x: float):
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def encode_constant(v):
    if v is None:
        return {"kind": "None"}
    if v is Ellipsis:
        return {"kind": "Ellipsis"}
    if isinstance(v, bool):
        return {"kind": "bool", "value": v}
    if isinstance(v, int):
        return {"kind": "int", "value": str(v)}
    if isinstance(v, float):
        return {"kind": "float", "value": encode_float(v)}
    if isinstance(v, complex):
        return {"kind": "complex", "imag": encode_float(v.imag)}
    if isinstance(v, str):
        return {"kind": "str", "value": v}
    if isinstance(v, bytes):
        return {"kind": "bytes", "value": v.hex()}
    raise TypeError(f"unexpected constant {v!r}")


class Converter:
    def __init__(self, source: str):
        # CPython's tokenizer breaks lines at \r\n, \r and \n only (not at \f etc.).
        self.lines = [line.encode("utf-8") for line in re.split(r"\r\n|\r|\n", source)]

    def col(self, lineno: int, byte_col: int) -> int:
        """UTF-8 byte column -> UTF-16 code unit column."""
        if lineno < 1 or lineno > len(self.lines) or byte_col <= 0:
            return byte_col
        line = self.lines[lineno - 1]
        if line.isascii():
            return byte_col
        prefix = line[:byte_col].decode("utf-8", errors="replace")
        return len(prefix.encode("utf-16-le")) // 2

    def node(self, n):
        if isinstance(n, list):
            return [self.node(x) for x in n]
        if not isinstance(n, ast.AST):
            return n
        name = type(n).__name__
        if isinstance(n, (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)):
            return name
        out = {"type": ASYNC_TWINS.get(name, name)}
        for field in n._fields:
            if field in DROPPED_FIELDS:
                continue
            value = getattr(n, field, None)
            if name == "Constant":
                if field == "value":
                    out["value"] = encode_constant(value)
                continue
            if name == "ExceptHandler" and field == "type":
                field = "exc_type"
            out[field] = self.node(value)
        if out["type"] in HAS_IS_ASYNC:
            out["is_async"] = name in ASYNC_TWINS
        if "lineno" in n._attributes:
            out["lineno"] = n.lineno
            out["col_offset"] = self.col(n.lineno, n.col_offset)
            out["end_lineno"] = n.end_lineno
            out["end_col_offset"] = self.col(n.end_lineno, n.end_col_offset)
        return out


def char_col_to_utf16(lines, lineno, offset):
    """SyntaxError offsets count code points (1-based); ast.ts columns count UTF-16 units."""
    if lineno is None or offset is None or offset <= 1 or lineno < 1 or lineno > len(lines):
        return offset
    return len(lines[lineno - 1][: offset - 1].encode("utf-16-le")) // 2 + 1


def parse_one(source: str) -> dict:
    try:
        tree = ast.parse(source)
    except SyntaxError as e:
        lines = re.split(r"\r\n|\r|\n", source)
        return {
            "error": {
                "kind": type(e).__name__,
                "msg": e.msg,
                "lineno": e.lineno,
                "offset": char_col_to_utf16(lines, e.lineno, e.offset),
                "end_lineno": e.end_lineno,
                "end_offset": char_col_to_utf16(lines, e.end_lineno, e.end_offset),
            }
        }
    return {"ok": Converter(source).node(tree)}


def main() -> None:
    if len(sys.argv) > 1:
        sources = []
        for path in sys.argv[1:]:
            with open(path, encoding="utf-8", newline="") as fh:
                sources.append(fh.read())
    else:
        sources = json.load(sys.stdin)
    json.dump([parse_one(s) for s in sources], sys.stdout, ensure_ascii=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
