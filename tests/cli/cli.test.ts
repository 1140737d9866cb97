/** The `interleave` CLI behaves like `python3 FILE.py` (output and exit status). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";

const bin = join(__dirname, "..", "..", "bin", "interleave.mjs");

function cli(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });
}

function program(src: string): string {
  const dir = mkdtempSync(join(tmpdir(), "interleave-"));
  const file = join(dir, "prog.py");
  writeFileSync(file, src);
  return file;
}

test("run prints stdout/stderr and exits with the program's status", () => {
  const file = program('import sys\nprint("hi")\nprint("oops", file=sys.stderr)\nsys.exit(3)\n');
  const r = cli(["run", file]);
  expect(r.stdout).toBe("hi\n");
  expect(r.stderr).toBe("oops\n");
  expect(r.status).toBe(3);
});

test("tracebacks name the file as CPython does", () => {
  const file = program("x = 1\ny = x / 0\n");
  const r = cli(["run", file]);
  expect(r.status).toBe(1);
  expect(r.stderr).toBe(
    `Traceback (most recent call last):\n  File "${file}", line 2, in <module>\n    y = x / 0\n        ~~^~~\nZeroDivisionError: division by zero\n`,
  );
});

test("--json reports output, status and virtual elapsed time", () => {
  const file = program("import time\ntime.sleep(2.5)\nprint('done')\n");
  const r = cli(["run", file, "--json"]);
  expect(r.status).toBe(0);
  const j = JSON.parse(r.stdout) as {
    stdout: string;
    stderr: string;
    exitCode: number;
    elapsed: number;
  };
  expect(j.stdout).toBe("done\n");
  expect(j.exitCode).toBe(0);
  expect(j.elapsed).toBeGreaterThanOrEqual(2.5);
  expect(j.elapsed).toBeLessThan(2.6);
});

test("bad usage and missing files get a message and status 2", () => {
  expect(cli([]).status).toBe(2);
  const r = cli(["run", "/nonexistent/file.py"]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/can't open file/);
});
