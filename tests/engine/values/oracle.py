"""Evaluates a batch of Python expressions for the value-layer tests.

stdin: {"cases": [{"e": "<expression>", "v": {"name": <encoded value>}}]}
stdout: [{"ok": <encoded value>} | {"err": ["<exception type>", "<str(exception)>"]}]

Encoding: {"i": "<decimal>"} is an int, {"f": "<float text>"} a float,
{"b": true} a bool, a JSON string a str, a list a tuple, null is None.
"""
import json
import math
import sys

sys.set_int_max_str_digits(0)


def decode(v):
    if isinstance(v, dict):
        if "i" in v:
            return int(v["i"])
        if "f" in v:
            return float(v["f"])
        if "b" in v:
            return bool(v["b"])
        if "d" in v:
            return {k: decode(x) for k, x in v["d"].items()}
    if isinstance(v, list):
        return tuple(decode(x) for x in v)
    return v


def encode(v):
    if isinstance(v, bool):
        return {"b": v}
    if isinstance(v, int):
        return {"i": str(v)}
    if isinstance(v, float):
        return {"f": repr(v)}
    if isinstance(v, (tuple, list)):
        return [encode(x) for x in v]
    if v is None or isinstance(v, str):
        return v
    return {"repr": repr(v)}


def main():
    cases = json.load(sys.stdin)["cases"]
    compiled = {}
    out = []
    env = {"math": math}
    for case in cases:
        src = case["e"]
        code = compiled.get(src)
        if code is None:
            code = compiled[src] = compile(src, "<case>", "eval")
        names = {k: decode(x) for k, x in case.get("v", {}).items()}
        try:
            out.append({"ok": encode(eval(code, env, names))})
        except Exception as exc:  # the tests compare exception type and message
            out.append({"err": [type(exc).__name__, str(exc)]})
    json.dump(out, sys.stdout)


main()
