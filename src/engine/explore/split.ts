/**
 * Splitting an exploration into parts up front (`exploreInParts` runs them one after another
 * here). The worker pool instead starts with one part and shares work as workers become idle
 * (`Explorer.split`, `Dfs.split`): its parts are the ones a static split with the same
 * prefixes makes, which is why the reasoning below covers both.
 *
 * Exhaustive mode splits by schedule prefix: `splitPrefixes` enumerates every enabled thread
 * at the first choice points (no reduction there) until there are at least `parts` prefixes;
 * each worker runs `explore(source, { ...options, ...part })` on its own parts, and
 * `mergeResults` combines the answers. Because the top levels are enumerated in full, a
 * race a worker finds above its prefix is covered by a sibling prefix and is dropped: the
 * union stays complete. `splitParts` adds each part's earlier siblings as sleepers (sleep
 * sets across parts), so parts rarely run schedules equivalent to another part's.
 * Random and PCT modes split by run index: worker i gets `firstRun` and `runs` for its range
 * (run k always uses the same generator), so the union equals one long exploration.
 */
import { branchStep, controlledRun, type RunSettings } from "./controlled";
import { EXPLORE_MAX_INSTRUCTIONS } from "./explorer";
import { OutcomeTable } from "./outcomes";
import type { ExploreOptions, ExploreResult, SiblingStep } from "./types";

/** Schedule prefixes (lists of thread ids, one per choice point) covering the whole search. */
export function splitPrefixes(source: string, options: ExploreOptions, parts: number): number[][] {
  const settings: RunSettings = {
    model: options.model ?? "any",
    filename: options.filename ?? "main.py",
    maxInstructions: options.maxInstructions ?? EXPLORE_MAX_INSTRUCTIONS,
  };
  const bound = options.preemptions ?? Infinity;
  let frontier: number[][] = [[]];
  while (frontier.length < parts) {
    const next: number[][] = [];
    let grew = false;
    for (const p of frontier) {
      // Follow p, then stop at the next choice point and branch on every enabled thread.
      let children: number[] = [];
      let preemptions = 0;
      controlledRun(source, settings, (choice, enabled, running) => {
        const pick = choice < p.length ? p[choice] : -1;
        if (pick >= 0) {
          if (running !== null && pick !== running) preemptions++;
          return pick;
        }
        children = enabled.filter((t) => running === null || t === running || preemptions < bound);
        // The running thread first, as the sequential search goes: the first part then holds
        // the schedules without a preemption here, and sleep sets prune the later parts.
        children.sort((a, b) => (a === running ? -1 : b === running ? 1 : a - b));
        return -1;
      });
      if (children.length === 0) next.push(p);
      else {
        grew = grew || children.length > 1;
        for (const t of children) next.push([...p, t]);
      }
    }
    if (!grew && next.length === frontier.length && next.every((p, i) => p === frontier[i])) break;
    frontier = next;
  }
  return frontier;
}

/** One part of a split exhaustive search: its prefix and its asleep siblings (see Dfs). */
export interface SearchPart {
  prefix: number[];
  prefixSleep: SiblingStep[][];
}

/**
 * `splitPrefixes`, plus for each part the first steps of the sibling branches that come
 * before it at each split point. A part starts with those asleep, as an earlier sibling is
 * in one sequential search (sleep sets): parts then stop repeating each other's equivalent
 * schedules, and the union stays complete. Same prefixes, same order as `splitPrefixes`.
 */
export function splitParts(source: string, options: ExploreOptions, parts: number): SearchPart[] {
  const prefixes = splitPrefixes(source, options, parts);
  const settings: RunSettings = {
    model: options.model ?? "any",
    filename: options.filename ?? "main.py",
    maxInstructions: options.maxInstructions ?? EXPLORE_MAX_INSTRUCTIONS,
  };
  // The first step of the last choice of each prefix (and of each prefix of a prefix).
  const firstStep = new Map<string, SiblingStep>();
  const stepOf = (p: number[]): SiblingStep => {
    const key = p.join(",");
    let s = firstStep.get(key);
    if (s === undefined) firstStep.set(key, (s = branchStep(source, settings, p)));
    return s;
  };
  // Children of each split point, in prefix order.
  const children = new Map<string, number[]>();
  for (const p of prefixes)
    for (let i = 0; i < p.length; i++) {
      const key = p.slice(0, i).join(",");
      const list = children.get(key) ?? [];
      if (!list.includes(p[i])) list.push(p[i]);
      children.set(key, list);
    }
  if (options.reduction === "none" || options.preemptions !== undefined)
    return prefixes.map((prefix) => ({ prefix, prefixSleep: [] }));
  return prefixes.map((prefix) => ({
    prefix,
    prefixSleep: prefix.map((t, i) => {
      const above = prefix.slice(0, i);
      const siblings = children.get(above.join(",")) ?? [];
      return siblings.slice(0, siblings.indexOf(t)).map((s) => stepOf([...above, s]));
    }),
  }));
}

/** Random/PCT: run ranges for `parts` workers sharing `runs` runs. */
export function splitRuns(runs: number, parts: number): { firstRun: number; runs: number }[] {
  const out: { firstRun: number; runs: number }[] = [];
  let first = 0;
  for (let i = 0; i < parts; i++) {
    const n = Math.floor(runs / parts) + (i < runs % parts ? 1 : 0);
    if (n > 0) out.push({ firstRun: first, runs: n });
    first += n;
  }
  return out;
}

/** Combine the results of the parts of one exploration. */
export function mergeResults(results: ExploreResult[]): ExploreResult {
  const table = new OutcomeTable();
  for (const r of results) for (const o of r.outcomes) table.add(o);
  const first = results[0];
  const stopped = results.find((r) => r.stoppedBy !== null)?.stoppedBy ?? null;
  return {
    ...first,
    complete: results.every((r) => r.complete),
    schedules: results.reduce((n, r) => n + r.schedules, 0),
    pruned: results.reduce((n, r) => n + r.pruned, 0),
    outcomes: table.list(),
    stoppedBy: results.every((r) => r.complete) ? null : stopped,
  };
}

/** Run the parts one after another in this thread (Node, tests): same answer as workers. */
export function exploreInParts(
  source: string,
  options: ExploreOptions,
  parts: number,
  explorePart: (options: ExploreOptions) => ExploreResult,
): ExploreResult {
  const mode = options.mode ?? "exhaustive";
  if (mode !== "exhaustive") {
    const total = options.runs ?? 1_000;
    return mergeResults(splitRuns(total, parts).map((r) => explorePart({ ...options, ...r })));
  }
  const split = splitParts(source, options, parts);
  return mergeResults(split.map((part) => explorePart({ ...options, ...part })));
}
