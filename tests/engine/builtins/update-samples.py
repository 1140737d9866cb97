#!/usr/bin/env python3
"""Regenerate samples/*.expected.json: what CPython 3.11 prints for each samples/*.py.

Each program runs as `main.py` in a scratch directory (so tracebacks name `main.py`,
as the engine's test run does). Usage: python3 tests/engine/builtins/update-samples.py
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "samples")

for path in sorted(glob.glob(os.path.join(HERE, "*.py"))):
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(path, os.path.join(tmp, "main.py"))
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONIOENCODING="utf-8")
        proc = subprocess.run([sys.executable, "main.py"], cwd=tmp, env=env, capture_output=True, timeout=60,
                              stdin=subprocess.DEVNULL)
        main = os.path.join(tmp, "main.py")
    stderr = proc.stderr.decode().replace(main, "main.py")
    out = {"stdout": proc.stdout.decode(), "stderr": stderr, "exitCode": proc.returncode}
    with open(path[:-3] + ".expected.json", "w") as fh:
        json.dump(out, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(os.path.basename(path), "exit", proc.returncode)
