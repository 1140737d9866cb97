#!/usr/bin/env python3
"""Regenerate the CPython expectations of the conformance corpus.

Every `tests/conformance/<suite>/<name>.py` is run by the real `python3` as
`main.py` in a scratch directory (so tracebacks say `File "main.py"` as in the
engine), and what CPython printed is written beside it as `<name>.expected.json`:
{"stdout", "stderr", "exitCode", "elapsed"} where elapsed is the wall time in
seconds rounded to 0.1 (the engine's virtual time must round to the same value).

Usage: python3 scripts/update-conformance.py [NAME_OR_PATH_SUBSTRING ...]
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance")


def run_one(path: str) -> tuple[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        main = os.path.join(tmp, "main.py")
        shutil.copyfile(path, main)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        env.pop("PYTHONNODEBUGRANGES", None)
        start = time.monotonic()
        proc = subprocess.run(
            [sys.executable, "main.py"], cwd=tmp, env=env, capture_output=True, timeout=120
        )
        elapsed = time.monotonic() - start
        stderr = proc.stderr.decode("utf-8").replace(main, "main.py")
        return path, {
            "stdout": proc.stdout.decode("utf-8"),
            "stderr": stderr,
            "exitCode": proc.returncode,
            "elapsed": round(elapsed, 1),
        }


def main() -> None:
    filters = sys.argv[1:]
    paths = []
    for dirpath, _, files in os.walk(ROOT):
        for f in sorted(files):
            p = os.path.join(dirpath, f)
            if f.endswith(".py") and (not filters or any(x in p for x in filters)):
                paths.append(p)
    # Programs sleep a lot; run several at once (they measure their own time).
    with ThreadPoolExecutor(max_workers=8) as pool:
        for path, result in pool.map(run_one, sorted(paths)):
            out = path[:-3] + ".expected.json"
            with open(out, "w", encoding="utf-8") as fh:
                json.dump(result, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            print(f"{os.path.relpath(path, ROOT)}: exit {result['exitCode']}, {result['elapsed']} s")


if __name__ == "__main__":
    main()
