/** `interleave run FILE.py [options]`: run a program as `python3 FILE.py` would. */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { runProgram, type RunOptions } from "../engine/index";
import { toChromeTrace } from "../engine/trace/chrome";

const USAGE = `usage: interleave explore FILE.py [options]   (every outcome; see interleave explore --help)
       interleave run FILE.py [--json] [--seed N] [--max-instructions N]
                     [--model gil|free-threaded] [--switch-interval S] [--cores N]
                     [--schedule FILE|SCHEDULE] [--trace OUT.json] [--chrome-trace OUT.json]

Runs FILE.py on Interleave's simulated CPython and prints what it printed,
exiting with the same status.
  --json               print {stdout, stderr, exitCode, elapsed, deadlock, schedule}
  --model              gil (CPython 3.12, default) or free-threaded (CPython 3.13t)
  --switch-interval S  sys.setswitchinterval() at start (default 0.005)
  --cores N            virtual cores of the free-threaded model and os.cpu_count() (default 4)
  --schedule X         replay a schedule: a file holding one, or the text itself
                       ("thread:instructions ...", as printed by --json)
  --trace OUT.json     write the run's trace (threads, spans, events) to OUT.json
  --chrome-trace OUT.json  write it in Chrome Trace Event Format (opens in Perfetto)`;

/** Parse argv and run; returns the process exit code. */
export async function main(argv: string[]): Promise<number> {
  try {
    // Loaded on demand: `run` does not pay for the explorer's modules at start-up.
    if (argv[0] === "explore") return (await import("./explore")).exploreCommand(argv.slice(1));
    return runCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e.message);
    throw e;
  }
}

function runCommand(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd !== "run") {
    process.stderr.write(USAGE + "\n");
    return cmd === "--help" || cmd === "-h" ? 0 : 2;
  }
  let file: string | undefined;
  let json = false;
  let seed: number | undefined;
  let maxInstructions: number | undefined;
  let traceFile: string | undefined;
  let chromeFile: string | undefined;
  const opts: RunOptions = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = () => {
      const v = rest[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--json") json = true;
    else if (a === "--seed") seed = numberArg(a, rest[++i]);
    else if (a === "--max-instructions") maxInstructions = numberArg(a, rest[++i]);
    else if (a === "--model") {
      const m = value();
      if (m !== "gil" && m !== "free-threaded")
        return usageError(`--model must be gil or free-threaded, not ${m}`);
      opts.model = m;
    } else if (a === "--switch-interval") {
      opts.switchInterval = numberArg(a, rest[++i]);
      if (opts.switchInterval <= 0) return usageError("--switch-interval must be positive");
    } else if (a === "--cores") {
      opts.cores = numberArg(a, rest[++i]);
      if (!Number.isInteger(opts.cores) || opts.cores < 1)
        return usageError("--cores must be a whole number of at least 1");
    } else if (a === "--schedule") {
      const v = value();
      opts.schedule = existsSync(v) ? readFileSync(v, "utf8") : v;
    } else if (a === "--trace") traceFile = value();
    else if (a === "--chrome-trace") chromeFile = value();
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
  const r = runProgram(source, {
    ...opts,
    filename: resolve(file),
    argv0: file,
    seed,
    maxInstructions,
    trace: traceFile !== undefined || chromeFile !== undefined,
  });
  if (traceFile !== undefined) writeFileSync(traceFile, JSON.stringify(r.trace) + "\n");
  if (chromeFile !== undefined)
    writeFileSync(chromeFile, JSON.stringify(toChromeTrace(r.trace!)) + "\n");
  if (json) {
    process.stdout.write(
      JSON.stringify({
        stdout: r.stdout,
        stderr: r.stderr,
        exitCode: r.exitCode,
        elapsed: r.elapsed,
        deadlock: r.deadlock ?? null,
        schedule: r.schedule,
      }) + "\n",
    );
    return 0;
  }
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  return r.exitCode;
}

/** A command-line mistake: reported with the usage text, exit status 2. */
class UsageError extends Error {}

function numberArg(name: string, v: string | undefined): number {
  const n = Number(v);
  if (v === undefined || v === "" || !Number.isFinite(n))
    throw new UsageError(`${name} needs a number`);
  return n;
}

function usageError(msg: string): number {
  process.stderr.write(`interleave: ${msg}\n${USAGE}\n`);
  return 2;
}
