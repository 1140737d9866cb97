/**
 * Parts of one exploration: run ranges for PCT and random (worker i gets `firstRun` and `runs`
 * for its range; run k always uses the same generator, so the union equals one long
 * exploration), and the merge of the parts' answers. The exhaustive search is divided while
 * it runs instead (work sharing: `Explorer.split`, `Dfs.split`).
 */
import { OutcomeTable } from "./outcomes";
import type { ExploreResult } from "./types";

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
