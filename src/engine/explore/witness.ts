/**
 * Replaying a witness schedule with its preemptions explained: each switch away from a thread
 * that could have gone on, with what that thread last did to shared state before it
 * ("reading counter"), so the timeline can say why the outcome happened.
 */
import type { RunOptions, RunResult } from "../index";
import { runSingle } from "../run";
import type { StateChange } from "../vm/scheduler";
import { recordAccess } from "./access";
import { describeStep, type AccessText } from "./describe";

/** One preemption of a replayed run. */
export interface Preemption {
  /** Thread id (1 = main), as in schedules and the trace. */
  thread: number;
  /** Virtual time of the switch, ns. */
  t: number;
  /** Line of the user's file the thread was at. */
  line: number;
  /** Its last access to shared state before the switch ("reading counter"), or null. */
  did: string | null;
}

const ignore = () => {};

/**
 * Run `source` following `options.schedule` (GIL-style time, as the explorer runs) and list
 * its preemptions. The schedule must come from the explorer or a run of the same program.
 */
export function replayWitness(
  source: string,
  options: RunOptions & { schedule: string },
): { result: RunResult; preemptions: Preemption[] } {
  const file = options.filename ?? "main.py";
  const preemptions: Preemption[] = [];
  // Per thread, since its slice began: its last access, and its last one to data.
  const last = new Map<number, { any: AccessText | null; data: AccessText | null }>();
  const didOf = (thread: number) => {
    const l = last.get(thread);
    return (l?.data ?? l?.any)?.text ?? null;
  };
  const state = new Map<number, StateChange["state"]>();
  const result = runSingle(source, { ...options, model: "gil" }, undefined, (sched, interp) => {
    interp.probe = (f, op, arg, stack, sp) => {
      if (f.code.filename !== file || !recordAccess(ignore, f, op, arg, stack, sp, file))
        return false;
      const did = describeStep(f, op, arg, stack, sp);
      if (did === null || sched.gil === null) return false;
      const l = last.get(sched.gil.vm.id);
      if (l === undefined) last.set(sched.gil.vm.id, { any: did, data: did.weak ? null : did });
      else {
        l.any = did;
        if (!did.weak) l.data = did;
      }
      return false;
    };
    // A thread going from running straight back to ready was preempted (it could go on).
    const changes = sched.changes;
    const push = changes.push.bind(changes);
    changes.push = (...cs: StateChange[]) => {
      for (const c of cs) {
        if (c.state === "ready" && state.get(c.thread) === "running")
          preemptions.push({ thread: c.thread, t: c.t, line: c.line, did: didOf(c.thread) });
        if (c.state === "running") last.delete(c.thread);
        state.set(c.thread, c.state);
      }
      return push(...cs);
    };
  });
  return { result, preemptions };
}
