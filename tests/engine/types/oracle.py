"""Runs a batch of small programs under CPython and reports what each printed.

stdin: {"programs": ["<source>", ...]}
stdout: ["<captured stdout>", ...]  (an uncaught exception is appended as "Type: message")
"""
import contextlib
import io
import json
import sys


def run(source):
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            exec(compile(source, "main.py", "exec"), {"__name__": "__main__"})
        except Exception as e:  # noqa: BLE001 - reported like the engine's harness does
            print(f"{type(e).__name__}: {e}")
    return buf.getvalue()


def main():
    programs = json.load(sys.stdin)["programs"]
    json.dump([run(p) for p in programs], sys.stdout)


main()
