/**
 * Inspection: the program's variables at one virtual time of a run. A run is a pure function of
 * (program, settings, schedule), so replaying its schedule and stopping the scheduler at `t`
 * reproduces that moment exactly; ordinary runs pay nothing for this.
 */
import type { RunOptions } from "../index";
import type { PyValue } from "../runtime/object";
import { runSingle } from "../run";
import type { Scheduler } from "../vm/scheduler";
import { RunAborted } from "../vm/scheduler";
import { snapshotOf } from "./snapshot";
import type { Snapshot } from "./types";

export type { FieldView, FrameView, Snapshot, ThreadView, ValueView, VarView } from "./types";
export { safeRepr, valueView } from "./values";

/** What inspecting a moment gives: the snapshot, or why there is none. */
export type InspectResult = { snapshot: Snapshot } | { error: string };

/**
 * Replay `source` under `options` (pass the run's `schedule` to see the run the user saw) and
 * report the variables at virtual time `t` ns: at the running thread's first eval breaker past
 * `t`, so every trace event stamped at or before `t` has happened and none after it.
 * Free-threaded: other threads on cores may be up to one quantum away from `t`.
 */
export function inspectAt(source: string, options: RunOptions, t: number): InspectResult {
  let sched: Scheduler | null = null;
  let snapshot: Snapshot | null = null;
  let main = new Map<string, PyValue>();
  try {
    runSingle(source, { ...options, trace: false }, undefined, (s, interp) => {
      sched = s;
      main = interp.run.extra.get("__main__") as Map<string, PyValue>;
      s.stopAt = Math.max(0, t);
      s.onStop = () => {
        snapshot = snapshotOf(s, main, t, false);
        throw new RunAborted();
      };
    });
  } catch (e) {
    if (!(e instanceof RunAborted)) throw e;
  }
  if (snapshot !== null) return { snapshot };
  // The program ended (or failed to start) before `t`: show how it ended.
  if (sched === null) return { error: "The program did not start (it has a syntax error)." };
  return { snapshot: snapshotOf(sched, main, t, true) };
}
