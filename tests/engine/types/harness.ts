/**
 * Table tests for the builtin types: each case is Python source; its expected
 * output comes from CPython (all cases of a file in one python3 process), and
 * the engine must print exactly the same.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runProgram } from "../../../src/engine/index";

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "oracle.py");

/** A case: one expression (its repr is printed) or, starting with a newline, a block of statements. */
export type Case = string;

/** The program a case stands for; exceptions are caught and printed as "Type: message". */
export function program(c: Case): string {
  const body = c.startsWith("\n") ? c.slice(1) : `print(repr((${c})))`;
  const indented = body
    .split("\n")
    .map((l) => "    " + l)
    .join("\n");
  return `try:\n${indented}\nexcept Exception as e:\n    print(f"{type(e).__name__}: {e}")\n`;
}

/** What CPython prints for each case. */
export function cpython(cases: Case[]): string[] {
  const res = spawnSync("python3", [script], {
    input: JSON.stringify({ programs: cases.map(program) }),
    encoding: "utf8",
    maxBuffer: 1 << 26,
  });
  if (res.status !== 0) throw new Error(`oracle.py failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as string[];
}

/** What the engine prints for a case (stdout, plus stderr if something escaped). */
export function engine(c: Case): string {
  const r = runProgram(program(c), { filename: "main.py" });
  return r.stdout + r.stderr;
}

/** Cases whose engine output differs from CPython's, formatted for a failure message. */
export function mismatches(cases: Case[]): string[] {
  const want = cpython(cases);
  const out: string[] = [];
  cases.forEach((c, i) => {
    const got = engine(c);
    if (got !== want[i])
      out.push(
        `case: ${c.trim()}\n  want: ${JSON.stringify(want[i])}\n  got:  ${JSON.stringify(got)}`,
      );
  });
  return out;
}
