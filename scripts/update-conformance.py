#!/usr/bin/env python3
"""Regenerate the CPython expectations of the conformance corpus.

Every `tests/conformance/<suite>/<name>.py` is run by the real `python3` as
`main.py` in a scratch directory (so tracebacks say `File "main.py"` as in the
engine), and what CPython printed is written beside it as `<name>.expected.json`:
{"stdout", "stderr", "exitCode", "elapsed"}. `elapsed` is measured inside the
child, from interpreter start-up to exit (after non-daemon threads are joined), by a
`sitecustomize` hook, rounded to 0.1 s. Paths of CPython's own library in tracebacks
are written as STDLIB (the engine prints the same), so expectations do not depend on
where Python is installed.

Usage: python3 scripts/update-conformance.py [SUITE/NAME_PREFIX ...]   e.g. threads/ or core/04_
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance")


STDLIB = "/usr/lib/python3.11"
TIMER = """
import atexit, sys, time
_t0 = time.monotonic()
def _report():
    with open(sys.argv[0] + ".elapsed", "w") as fh:
        fh.write(str(time.monotonic() - _t0))
atexit.register(_report)
"""


def run_one(path: str) -> tuple[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        main = os.path.join(tmp, "main.py")
        shutil.copyfile(path, main)
        with open(os.path.join(tmp, "sitecustomize.py"), "w") as fh:
            fh.write(TIMER)
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8", PYTHONPATH=tmp)
        env.pop("PYTHONNODEBUGRANGES", None)
        proc = subprocess.run(
            [sys.executable, "main.py"], cwd=tmp, env=env, capture_output=True, timeout=120
        )
        try:
            with open(main + ".elapsed") as fh:
                elapsed = float(fh.read())
        except OSError:  # killed before atexit ran
            elapsed = 0.0
        stdlib = os.path.dirname(os.__file__)
        stderr = proc.stderr.decode("utf-8").replace(main, "main.py").replace(stdlib, STDLIB)
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
            rel = os.path.relpath(p, ROOT)
            if f.endswith(".py") and (not filters or any(rel.startswith(x) for x in filters)):
                paths.append(p)
    # Programs sleep a lot; run several at once (they measure their own time).
    # Programs mostly sleep, so several run at once; few enough not to starve the CPU.
    with ThreadPoolExecutor(max_workers=4) as pool:
        for path, result in pool.map(run_one, sorted(paths)):
            out = path[:-3] + ".expected.json"
            with open(out, "w", encoding="utf-8") as fh:
                json.dump(result, fh, indent=2, ensure_ascii=False)
                fh.write("\n")
            print(f"{os.path.relpath(path, ROOT)}: exit {result['exitCode']}, {result['elapsed']} s")


if __name__ == "__main__":
    main()
