/**
 * Every program under tests/conformance/ runs through the engine and must print
 * exactly what CPython printed (see scripts/update-conformance.py).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { runProgram } from "../src/engine/index";

interface Expected {
  stdout: string;
  stderr: string;
  exitCode: number;
  elapsed: number;
}

const root = join(__dirname, "conformance");
/** Every suite of CPython-checked programs. */
const suites = ["core", "threads", "compare"];

for (const suite of suites) {
  describe(suite, () => {
    const dir = join(root, suite);
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith(".py"))
      .sort()) {
      test(f, () => {
        const source = readFileSync(join(dir, f), "utf8");
        const want = JSON.parse(
          readFileSync(join(dir, f.replace(/\.py$/, ".expected.json")), "utf8"),
        ) as Expected;
        const got = runProgram(source, { filename: "main.py" });
        expect({ stdout: got.stdout, stderr: got.stderr, exitCode: got.exitCode }).toEqual({
          stdout: want.stdout,
          stderr: want.stderr,
          exitCode: want.exitCode,
        });
        expect(Math.abs(got.elapsed - want.elapsed)).toBeLessThanOrEqual(0.15);
      });
    }
  });
}
