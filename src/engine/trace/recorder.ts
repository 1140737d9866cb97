/**
 * Collects trace events and synchronisation objects while a run executes. Time,
 * thread and source line are filled in by the scheduler's `emit`; spans are derived
 * afterwards from the scheduler's state changes (see build.ts), so the hot loop
 * records nothing per instruction.
 */
import type { TraceEvent, TraceObject } from "./types";

/** Keep traces bounded: after this many events only a count is kept (see README). */
export const MAX_EVENTS = 200_000;

/** An event before the scheduler stamps it with time, thread and line. */
export type EventBody = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, "t" | "thread" | "line">
    : never
  : never;

/** Trace data gathered during one run. */
export class TraceRecorder {
  objects: TraceObject[] = [];
  events: TraceEvent[] = [];
  dropped = 0;
  private ids = new WeakMap<object, number>();
  private perType = new Map<string, number>();

  /** The trace id of `o`, registering it (named like `Lock#1`) on first sight. */
  objectId(o: object, type: TraceObject["type"], typeName: string, line: number): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      id = this.objects.length + 1;
      this.ids.set(o, id);
      const n = (this.perType.get(typeName) ?? 0) + 1;
      this.perType.set(typeName, n);
      this.objects.push({ id, type, name: `${typeName}#${n}`, line });
    }
    return id;
  }

  /** The trace id of `o` if it was registered. */
  knownId(o: object): number | undefined {
    return this.ids.get(o);
  }

  /** Display name of object `id`. */
  nameOf(id: number): string {
    return this.objects[id - 1]?.name ?? `object#${id}`;
  }

  /** Append a stamped event (dropped past MAX_EVENTS, except prints and exceptions). */
  push(e: TraceEvent): void {
    if (this.events.length >= MAX_EVENTS && e.type !== "exception") {
      this.dropped++;
      return;
    }
    this.events.push(e);
  }
}
