/**
 * Exhaustive depth-first search over scheduling choices, stateless (every schedule is run
 * from the start, replaying the choices of the current DFS path).
 *
 * Reduction (reduction "dpor"): dynamic partial-order reduction (Flanagan & Godefroid 2005,
 * as in loom and CDSChecker) plus sleep sets (Godefroid). After each run, every pair of
 * steps of different threads that touch the same object (one writing) and are not already
 * ordered by happens-before is a race; the point before the earlier step gets the later
 * step's thread as a branch to try (or every enabled thread, when that one was not enabled
 * there). Branches whose first step commutes with what runs next sleep, and a run where
 * only sleeping threads could go on is abandoned: it is equivalent to one already run.
 * Without reduction ("none"), every enabled thread is tried at every point: the naive count.
 *
 * Preemption bound (CHESS): schedules with more than K switches away from a thread that
 * could go on are not run. Bounded searches use no sleep sets (they are unsound together),
 * and a race whose branch would exceed the bound is tried at the latest earlier point where
 * it fits (the conservative fix of Coons, Musuvathi & McKinley 2013).
 *
 * Shared between workers (as in distributed DPOR, Yang et al. 2007, Simsa et al. 2012): a
 * search gives away branches DPOR has already asked for (`split`), fixing the points above
 * them, and a race it later finds at a fixed point becomes a branch for another part to run
 * (`requests`); `ShareBoard` keeps one part per branch. Nothing is enumerated beyond what
 * DPOR asks for, so sharing adds few schedules to one search's.
 */
import { dependent, dependentAcross, Footprint } from "./access";
import type { ControlledRun, Policy, Step } from "./controlled";
import type { FixedPoint, PartOptions, SiblingStep } from "./types";

/** A choice point on the DFS path. */
interface Node {
  enabled: number[];
  running: number | null;
  chosen: number;
  /** Index of the step this point starts in the current run. */
  step: number;
  /** Preemptions before this point. */
  pre: number;
  backtrack: Set<number>;
  done: Set<number>;
  /** Sleeping threads on reaching this point, with their next step. */
  sleep: Map<number, Asleep>;
  /** The first step of each thread explored from here. */
  explored: Map<number, Asleep>;
}

/** A step run in an earlier schedule, postponed here: its accesses and their id mark. */
interface Asleep {
  acc: Footprint;
  mark: number;
}

/**
 * Races of a run (FG 2005 with vector clocks): calls `add(i, p)` for the latest step i that
 * is dependent with a later step of thread p and not ordered before it.
 */
export function findRaces(steps: readonly Step[], add: (i: number, thread: number) => void): void {
  const clocks: number[][] = [];
  const threadClock = new Map<number, number[]>();
  for (let j = 0; j < steps.length; j++) {
    const sj = steps[j];
    const p = sj.thread;
    const before = threadClock.get(p) ?? [];
    const c = before.slice();
    let raced = false;
    for (let i = j - 1; i >= 0; i--) {
      const si = steps[i];
      if (si.thread === p || !dependent(si.acc, sj.acc)) continue;
      if (!raced && i > (before[si.thread] ?? -1)) {
        add(i, p);
        raced = true;
      }
      const ci = clocks[i];
      for (let k = 0; k < ci.length; k++) if (ci[k] !== undefined && !(c[k] >= ci[k])) c[k] = ci[k];
    }
    c[p] = j;
    clocks[j] = c;
    threadClock.set(p, c);
    // A thread's first step happens after the step that started it.
    for (const n of sj.created) threadClock.set(n, c.slice());
  }
}

/**
 * Work given away by `Dfs.split`: the points fixed (each with the threads taken there), and
 * one part per thread given, at the last fixed point.
 */
export interface DfsSplit {
  fixed: FixedPoint[];
  parts: PartOptions[];
}

/** A step as a sibling part sees it (plain data, so it can cross to another worker). */
function siblingStep(thread: number, a: Asleep): SiblingStep {
  return { thread, accesses: a.acc.list(), mark: a.mark };
}

/** The DFS: its `policy` drives a run, `advance` picks the next branch after it. */
export class Dfs {
  private stack: Node[] = [];
  private preCount = 0;
  private preSeen = 0;
  private readonly sleepSets: boolean;
  /** Choices fixed for this search (a split part): never branched. Grows when it splits. */
  private readonly prefix: number[];
  /** Per prefix choice, sibling branches explored by other parts (they start asleep). */
  private readonly prefixSleep: SiblingStep[][];
  /** Branches at fixed points that races asked for, not handed over yet (see `requests`). */
  private wanted: PartOptions[] = [];
  /** Fixed point and thread of every branch asked for so far ("k t"), to ask once. */
  private readonly asked = new Set<string>();

  constructor(
    private readonly reduce: boolean,
    private readonly bound: number | null,
    prefix: readonly number[] = [],
    prefixSleep: readonly SiblingStep[][] = [],
  ) {
    this.sleepSets = reduce && bound === null;
    this.prefix = [...prefix];
    this.prefixSleep = prefixSleep.map((l) => [...l]);
  }

  /** A sibling part's first step at prefix point `choice`, as an explored branch here. */
  private siblingsAt(choice: number): Map<number, Asleep> {
    const out = new Map<number, Asleep>();
    for (const s of this.prefixSleep[choice] ?? []) {
      const acc = new Footprint();
      for (const [id, key, write] of s.accesses) acc.add(id, key, write);
      out.set(s.thread, { acc, mark: s.mark });
    }
    return out;
  }

  /** Depth of the current path (choice points of the last run). */
  get depth(): number {
    return this.stack.length;
  }

  private within(n: { pre: number; running: number | null }, t: number): boolean {
    if (this.bound === null) return true;
    return n.pre + (n.running !== null && t !== n.running ? 1 : 0) <= this.bound;
  }

  /** The choices of the current run come from here. */
  readonly policy: Policy = (choice, enabled, running, steps) => {
    for (; this.preSeen < steps.length; this.preSeen++) {
      const s = steps[this.preSeen];
      if (s.running !== null && s.thread !== s.running) this.preCount++;
    }
    if (choice < this.stack.length) {
      const n = this.stack[choice];
      if (!enabled.includes(n.chosen)) throw new Error("explore: the program is not deterministic");
      n.step = steps.length;
      return n.chosen;
    }
    const pre = this.preCount;
    const sleep = this.sleepSets ? this.sleepAt(choice, steps) : new Map<number, Asleep>();
    let pick: number;
    if (choice < this.prefix.length) {
      pick = this.prefix[choice];
      if (!enabled.includes(pick)) throw new Error("explore: this prefix does not fit the program");
      // Asleep: every schedule of this part is equivalent to one of an earlier sibling part.
      if (sleep.has(pick)) return -1;
    } else {
      const free = enabled.filter((t) => !sleep.has(t) && this.within({ pre, running }, t));
      if (free.length === 0) return -1;
      // Go on with the running thread when possible: the first schedule has no preemption.
      pick = running !== null && free.includes(running) ? running : free[0];
    }
    const backtrack = new Set<number>([pick]);
    if (!this.reduce && choice >= this.prefix.length)
      for (const t of enabled) if (this.within({ pre, running }, t)) backtrack.add(t);
    this.stack.push({
      enabled,
      running,
      chosen: pick,
      step: steps.length,
      pre,
      backtrack,
      done: new Set([pick]),
      sleep,
      explored: choice < this.prefix.length ? this.siblingsAt(choice) : new Map(),
    });
    return pick;
  };

  /** Sleep set at a new point: the parent's sleepers and earlier siblings still commuting. */
  private sleepAt(choice: number, steps: readonly Step[]): Map<number, Asleep> {
    const out = new Map<number, Asleep>();
    const parent = this.stack[choice - 1];
    if (parent === undefined) return out;
    const since = steps.slice(parent.step);
    const candidates = new Map(parent.sleep);
    for (const [t, a] of parent.explored) if (t !== parent.chosen) candidates.set(t, a);
    for (const [t, a] of candidates)
      if (since.every((s) => s.thread !== t && !dependentAcross(a.acc, a.mark, s.acc)))
        out.set(t, a);
    return out;
  }

  /** After a run: add race branches, then move to the next branch; false when done. */
  advance(run: ControlledRun): boolean {
    const { steps } = run;
    for (const n of this.stack)
      if (n.step < steps.length && !n.explored.has(n.chosen)) {
        const s = steps[n.step];
        n.explored.set(n.chosen, { acc: s.acc, mark: s.mark });
      }
    if (this.reduce) findRaces(steps, (i, p) => this.addBranch(steps[i].choice, p));
    this.preCount = 0;
    this.preSeen = 0;
    for (let k = this.stack.length - 1; k >= this.prefix.length; k--) {
      const n = this.stack[k];
      const next = this.untried(n);
      if (next.length === 0) continue;
      n.done.add(next[0]);
      n.chosen = next[0];
      this.stack.length = k + 1;
      return true;
    }
    this.stack.length = 0;
    return false;
  }

  /** Branches `n`'s backtrack set still asks for, in the order `advance` takes them. */
  private untried(n: Node): number[] {
    return [...n.backtrack]
      .filter((t) => !n.done.has(t) && !n.sleep.has(t) && n.enabled.includes(t))
      .sort((a, b) => (a === n.running ? -1 : b === n.running ? 1 : a - b));
  }

  /**
   * Give away part of what is left, for another worker (work sharing). The shallowest points
   * of the current path whose branch has run become fixed, as a split part's prefix is: from
   * then on this search covers only its current branch there. At the first of them where
   * DPOR asks for branches not tried yet, each such branch becomes a part of its own. A race
   * found later at a fixed point asks for a branch there through `requests`. The siblings
   * at a point are ordered as one search would visit them (branches explored here, the
   * current one, then the parts given, then branches asked for later) and each part starts
   * with the branches before it asleep (sleep sets across parts), so parts rarely repeat
   * each other's equivalent schedules. Null when nothing can be given now (the current
   * branch of the first open point has not run yet: try again after a run).
   */
  split(): DfsSplit | null {
    for (let m = this.prefix.length; m < this.stack.length; m++) {
      const n = this.stack[m];
      if (!n.explored.has(n.chosen)) return null;
      const threads = this.untried(n);
      if (threads.length === 0) continue;
      const fixed: FixedPoint[] = [];
      for (let l = this.prefix.length; l <= m; l++) {
        const node = this.stack[l];
        fixed.push({ path: [...this.prefix], taken: [...node.done] });
        this.prefix.push(node.chosen);
        this.prefixSleep.push(this.asleep(node, node.chosen));
      }
      const path = this.prefix.slice(0, m);
      const prefixSleep = this.prefixSleep.slice(0, m);
      const before = this.asleep(n, null);
      return {
        fixed,
        parts: threads.map((t) => ({
          prefix: [...path, t],
          prefixSleep: [...prefixSleep.map((l) => [...l]), [...before]],
        })),
      };
    }
    return null;
  }

  /** The first steps of the branches explored at `n` (except `skip`), as sibling parts see them. */
  private asleep(n: Node, skip: number | null): SiblingStep[] {
    return [...n.explored].filter(([t]) => t !== skip).map(([t, a]) => siblingStep(t, a));
  }

  /**
   * Branches races asked for at fixed points since the last call: parts for other workers
   * (`ShareBoard` drops the ones already taken). The search itself never runs them.
   */
  requests(): PartOptions[] {
    const out = this.wanted;
    this.wanted = [];
    return out;
  }

  /** Try thread `p` at choice point `k` (or all its enabled threads if `p` was not one). */
  private addBranch(k: number, p: number): void {
    if (k < 0) return; // the step began where only one thread could go on
    const n = this.stack[k];
    const threads = n.enabled.includes(p) ? [p] : n.enabled;
    for (const t of threads) {
      if (this.within(n, t)) {
        this.want(k, t);
        continue;
      }
      for (let m = k - 1; m >= 0; m--) {
        const e = this.stack[m];
        if (e.enabled.includes(t) && this.within(e, t)) {
          this.want(m, t);
          break;
        }
      }
    }
  }

  /** Branch `t` at point `k`: this search's own, or at a fixed point, a request. */
  private want(k: number, t: number): void {
    const n = this.stack[k];
    if (k >= this.prefix.length) {
      n.backtrack.add(t);
      return;
    }
    // Taken here already, or asleep (covered by an earlier sibling, as in one search).
    if (n.explored.has(t) || n.sleep.has(t) || t === n.chosen) return;
    const key = `${k} ${t}`;
    if (this.asked.has(key)) return;
    this.asked.add(key);
    this.wanted.push({
      prefix: [...this.prefix.slice(0, k), t],
      prefixSleep: [...this.prefixSleep.slice(0, k).map((l) => [...l]), this.asleep(n, null)],
    });
  }
}
