/**
 * Parts of one exploration: run ranges for PCT and random (worker i gets `firstRun` and `runs`
 * for its range; run k always uses the same generator, so the union equals one long
 * exploration), the merge of the parts' answers, and the board that turns the work parts
 * hand over into new parts. The exhaustive search is divided while it runs (work sharing:
 * `Explorer.split`, `Dfs.split`).
 */
import { OutcomeTable } from "./outcomes";
import type { ExploreResult, Handoff, PartOptions } from "./types";

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

const pathKey = (path: readonly number[]) => path.join(" ");

/**
 * Where a shared exhaustive search keeps track of its branches: for every point some part
 * fixed, the threads taken there so far (in search order). It turns handoffs into parts:
 * a branch already taken (two parts found the same race, or a part was given it) is
 * dropped, and a new one starts with every branch taken before it at its point asleep
 * (those `prefixSleep` does not give already, as `prefixAsleep`). PCT/random parts pass.
 */
export class ShareBoard {
  private readonly taken = new Map<string, number[]>();

  /** Record `h`'s fixed points; the new parts to run, in order. */
  accept(h: Handoff): PartOptions[] {
    for (const f of h.fixed) {
      const key = pathKey(f.path);
      if (this.taken.has(key)) throw new Error(`explore: point [${key}] was fixed twice`);
      this.taken.set(key, [...f.taken]);
    }
    const out: PartOptions[] = [];
    for (const p of h.parts) {
      if (p.prefix === undefined || p.prefix.length === 0) {
        out.push(p);
        continue;
      }
      const t = p.prefix[p.prefix.length - 1];
      const taken = this.taken.get(pathKey(p.prefix.slice(0, -1)));
      if (taken === undefined) throw new Error("explore: a branch at a point no part fixed");
      if (taken.includes(t)) continue;
      const known = new Set((p.prefixSleep?.at(-1) ?? []).map((s) => s.thread));
      const asleep = taken.filter((x) => !known.has(x));
      out.push(asleep.length ? { ...p, prefixAsleep: asleep } : p);
      taken.push(t);
    }
    return out;
  }
}
