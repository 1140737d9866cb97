/**
 * Test helper: evaluate many Python expressions in ONE python3 process and
 * compare them with the value layer's results, value for value and error for
 * error (exception type and message).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ValueLayerError } from "../../../src/engine/values/errors";
import type { PyInt } from "../../../src/engine/values/intCore";

/** A value as exchanged with oracle.py. */
export type Enc =
  | { i: string }
  | { f: string }
  | { b: boolean }
  | { d: Record<string, Enc> }
  | { repr: string }
  | string
  | null
  | Enc[];

/** What evaluating one case gave: a value or an exception. */
export type Outcome = { ok: Enc } | { err: [string, string] };

/** One expression to evaluate, with its variables. */
export interface PyCase {
  e: string;
  v?: Record<string, Enc>;
}

/** Encodes an int. */
export const I = (v: PyInt | number): Enc => ({ i: BigInt(v).toString() });
/** Encodes a float (String() round-trips, and Python's float() reads "Infinity", "NaN", "-0"). */
export const F = (x: number): Enc => ({ f: Object.is(x, -0) ? "-0.0" : String(x) });

const script = path.join(path.dirname(fileURLToPath(import.meta.url)), "oracle.py");

// `python3` may be a slow shim (pyenv adds ~0.4 s per start); resolve the interpreter once.
let interpreter: string | null = null;
function python(): string {
  if (interpreter === null) {
    const r = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], {
      encoding: "utf8",
    });
    interpreter = r.status === 0 && r.stdout.trim() !== "" ? r.stdout.trim() : "python3";
  }
  return interpreter;
}

/** Runs all cases through CPython in a single subprocess. */
export function runPython(cases: PyCase[]): Outcome[] {
  const res = spawnSync(python(), [script], {
    input: JSON.stringify({ cases }),
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (res.status !== 0) throw new Error(`oracle.py failed: ${res.stderr}`);
  return JSON.parse(res.stdout) as Outcome[];
}

/** Runs `fn` and captures its value (encoded with `enc`) or its ValueLayerError. */
export function ours<T>(fn: () => T, enc: (v: T) => Enc): Outcome {
  try {
    return { ok: enc(fn()) };
  } catch (e) {
    if (e instanceof ValueLayerError) return { err: [e.pyType, e.message] };
    throw e;
  }
}

// Floats compare by value: Python's repr and JS's String() spell them differently.
function canon(v: Enc): unknown {
  if (v !== null && typeof v === "object" && !Array.isArray(v) && "f" in v) {
    const t = v.f.replace(/^(-?)inf$/, "$1Infinity").replace(/^nan$/, "NaN");
    const x = Number(t);
    return { f: Object.is(x, -0) ? "-0" : String(x) };
  }
  if (Array.isArray(v)) return v.map(canon);
  return v;
}

/** Whether two outcomes agree (floats by value, -0.0 distinct from 0.0). */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  const ca = "ok" in a ? { ok: canon(a.ok) } : a;
  const cb = "ok" in b ? { ok: canon(b.ok) } : b;
  return JSON.stringify(ca) === JSON.stringify(cb);
}

/**
 * Compares our outcome with CPython's for every case and returns the first
 * `limit` disagreements, formatted for a readable test failure.
 */
export function mismatches(
  cases: PyCase[],
  py: Outcome[],
  mine: (c: PyCase, i: number) => Outcome,
  limit = 10,
): string[] {
  const bad: string[] = [];
  for (let i = 0; i < cases.length && bad.length < limit; i++) {
    const m = mine(cases[i], i);
    if (!sameOutcome(m, py[i])) {
      bad.push(
        `${cases[i].e} with ${JSON.stringify(cases[i].v)}: CPython ${JSON.stringify(py[i])}, ours ${JSON.stringify(m)}`,
      );
    }
  }
  return bad;
}

/** Compares against CPython in one batch: evaluates `cases` in python3, then `mine` on each. */
export function checkAgainstCPython(
  cases: PyCase[],
  mine: (c: PyCase, i: number) => Outcome,
): string[] {
  return mismatches(cases, runPython(cases), mine);
}
