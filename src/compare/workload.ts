/**
 * The Compare form's text fields ⇄ a workload: parsing with messages a person can act on,
 * and the fields that show a workload. Pure.
 */
import { LIMITS, type Workload } from "./programs";

/** What the user typed (kept as typed, so a bad entry is never lost). */
export interface WorkloadFields {
  /** Task durations in seconds, separated by commas or spaces: "3, 5, 1". */
  durations: string;
  /** Worker threads: "2". */
  workers: string;
  /** "none" or the 1-based number of the task that raises. */
  failing: string;
}

/** A parsed workload, or the problems that stop it (one message per field). */
export type ParsedWorkload =
  | { ok: true; workload: Workload }
  | { ok: false; errors: Partial<Record<keyof WorkloadFields, string>> };

/** Durations: plain decimals with at most two decimal places (Python prints them as typed). */
const DURATION = /^\d+(\.\d{1,2})?$|^\.\d{1,2}$/;

/** The fields showing workload `w`. */
export function fieldsOf(w: Workload): WorkloadFields {
  return {
    durations: w.durations.join(", "),
    workers: String(w.workers),
    failing: w.failing === null ? "none" : String(w.failing),
  };
}

/** Parse the form; every field with a problem gets its own message. */
export function parseWorkload(f: WorkloadFields): ParsedWorkload {
  const errors: Partial<Record<keyof WorkloadFields, string>> = {};
  const parts = f.durations
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  const durations: number[] = [];
  if (parts.length === 0) errors.durations = "Enter at least one task duration, e.g. 3, 5, 1.";
  else if (parts.length > LIMITS.maxTasks)
    errors.durations = `At most ${LIMITS.maxTasks} tasks (exploring grows fast with every task).`;
  else
    for (const p of parts) {
      const x = Number(p);
      if (!DURATION.test(p) || !Number.isFinite(x)) {
        errors.durations = `"${p}" is not a duration: use seconds such as 3 or 0.5 (at most two decimals).`;
        break;
      }
      if (x > LIMITS.maxSeconds) {
        errors.durations = `"${p}" is too long: at most ${LIMITS.maxSeconds} seconds per task.`;
        break;
      }
      durations.push(x);
    }
  const workersText = f.workers.trim();
  const workers = Number(workersText);
  if (!/^\d+$/.test(workersText) || workers < 1 || workers > LIMITS.maxWorkers)
    errors.workers = `Workers must be a whole number from 1 to ${LIMITS.maxWorkers}.`;
  let failing: number | null = null;
  if (f.failing !== "none") {
    failing = Number(f.failing);
    if (!Number.isInteger(failing) || failing < 1)
      errors.failing = "Choose which task raises, or none.";
    else if (!errors.durations && failing > durations.length)
      errors.failing = `There is no task ${failing}: the workload has ${durations.length} task${durations.length === 1 ? "" : "s"}.`;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, workload: { durations, workers, failing } };
}

/** The same workload (for "the table is out of date" checks). */
export function sameWorkload(a: Workload, b: Workload): boolean {
  return (
    a.workers === b.workers &&
    a.failing === b.failing &&
    a.durations.length === b.durations.length &&
    a.durations.every((d, i) => d === b.durations[i])
  );
}
