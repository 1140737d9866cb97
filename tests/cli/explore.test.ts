/** `interleave explore`: outcomes with counts and witnesses, as text or one JSON object. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test, vi } from "vitest";
import { COUNTER } from "../programs/counter";

// Each command starts Node and runs the program dozens of times.
vi.setConfig({ testTimeout: 60_000 });

const bin = join(__dirname, "..", "..", "bin", "interleave.mjs");
const cli = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" });

function program(src: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "interleave-explore-")), "prog.py");
  writeFileSync(file, src);
  return file;
}

test("--json prints exactly {complete, schedules, outcomes}; each witness replays with run", () => {
  const file = program(COUNTER);
  const r = cli(["explore", file, "--json"]);
  expect(r.status).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(Object.keys(out)).toEqual(["complete", "schedules", "outcomes"]);
  expect(out.complete).toBe(true);
  expect(out.outcomes.map((o: { stdout: string }) => o.stdout).sort()).toEqual([
    "2\n",
    "3\n",
    "4\n",
  ]);
  for (const o of out.outcomes) {
    expect(Object.keys(o)).toEqual([
      "stdout",
      "exitCode",
      "deadlock",
      "count",
      "preemptions",
      "schedule",
    ]);
    expect(o.deadlock).toBeNull();
    const replay = cli(["run", file, "--schedule", o.schedule]);
    expect(replay.stdout).toBe(o.stdout);
  }
  expect(out.outcomes.reduce((n: number, o: { count: number }) => n + o.count, 0)).toBe(
    out.schedules,
  );
});

test("the text report lists outcomes with counts and the command replaying each", () => {
  const file = program(COUNTER);
  const r = cli(["explore", file, "--model", "gil"]);
  expect(r.status).toBe(0);
  expect(r.stdout).toMatch(
    /^Explored all \d+ distinct schedules \(CPython 3\.12 with GIL\), complete\./,
  );
  expect(r.stdout).toContain("1 distinct outcome(s):");
  expect(r.stdout).toContain("      | 4\n");
  expect(r.stdout).toContain(`interleave run ${file} --schedule "1:`);
  expect(r.stdout).toContain("not how often each happens on a real machine");
});

test("pct and random take --runs and --seed", () => {
  const file = program(COUNTER);
  const r = cli(["explore", file, "--mode", "pct", "--runs", "20", "--seed", "5", "--json"]);
  const out = JSON.parse(r.stdout);
  expect(out.schedules).toBe(20);
  expect(out.complete).toBe(false);
  const text = cli(["explore", file, "--mode", "random", "--runs", "10", "--seed", "2"]);
  expect(text.stdout).toMatch(/^Explored 10 random schedules, seed 2 \(any instruction\)\./);
});

test("deadlocks are outcomes, with their wait-for cycle", () => {
  const file = program(`import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
t1 = threading.Thread(target=one)
t2 = threading.Thread(target=two)
t1.start(); t2.start()
t1.join(); t2.join()
print("finished")
`);
  const out = JSON.parse(cli(["explore", file, "--json", "--preemptions", "2"]).stdout);
  const dl = out.outcomes.find((o: { deadlock: unknown }) => o.deadlock !== null);
  expect(dl.deadlock.cycle).toEqual([2, 3]);
  expect(dl.exitCode).toBe(1);
  expect(out.outcomes.some((o: { stdout: string }) => o.stdout === "finished\n")).toBe(true);
});

test("mistakes are reported with the usage, status 2", () => {
  const file = program(COUNTER);
  for (const args of [
    ["explore"],
    ["explore", file, "--mode", "bfs"],
    ["explore", file, "--model", "free-threaded"],
    ["explore", file, "--runs", "0"],
    ["explore", file, "--frobnicate"],
    ["explore", file, "--workers", "0"],
  ]) {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^interleave: .*\nusage: interleave explore FILE\.py/);
  }
  const missing = cli(["explore", join(tmpdir(), "no-such-file.py")]);
  expect(missing.status).toBe(2);
  expect(missing.stderr).toContain("can't open file");
});

test("--workers 2 (worker threads) finds the same outcomes as one thread", () => {
  const file = program(COUNTER);
  const outcomes = (args: string[]) => {
    const r = cli(["explore", file, "--json", ...args]);
    expect(r.status).toBe(0);
    return JSON.parse(r.stdout) as {
      complete: boolean;
      schedules: number;
      outcomes: { stdout: string; count: number; schedule: string }[];
    };
  };
  const one = outcomes([]);
  const two = outcomes(["--workers", "2"]);
  expect(two.complete).toBe(true);
  const printed = (r: typeof one) => r.outcomes.map((o) => o.stdout).sort();
  expect(printed(two)).toEqual(printed(one));
  expect(printed(two)).toEqual(["2\n", "3\n", "4\n"]);
  // A witness found by a worker thread replays in the main one.
  const lost = two.outcomes.find((o) => o.stdout === "2\n")!;
  expect(cli(["run", file, "--schedule", lost.schedule]).stdout).toBe("2\n");
  // PCT splits by run index: the very same runs, so the same counts.
  const pct = ["--mode", "pct", "--runs", "40", "--seed", "3"];
  const counts = (r: typeof one) => r.outcomes.map((o) => [o.stdout, o.count]);
  expect(counts(outcomes([...pct, "--workers", "2"]))).toEqual(counts(outcomes(pct)));
}, 180_000);
