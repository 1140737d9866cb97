/** `interleave run FILE.py [--json] [--seed N]`: run a program as `python3 FILE.py` would. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { runProgram } from "../engine/index";

const USAGE = `usage: interleave run FILE.py [--json] [--seed N] [--max-instructions N]

Runs FILE.py on Interleave's simulated CPython and prints what it printed,
exiting with the same status. --json prints {stdout, stderr, exitCode, elapsed}.`;

/** Parse argv and run; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd !== "run") {
    process.stderr.write(USAGE + "\n");
    return cmd === "--help" || cmd === "-h" ? 0 : 2;
  }
  let file: string | undefined;
  let json = false;
  let seed: number | undefined;
  let maxInstructions: number | undefined;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === "--json") json = true;
    else if (a === "--seed") seed = numberArg(a, rest[++i]);
    else if (a === "--max-instructions") maxInstructions = numberArg(a, rest[++i]);
    else if (a.startsWith("-")) return usageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else return usageError(`unexpected argument ${a}`);
  }
  if (file === undefined) return usageError("missing FILE.py");
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(
      `interleave: can't open file '${resolve(file)}': No such file or directory\n`,
    );
    return 2;
  }
  const r = runProgram(source, { filename: resolve(file), argv0: file, seed, maxInstructions });
  if (json) {
    process.stdout.write(
      JSON.stringify({
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        elapsed: r.elapsed,
      }) + "\n",
    );
    return 0;
  }
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}

function numberArg(name: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || !Number.isFinite(n)) throw new Error(`${name} needs a number`);
  return n;
}

function usageError(msg: string): number {
  process.stderr.write(`interleave: ${msg}\n${USAGE}\n`);
  return 2;
}
