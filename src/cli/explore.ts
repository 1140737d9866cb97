/** `interleave explore FILE.py [options]`: every outcome of a threaded program, with witnesses. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import {
  exploreSync,
  MODEL_NAMES,
  type ExploreOptions,
  type ExploreResult,
} from "../engine/explore/index";

/** Usage text of the explore subcommand. */
export const EXPLORE_USAGE = `usage: interleave explore FILE.py [--mode exhaustive|pct|random] [--runs N]
                         [--preemptions K] [--model any|gil] [--seed N] [--depth D]
                         [--workers N] [--json]

Runs FILE.py under many thread schedules and lists every distinct outcome (what it
printed and its exit status, or a deadlock), each with a schedule that reproduces it.
  --mode         exhaustive (default: every schedule that can matter, with partial-order
                 reduction), pct (priority-based random) or random (uniform)
  --runs N       at most N schedules (default 20000 exhaustive, 1000 pct/random)
  --preemptions K  exhaustive: at most K preemptions per schedule (default: no bound)
  --model        any (default: a switch before any instruction touching shared state)
                 or gil (CPython 3.12 with GIL: switches only at eval breakers)
  --seed N       seed of pct/random (default 0)
  --depth D      pct bug depth (default 3)
  --workers N    explore on N worker threads (default 1: this thread); the search is
                 split by schedule prefix (exhaustive) or run range (pct, random)
  --json         print {complete, schedules, outcomes: [{stdout, exitCode, deadlock,
                 count, preemptions, schedule}]}`;

/** A command-line mistake in `explore` (reported with the usage, status 2). */
export class ExploreUsageError extends Error {}

function numberArg(name: string, v: string | undefined, min: number): number {
  const n = Number(v);
  if (v === undefined || v === "" || !Number.isInteger(n) || n < min)
    throw new ExploreUsageError(`${name} needs a whole number of at least ${min}`);
  return n;
}

/** Parse the arguments after `explore`. */
export function parseExploreArgs(args: string[]): {
  file: string;
  json: boolean;
  workers: number;
  options: ExploreOptions;
} {
  let file: string | undefined;
  let json = false;
  let workers = 1;
  const options: ExploreOptions = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = args[++i];
      if (v === undefined) throw new ExploreUsageError(`${a} needs a value`);
      return v;
    };
    if (a === "--json") json = true;
    else if (a === "--mode") {
      const m = value();
      if (m !== "exhaustive" && m !== "pct" && m !== "random")
        throw new ExploreUsageError(`--mode must be exhaustive, pct or random, not ${m}`);
      options.mode = m;
    } else if (a === "--model") {
      const m = value();
      if (m !== "any" && m !== "gil")
        throw new ExploreUsageError(`--model must be any or gil, not ${m}`);
      options.model = m;
    } else if (a === "--runs") options.runs = numberArg(a, args[++i], 1);
    else if (a === "--preemptions") options.preemptions = numberArg(a, args[++i], 0);
    else if (a === "--seed") options.seed = numberArg(a, args[++i], 0);
    else if (a === "--depth") options.depth = numberArg(a, args[++i], 1);
    else if (a === "--workers") workers = numberArg(a, args[++i], 1);
    else if (a.startsWith("-")) throw new ExploreUsageError(`unknown option ${a}`);
    else if (file === undefined) file = a;
    else throw new ExploreUsageError(`unexpected argument ${a}`);
  }
  if (file === undefined) throw new ExploreUsageError("missing FILE.py");
  return { file, json, workers, options };
}

/** One line saying what was explored, e.g. "all 35 schedules, complete". */
export function exploredLine(r: ExploreResult): string {
  const n = r.schedules.toLocaleString("en-US");
  const model = MODEL_NAMES[r.model];
  if (r.mode !== "exhaustive")
    return `${n} ${r.mode === "pct" ? "PCT" : "random"} schedules, seed ${r.seed} (${model})`;
  const bound = r.preemptionBound === null ? "" : `, at most ${r.preemptionBound} preemptions`;
  const how = r.complete ? "complete" : `incomplete: stopped by the ${r.stoppedBy} budget`;
  return `${r.complete ? "all " : ""}${n} distinct schedules${bound} (${model}), ${how}`;
}

const quote = (s: string) => `"${s.replace(/(["\\$`])/g, "\\$1")}"`;

/** Human-readable report: outcomes with counts, and how to replay each. */
export function formatReport(r: ExploreResult, file: string): string {
  const lines = [`Explored ${exploredLine(r)}.`, `${r.outcomes.length} distinct outcome(s):`, ""];
  r.outcomes.forEach((o, i) => {
    const share = r.schedules ? ((100 * o.count) / r.schedules).toFixed(1) : "0";
    const what = o.deadlock ? "deadlock" : o.stdout === "" ? "printed nothing" : "printed";
    lines.push(`#${i + 1}  ${what}, exit status ${o.exitCode} — ${o.count} schedule(s), ${share}%`);
    if (!o.deadlock && o.stdout !== "")
      for (const l of o.stdout.replace(/\n$/, "").split("\n")) lines.push(`      | ${l}`);
    if (o.deadlock) for (const l of o.deadlock.message.trim().split("\n")) lines.push(`      ${l}`);
    lines.push(
      `    witness (${o.preemptions} preemption(s)): interleave run ${file} --schedule ${quote(o.schedule)}`,
      "",
    );
  });
  lines.push("Counts are over explored schedules, not how often each happens on a real machine.");
  return lines.join("\n") + "\n";
}

/** Run the explore subcommand; returns the exit status (2 for usage mistakes). */
export function exploreCommand(args: string[]): number | Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    process.stdout.write(EXPLORE_USAGE + "\n");
    return 0;
  }
  try {
    return exploreFile(parseExploreArgs(args));
  } catch (e) {
    if (!(e instanceof ExploreUsageError)) throw e;
    process.stderr.write(`interleave: ${e.message}\n${EXPLORE_USAGE}\n`);
    return 2;
  }
}

function exploreFile(args: ReturnType<typeof parseExploreArgs>): number | Promise<number> {
  const { file, json, workers, options } = args;
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    process.stderr.write(
      `interleave: can't open file '${resolve(file)}': No such file or directory\n`,
    );
    return 2;
  }
  const filename = resolve(file);
  if (workers > 1)
    return import("./exploreThreads")
      .then(({ exploreInThreads }) => exploreInThreads(source, { ...options, filename }, workers))
      .then((r) => report(r, file, json));
  return report(
    exploreSync(source, { ...options, filename, now: () => performance.now() }),
    file,
    json,
  );
}

function report(r: ExploreResult, file: string, json: boolean): number {
  if (json) {
    const out = {
      complete: r.complete,
      schedules: r.schedules,
      outcomes: r.outcomes.map((o) => ({
        stdout: o.stdout,
        exitCode: o.exitCode,
        deadlock: o.deadlock,
        count: o.count,
        preemptions: o.preemptions,
        schedule: o.schedule,
      })),
    };
    process.stdout.write(JSON.stringify(out) + "\n");
  } else process.stdout.write(formatReport(r, file));
  return 0;
}
