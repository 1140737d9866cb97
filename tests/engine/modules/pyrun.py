"""Runs many small programs in one CPython process; prints a JSON list of their outputs.

Each program runs as __main__ in a fresh namespace with stdout captured; an
uncaught exception is reported as its last traceback line ("Type: message").
"""
import contextlib
import io
import json
import sys

programs = json.load(sys.stdin)
out = []
for src in programs:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(src, "main.py", "exec"), {"__name__": "__main__"})
        except BaseException as e:  # noqa: BLE001 - every outcome is data here
            name = type(e).__name__ if type(e).__module__ == "builtins" else f"{type(e).__module__}.{type(e).__name__}"
            print(f"{name}: {e}" if str(e) else name)
    out.append(buf.getvalue())
json.dump(out, sys.stdout)
