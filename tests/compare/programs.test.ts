/**
 * The Compare generator: one program per strategy, the workload written into it, and the
 * committed CPython-checked corpus (tests/conformance/compare) still what it generates.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_WORKLOAD,
  STRATEGIES,
  expectedLine,
  expectedTotal,
  programFor,
  type Workload,
} from "../../src/compare/programs";
import { runProgram } from "../../src/engine";
import { corpusFiles } from "./corpus";

const W: Workload = { durations: [0.5, 0.25, 2], workers: 3, failing: null };

describe("expected total", () => {
  it("sums n² over the tasks that do not raise", () => {
    expect(expectedTotal(W)).toBe(1 + 4 + 9);
    expect(expectedTotal({ ...W, failing: 2 })).toBe(1 + 9);
    expect(expectedLine(DEFAULT_WORKLOAD)).toBe("total = 21");
  });
});

describe("programFor", () => {
  it("writes the workload into every program", () => {
    for (const s of STRATEGIES) {
      const src = programFor(s.id, W);
      expect(src, s.id).toContain("DURATIONS = [0.5, 0.25, 2]");
      expect(src, s.id).toContain("WORKERS = 3");
      expect(src, s.id).not.toContain("raise ValueError");
    }
  });

  it("makes the failing task raise, and only the pool catches it (from result())", () => {
    for (const s of STRATEGIES) {
      const src = programFor(s.id, { ...W, failing: 2 });
      expect(src, s.id).toContain("    if n == 2:\n        raise ValueError");
      expect(src.includes("except ValueError"), s.id).toBe(s.id === "pool");
    }
  });

  it("uses the idiom each strategy is named for", () => {
    const src = (id: (typeof STRATEGIES)[number]["id"]) => programFor(id, W);
    expect(src("pool")).toMatch(/ThreadPoolExecutor\(max_workers=WORKERS\)[\s\S]*\.result\(\)/);
    expect(src("no-lock")).toContain("        total += task(n, seconds)");
    expect(src("no-lock")).not.toContain("Lock()");
    expect(src("lock")).toMatch(/with lock:[^\n]*\n\s+total \+= value/);
    expect(src("queue")).toMatch(/jobs\.get\(\)[\s\S]*results\.put\(/);
    expect(src("callback")).toMatch(/callback\(task\(n, seconds\)\)/);
  });

  it("is deterministic and prints the expected total when nothing can race", () => {
    // One worker: every strategy runs the tasks one after the other.
    const one = { ...W, workers: 1 };
    for (const s of STRATEGIES) {
      expect(programFor(s.id, one)).toBe(programFor(s.id, one));
      const r = runProgram(programFor(s.id, one), { filename: "main.py" });
      expect(r.stdout, s.id).toBe(`${expectedLine(one)}\n`);
      expect(r.exitCode, s.id).toBe(0);
    }
  });
});

describe("the CPython-checked corpus", () => {
  const dir = join(import.meta.dirname, "..", "conformance", "compare");
  for (const { name, source } of corpusFiles())
    it(`${name}.py is what the generator writes (regenerate: npm run compare:update)`, () => {
      const file = join(dir, `${name}.py`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, "utf8")).toBe(source);
      expect(existsSync(join(dir, `${name}.expected.json`))).toBe(true);
    });
});
