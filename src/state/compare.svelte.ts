/**
 * The Compare view's state: the workload as typed (autosaved, never lost), the measurement
 * running in its Web Worker (Stop terminates it), the measured rows, and the undo of the
 * last "Open in editor".
 */
import * as Comlink from "comlink";
import { getContext, setContext } from "svelte";
import { DEFAULT_BUDGET, type CompareProgress, type StrategyFacts } from "../compare/measure";
import { DEFAULT_WORKLOAD, STRATEGIES, type Strategy, type Workload } from "../compare/programs";
import { fieldsOf, parseWorkload, type WorkloadFields } from "../compare/workload";
import type { CompareWorkerApi } from "../workers/api";
import type { ProgramState } from "./program.svelte";
import { load, save } from "./storage";

/** Where the measurement is. */
export type CompareStatus = "idle" | "running" | "done" | "stopped" | "failed";

/** What "Open in editor" replaced, so Undo can put it back. */
export interface EditorLoad {
  strategy: Strategy;
  /** Preset shown before, and the text the target preset held before (its edit or original). */
  previousPreset: string;
  previousText: string;
  /** The program loaded (Undo is offered while the editor still holds it). */
  code: string;
}

/** The Compare view's state. */
export class CompareState {
  fields = $state<WorkloadFields>(fieldsOf(DEFAULT_WORKLOAD));
  status = $state<CompareStatus>("idle");
  progress = $state<CompareProgress | null>(null);
  /** Rows measured so far (in table order); `$state.raw`: they hold traces. */
  facts = $state.raw<StrategyFacts[]>([]);
  /** The workload the rows were measured on. */
  measured = $state.raw<Workload | null>(null);
  failure = $state("");
  lastLoad = $state.raw<EditorLoad | null>(null);
  #factory: () => Worker;
  #worker: Worker | null = null;
  #api: Comlink.Remote<CompareWorkerApi> | null = null;
  #id = 0;

  constructor(factory: () => Worker) {
    this.#factory = factory;
    // What was typed last visit, field by field (a damaged save falls back to the default).
    const saved = load<Record<string, unknown>>("compare", {});
    const fields = fieldsOf(DEFAULT_WORKLOAD);
    for (const k of ["durations", "workers", "failing"] as const) {
      const v = saved?.[k];
      if (typeof v === "string") fields[k] = v;
    }
    this.fields = fields;
  }

  /** The typed workload, parsed (with a message per bad field). */
  get parsed() {
    return parseWorkload(this.fields);
  }

  /** Change one field (kept as typed, and autosaved). */
  setField(key: keyof WorkloadFields, value: string): void {
    this.fields = { ...this.fields, [key]: value };
    save("compare", this.fields);
  }

  /** Measure every strategy on the typed workload (nothing runs while it is invalid). */
  async measure(): Promise<void> {
    const parsed = this.parsed;
    if (!parsed.ok) return;
    if (this.status === "running") this.stop();
    const id = ++this.#id;
    this.#worker ??= this.#factory();
    this.#api ??= Comlink.wrap<CompareWorkerApi>(this.#worker);
    this.status = "running";
    this.failure = "";
    this.facts = [];
    this.measured = parsed.workload;
    this.progress = {
      strategy: STRATEGIES[0].id,
      index: 0,
      total: STRATEGIES.length,
      schedules: 0,
    };
    const onProgress = (p: CompareProgress) => {
      if (id === this.#id) this.progress = p;
    };
    const onFacts = (f: StrategyFacts) => {
      if (id === this.#id) this.facts = [...this.facts, f];
    };
    try {
      const all = await this.#api.measure(
        parsed.workload,
        DEFAULT_BUDGET,
        Comlink.proxy(onProgress),
        Comlink.proxy(onFacts),
      );
      if (id !== this.#id) return;
      this.facts = all;
      this.status = "done";
    } catch (e) {
      if (id !== this.#id) return;
      this.failure = `The measurement failed: ${e instanceof Error ? e.message : String(e)}`;
      this.status = "failed";
    }
    this.progress = null;
  }

  /** End the measurement now (terminating its worker); rows measured so far stay. */
  stop(): void {
    if (this.status !== "running") return;
    this.#id++;
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
    this.status = "stopped";
    this.progress = null;
  }

  /** Put strategy `s`'s program in the editor, under its preset, remembering what it replaced. */
  openInEditor(program: ProgramState, s: Strategy, code: string): void {
    const previousPreset = program.presetId;
    program.choose(s.presetId);
    this.lastLoad = { strategy: s, previousPreset, previousText: program.code, code };
    program.setCode(code);
  }

  /** Undo the last "Open in editor": the preset's text and the preset shown come back. */
  undoLoad(program: ProgramState): void {
    const l = this.lastLoad;
    if (!l) return;
    program.choose(l.strategy.presetId);
    program.setCode(l.previousText);
    program.choose(l.previousPreset);
    this.lastLoad = null;
  }

  /** Terminate the worker for good (page teardown). */
  dispose(): void {
    this.#worker?.terminate();
    this.#worker = null;
    this.#api = null;
  }
}

const KEY = Symbol("interleave-compare");

/** Make the Compare state available below the caller. */
export function provideCompare(c: CompareState): void {
  setContext(KEY, c);
}

/** The Compare state (call during component initialisation). */
export function useCompare(): CompareState {
  const c = getContext<CompareState | undefined>(KEY);
  if (!c) throw new Error("useCompare() outside the app: provideCompare() was not called");
  return c;
}
