/** The `interleave` CLI behaves like `python3 FILE.py` (output and exit status). */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, vi } from "vitest";

// Each test starts Node + tsx processes: give them time on a loaded 2-core machine.
vi.setConfig({ testTimeout: 60_000 });

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

const RACE = `import threading
counter = 0
def work():
    global counter
    for _ in range(20000):
        counter += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(counter)
`;

test("--model free-threaded runs threads in parallel (races lose updates); gil does not", () => {
  const file = program(RACE);
  expect(cli(["run", file]).stdout).toBe("40000\n");
  const ft = cli(["run", file, "--model", "free-threaded", "--cores", "2", "--seed", "4"]);
  expect(Number(ft.stdout)).toBeLessThan(40000);
});

test("--json gives the schedule, and --schedule replays it exactly", () => {
  const file = program(RACE);
  const a = JSON.parse(
    cli(["run", file, "--json", "--model", "free-threaded", "--seed", "9"]).stdout,
  );
  const b = JSON.parse(
    cli(["run", file, "--json", "--model", "free-threaded", "--schedule", a.schedule]).stdout,
  );
  expect(b.stdout).toBe(a.stdout);
  expect(b.schedule === a.schedule).toBe(true);
});

test("--trace writes the versioned trace; --json reports a deadlock", () => {
  const file = program(
    "import threading\nl = threading.Lock()\nl.acquire()\nt = threading.Thread(target=l.acquire)\nt.start()\nt.join()\n",
  );
  const out = join(mkdtempSync(join(tmpdir(), "interleave-")), "trace.json");
  const r = cli(["run", file, "--json", "--trace", out]);
  const j = JSON.parse(r.stdout);
  expect(j.exitCode).toBe(1);
  expect(j.deadlock.threads.map((t: { waiting: string }) => t.waiting)).toEqual([
    "join(Thread-1 (acquire))",
    "Lock#1",
  ]);
  const trace = JSON.parse(readFileSync(out, "utf8"));
  expect(trace.version).toBe(1);
  expect(trace.threads.map((t: { name: string }) => t.name)).toEqual([
    "MainThread",
    "Thread-1 (acquire)",
  ]);
});

test("--chrome-trace writes Chrome Trace Event Format with one named thread per lane", () => {
  const file = program(
    "import threading, time\nt = threading.Thread(target=time.sleep, args=(0.1,))\nt.start()\nt.join()\nprint('ok')\n",
  );
  const out = join(mkdtempSync(join(tmpdir(), "interleave-")), "chrome.json");
  const r = cli(["run", file, "--chrome-trace", out]);
  expect(r.stdout).toBe("ok\n");
  const ct = JSON.parse(readFileSync(out, "utf8"));
  const names = ct.traceEvents
    .filter((e: { ph: string; name: string }) => e.ph === "M" && e.name === "thread_name")
    .map((e: { args: { name: string } }) => e.args.name);
  expect(names).toEqual(expect.arrayContaining(["MainThread", "Thread-1 (sleep)"]));
  expect(ct.traceEvents.some((e: { ph: string }) => e.ph === "X")).toBe(true);
});

test("bad option values are usage errors (status 2)", () => {
  const file = program("print(1)\n");
  for (const args of [
    ["--model", "fast"],
    ["--cores", "0"],
    ["--switch-interval", "x"],
    ["--trace"],
  ]) {
    const r = cli(["run", file, ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^interleave: /);
  }
});
