/**
 * Random scheduling: uniform (every enabled thread equally likely at every point) and PCT
 * (Burckhardt et al. 2010, as in shuttle): threads get random distinct priorities, the
 * highest-priority enabled thread runs, and at d − 1 random points the running thread drops
 * below all others. A bug of depth d shows up with probability at least 1/(n·k^(d−1)).
 * Run i uses its own seeded generator, so N runs split into ranges across workers.
 */
import { mulberry32 } from "../vm/scheduler";
import type { Policy } from "./controlled";

/** The generator of run `run` of an exploration seeded `seed`. */
export function runRng(seed: number, run: number): () => number {
  return mulberry32((Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(run, 0x85ebca6b)) >>> 0);
}

/** Uniform random choice at every point. */
export function uniformPolicy(rng: () => number): Policy {
  return (_choice, enabled) => enabled[Math.floor(rng() * enabled.length)];
}

/**
 * PCT with depth `depth` over runs of about `points` choice points (from a pilot run).
 */
export function pctPolicy(rng: () => number, depth: number, points: number): Policy {
  const priority = new Map<number, number>();
  // d − 1 change points among the first `points` choices; the i-th lowers to priority i.
  const change = new Map<number, number>();
  const k = Math.max(1, points);
  for (let i = 0; i < depth - 1 && change.size < k;) {
    const at = Math.floor(rng() * k);
    if (change.has(at)) continue;
    change.set(at, depth - 1 - i);
    i++;
  }
  const best = (enabled: number[]) => {
    let t = enabled[0];
    for (const x of enabled) if (priority.get(x)! > priority.get(t)!) t = x;
    return t;
  };
  return (choice, enabled) => {
    // New threads get a random priority above every lowered one.
    for (const t of enabled) if (!priority.has(t)) priority.set(t, depth + rng());
    const t = best(enabled);
    const low = change.get(choice);
    if (low === undefined) return t;
    priority.set(t, low);
    return best(enabled);
  };
}
