/**
 * Test helper: run snippets through CPython (all in one python3 process) and
 * through the engine, so each test compares the engine with CPython's output.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../../src/engine/index";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "pyrun.py");

/** CPython's stdout for each program (an uncaught exception ends it with "Type: message"). */
export function cpythonOutputs(programs: string[]): string[] {
  const res = spawnSync("python3", [script], {
    input: JSON.stringify(programs),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (res.status !== 0) throw new Error(`pyrun.py failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as string[];
}

/** The engine's output in the same form: stdout, then the last traceback line if it failed. */
export function engineOutput(source: string): string {
  const r = runProgram(source, { filename: "main.py" });
  if (r.exitCode === 0) return r.stdout;
  const lines = r.stderr.trimEnd().split("\n");
  return r.stdout + lines[lines.length - 1] + "\n";
}

/** Dedent a template literal so snippets can be indented in test files. */
export function py(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, "");
  const indent = Math.min(
    ...text
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => l.match(/^ */)![0].length),
  );
  return text
    .split("\n")
    .map((l) => l.slice(indent))
    .join("\n");
}
