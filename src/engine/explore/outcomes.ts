/** Grouping runs by outcome, keeping the simplest witness schedule of each. */
import type { RunResult } from "../index";
import type { Outcome } from "./types";

/**
 * Outcome identity: what was printed, the exit status, and the deadlock if any — by who waits
 * for whom (object names like Lock#1 are given on first use, so they vary by schedule).
 */
function keyOf(o: Pick<Outcome, "stdout" | "exitCode" | "deadlock">): string {
  const d = o.deadlock;
  const dl = d ? [d.cycle, d.threads.map((t) => [t.thread, t.holder])] : null;
  return JSON.stringify([o.stdout, o.exitCode, dl]);
}

/** Slices in a schedule (its length, for "shortest"). */
const slicesOf = (schedule: string) => (schedule === "" ? 0 : schedule.split(" ").length);

/** Is witness `a` simpler than `b`: fewer preemptions, then fewer slices, then shorter text. */
function simpler(a: Outcome, b: Outcome): boolean {
  if (a.preemptions !== b.preemptions) return a.preemptions < b.preemptions;
  const sa = slicesOf(a.schedule);
  const sb = slicesOf(b.schedule);
  if (sa !== sb) return sa < sb;
  return a.schedule.length < b.schedule.length;
}

/** Outcomes found so far, in order of discovery. */
export class OutcomeTable {
  private byKey = new Map<string, Outcome>();

  /** Count a finished run. */
  addRun(r: RunResult, preemptions: number): void {
    this.add({
      stdout: r.stdout,
      exitCode: r.exitCode,
      deadlock: r.deadlock ?? null,
      count: 1,
      preemptions,
      schedule: r.schedule ?? "",
    });
  }

  /** Merge an outcome (from a run or another table): counts add up, the simpler witness stays. */
  add(o: Outcome): void {
    const k = keyOf(o);
    const have = this.byKey.get(k);
    if (have === undefined) {
      this.byKey.set(k, { ...o });
      return;
    }
    have.count += o.count;
    if (simpler(o, have)) {
      have.preemptions = o.preemptions;
      have.schedule = o.schedule;
    }
  }

  /** Outcomes, most frequent first (ties: fewer preemptions, then output). */
  list(): Outcome[] {
    return [...this.byKey.values()]
      .map((o) => ({ ...o }))
      .sort(
        (a, b) =>
          b.count - a.count ||
          a.preemptions - b.preemptions ||
          (a.stdout < b.stdout ? -1 : a.stdout > b.stdout ? 1 : 0),
      );
  }
}
