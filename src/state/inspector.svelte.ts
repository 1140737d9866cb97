/**
 * The Variables panel's data: the snapshot at the playhead, fetched from the run worker.
 * Requests are debounced while scrubbing or playing, and only one is in flight at a time:
 * when it returns, the latest playhead (if it moved meanwhile) is asked for next.
 */
import type { Snapshot } from "../engine/inspect/index";
import type { Runner } from "./runner.svelte";

/** Milliseconds the playhead must rest before its moment is replayed. */
export const INSPECT_DEBOUNCE_MS = 120;

/** Snapshot state of the page. */
export class Inspector {
  /** The snapshot shown (it may trail the playhead while a newer one is computed). */
  snapshot = $state.raw<Snapshot | null>(null);
  /** The previous step's snapshot, to mark values that changed. */
  previous = $state.raw<Snapshot | null>(null);
  /** Why there is no snapshot (a replay that failed), or null. */
  error = $state<string | null>(null);
  /** A request is pending or in flight. */
  loading = $state(false);
  #runner: Runner;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #inFlight = false;
  /** The time (ns) asked for last and not yet requested from the worker. */
  #wanted: number | null = null;
  #generation = 0;

  constructor(runner: Runner) {
    this.#runner = runner;
  }

  /** Ask for the variables at time `t` ns (debounced). */
  request(t: number): void {
    this.#wanted = t;
    this.loading = true;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = null;
      void this.#next();
    }, INSPECT_DEBOUNCE_MS);
  }

  /** Forget everything (a new run, or stepping ended). */
  clear(): void {
    this.#generation++;
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#wanted = null;
    this.snapshot = null;
    this.previous = null;
    this.error = null;
    this.loading = false;
  }

  async #next(): Promise<void> {
    if (this.#inFlight) return;
    if (this.#wanted === null) {
      if (this.#timer === null) this.loading = false;
      return;
    }
    const t = this.#wanted;
    this.#wanted = null;
    this.#inFlight = true;
    const generation = this.#generation;
    try {
      const r = await this.#runner.inspect(t);
      if (generation !== this.#generation || r === null) return;
      if ("error" in r) {
        this.error = r.error;
      } else {
        this.previous = this.snapshot;
        this.snapshot = r.snapshot;
        this.error = null;
      }
    } catch (e) {
      if (generation === this.#generation) this.error = e instanceof Error ? e.message : String(e);
    } finally {
      this.#inFlight = false;
      // Ask for the latest playhead if it moved meanwhile; else settle.
      void this.#next();
    }
  }
}
