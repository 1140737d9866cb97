"""Dump the parts of CPython's Unicode database that JS regexes cannot give us.

Read by genUnicodeTables.ts, which diffs it against the JS engine's own data and
writes src/engine/values/unicodeTables.ts. Output: one JSON object on stdout.
"""
import json
import sys
import unicodedata


def ranges(pred):
    out, start = [], None
    for c in range(0x110000 + 1):
        ok = c < 0x110000 and pred(c)
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out += [start, c - 1]
            start = None
    return out


def mapping(fn):
    res = {}
    for c in range(0x110000):
        if 0xD800 <= c <= 0xDFFF:
            continue
        m = fn(chr(c))
        if m != chr(c):
            res[c] = m
    return res


data = {
    "version": unicodedata.unidata_version,
    "unassigned": ranges(lambda c: unicodedata.category(chr(c)) == "Cn"),
    "digit": ranges(lambda c: chr(c).isdigit()),
    "numeric": ranges(lambda c: chr(c).isnumeric()),
    "decimalZeros": [c for c in range(0x110000) if unicodedata.decimal(chr(c), -1) == 0],
    "lowerSet": ranges(lambda c: chr(c).islower()),
    "upperSet": ranges(lambda c: chr(c).isupper()),
    "xidContinue": ranges(lambda c: ("a" + chr(c)).isidentifier()),
    "xidStart": ranges(lambda c: chr(c).isidentifier()),
    "upper": mapping(str.upper),
    "lower": mapping(str.lower),
    "title": mapping(str.title),
    "fold": mapping(str.casefold),
}
json.dump(data, sys.stdout)
