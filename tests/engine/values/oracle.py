"""Evaluates a batch of Python expressions for the value-layer tests.

stdin: {"cases": [{"e": "<expression>", "v": {"name": <encoded value>}}]}
stdout: [{"ok": <encoded value>} | {"err": ["<exception type>", "<str(exception)>"]}]

Encoding: {"i": "<decimal>"} is an int, {"f": "<float text>"} a float,
{"b": true} a bool, a JSON string a str, a list a tuple, null is None.
"""
import decimal
import json
import math
import sys
from fractions import Fraction

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


def exact_pow(x, y):
    """x ** y correctly rounded (what a perfect C pow() would return)."""
    if y == int(y) and abs(y) <= 10000:
        return float(Fraction(x) ** int(y))
    with decimal.localcontext() as ctx:
        ctx.prec = 100
        return float(decimal.Decimal(x) ** decimal.Decimal(y))


def char_signatures(cps):
    """Per code point: str predicates as 0/1 flags, then case mappings and repr, '|'-separated."""
    preds = ("isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "isalnum", "isprintable",
             "isupper", "islower", "istitle", "isidentifier")
    out = []
    for c in cps:
        ch = chr(c)
        flags = "".join("1" if getattr(ch, p)() else "0" for p in preds)
        flags += "1" if ("a" + ch).isidentifier() else "0"
        out.append("|".join([flags, ch.upper(), ch.lower(), ch.title(), ch.casefold(),
                             ch.capitalize(), ch.swapcase(), repr(ch), ascii(ch)]))
    return out


def main():
    cases = json.load(sys.stdin)["cases"]
    compiled = {}
    out = []
    env = {"math": math, "exact_pow": exact_pow, "char_signatures": char_signatures}
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
