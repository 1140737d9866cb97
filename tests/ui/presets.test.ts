/**
 * The strategy presets: the guide's samples are the guide's text byte for byte, and every
 * preset prints in the engine what CPython 3.11 printed for it (src/presets/expected.json,
 * recorded with python3 as main.py, with the wall time rounded to 0.1 s).
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runProgram } from "../../src/engine";

const DIR = join(import.meta.dirname, "../../src/presets");
const SEED = join(import.meta.dirname, "../../../shared/seed/samples");
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as Record<
  string,
  { stdout: string; stderr: string; exitCode: number; elapsed: number }
>;

describe("guide samples", () => {
  it.runIf(existsSync(SEED))("are the guide's files byte for byte", () => {
    for (const name of readdirSync(SEED))
      expect(readFileSync(join(DIR, `guide_${name}`), "utf8"), name).toBe(
        readFileSync(join(SEED, name), "utf8"),
      );
  });
});

describe("presets print what CPython printed", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".py"));
  it("has an expectation for every preset", () => {
    expect(Object.keys(expected).sort()).toEqual(files.sort());
  });
  for (const file of files) {
    it(file, () => {
      const r = runProgram(readFileSync(join(DIR, file), "utf8"), { filename: "main.py" });
      const e = expected[file];
      expect({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode }).toEqual({
        stdout: e.stdout,
        stderr: e.stderr,
        exitCode: e.exitCode,
      });
      // CPython's wall time adds start-up and imports (up to ~0.2 s); the engine's is virtual.
      expect(r.elapsed).toBeLessThanOrEqual(e.elapsed + 0.05);
      expect(r.elapsed).toBeGreaterThanOrEqual(e.elapsed - 0.25);
    });
  }
});
