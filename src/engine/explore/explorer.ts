/**
 * The explorer: runs a program under many schedules and groups the runs by outcome.
 * `Explorer` is synchronous and works in batches (a Web Worker or the CLI runs a batch,
 * reports progress, yields, and checks for Stop); `explore` drives it to the end.
 */
import { branchStep, controlledRun, type RunSettings } from "./controlled";
import { Dfs } from "./dfs";
import { OutcomeTable } from "./outcomes";
import { pctPolicy, runRng, uniformPolicy } from "./random";
import type { ExploreOptions, ExploreResult, Handoff, ProgressFn } from "./types";

/** Default per-run instruction budget: exploration repeats runs, so endless loops must end soon. */
export const EXPLORE_MAX_INSTRUCTIONS = 200_000;

/** PCT/random: a part with fewer runs left than twice this keeps them (splitting costs a message). */
export const MIN_SPLIT_RUNS = 16;

/** A resumable exploration of one program. */
export class Explorer {
  private readonly settings: RunSettings;
  private readonly table = new OutcomeTable();
  private readonly dfs: Dfs | null = null;
  private budget: number;
  private readonly started: number;
  private runs = 0;
  private schedules = 0;
  private pruned = 0;
  private exhausted = false;
  private stoppedBy: ExploreResult["stoppedBy"] = null;
  /** PCT: choice points of a run without preemptions (the k of PCT's guarantee). */
  private points = 0;

  constructor(
    private readonly source: string,
    private readonly options: ExploreOptions = {},
  ) {
    const mode = options.mode ?? "exhaustive";
    this.settings = {
      model: options.model ?? "any",
      filename: options.filename ?? "main.py",
      maxInstructions: options.maxInstructions ?? EXPLORE_MAX_INSTRUCTIONS,
    };
    this.budget = options.runs ?? (mode === "exhaustive" ? 20_000 : 1_000);
    this.started = options.now?.() ?? 0;
    if (mode === "exhaustive") {
      const prefix = options.prefix ?? [];
      const prefixSleep = (options.prefixSleep ?? []).map((l) => [...l]);
      // Siblings given by thread only: their first steps, from a run that stops right after.
      for (const t of options.prefixAsleep ?? [])
        prefixSleep[prefix.length - 1].push(
          branchStep(source, this.settings, [...prefix.slice(0, -1), t]),
        );
      this.dfs = new Dfs(
        (options.reduction ?? "dpor") === "dpor",
        options.preemptions ?? null,
        prefix,
        prefixSleep,
      );
    } else if (mode === "pct") {
      // A pilot run (not counted) sizes PCT's change-point range.
      const pilot = controlledRun(source, this.settings, (_c, e, r) => r ?? e[0]);
      this.points = pilot.steps.filter((s) => s.choice >= 0).length;
    }
  }

  /** True once the search is complete or stopped by a budget or Stop. */
  get done(): boolean {
    return this.exhausted || this.stoppedBy !== null;
  }

  /** Stop before completing (the result says "cancelled"). */
  stop(): void {
    if (!this.done) this.stoppedBy = "cancelled";
  }

  /** Runs (schedules and pruned runs) this exploration may still use. */
  get runsLeft(): number {
    return this.budget - this.runs;
  }

  /** True when the run budget stopped it (`grant` can resume it). */
  get outOfRuns(): boolean {
    return this.stoppedBy === "runs";
  }

  /**
   * Let it use `n` more runs: a shared budget handed out in leases (see ExplorePool). An
   * exploration its runs stopped goes on.
   */
  grant(n: number): void {
    this.budget += n;
    if (this.stoppedBy === "runs" && this.runs < this.budget) this.stoppedBy = null;
  }

  /** Run up to `n` more schedules (fewer if done first). */
  runBatch(n: number): void {
    for (let i = 0; i < n && !this.done; i++) {
      if (this.options.signal?.aborted) this.stoppedBy = "cancelled";
      else if (this.runs >= this.budget) this.stoppedBy = "runs";
      else if (this.outOfTime()) this.stoppedBy = "time";
      else this.runOne();
    }
  }

  private outOfTime(): boolean {
    const { now, timeBudgetMs } = this.options;
    return now !== undefined && timeBudgetMs !== undefined && now() - this.started > timeBudgetMs;
  }

  private runOne(): void {
    const mode = this.options.mode ?? "exhaustive";
    const index = (this.options.firstRun ?? 0) + this.runs;
    const rng = runRng(this.options.seed ?? 0, index);
    const policy =
      this.dfs !== null
        ? this.dfs.policy
        : mode === "pct"
          ? pctPolicy(rng, this.options.depth ?? 3, this.points)
          : uniformPolicy(rng);
    const run = controlledRun(this.source, this.settings, policy);
    this.runs++;
    if (run.result === null) this.pruned++;
    else {
      this.schedules++;
      this.table.addRun(run.result, run.preemptions);
    }
    if (this.dfs !== null && !this.dfs.advance(run)) this.exhausted = true;
  }

  /**
   * Hand part of the work left to another worker (work sharing): new parts (options to add
   * to this exploration's own; this one then covers the rest), to go through a `ShareBoard`.
   * Exhaustive: the branches races asked for at fixed points if there are any, otherwise
   * `Dfs.split` (its runs are not divided: whoever runs the parts shares out the budget, as
   * ExplorePool does in leases). PCT/random: the second half of the runs left. No parts when
   * there is nothing to give now.
   */
  split(): Handoff {
    if (this.done) return this.handoff();
    if (this.dfs === null) {
      const give = Math.floor((this.budget - this.runs) / 2);
      if (give < MIN_SPLIT_RUNS) return { fixed: [], parts: [] };
      this.budget -= give;
      return {
        fixed: [],
        parts: [{ firstRun: (this.options.firstRun ?? 0) + this.budget, runs: give }],
      };
    }
    const asked = this.dfs.requests();
    if (asked.length > 0) return { fixed: [], parts: asked };
    return this.dfs.split() ?? { fixed: [], parts: [] };
  }

  /**
   * Exhaustive, once done: the branches races asked for at fixed points and not handed over
   * yet. Other parts must run them for the shared search to be complete.
   */
  handoff(): Handoff {
    return { fixed: [], parts: this.dfs?.requests() ?? [] };
  }

  /** What was found so far. */
  result(): ExploreResult {
    const mode = this.options.mode ?? "exhaustive";
    return {
      complete: this.exhausted,
      schedules: this.schedules,
      outcomes: this.table.list(),
      pruned: this.pruned,
      stoppedBy: this.exhausted ? null : this.stoppedBy,
      mode,
      model: this.settings.model,
      seed: mode === "exhaustive" ? null : (this.options.seed ?? 0),
      preemptionBound: mode === "exhaustive" ? (this.options.preemptions ?? null) : null,
    };
  }
}

/** Explore synchronously to the end (or budget); `onProgress` after each batch may stop it. */
export function exploreSync(
  source: string,
  options: ExploreOptions = {},
  onProgress?: ProgressFn,
  batch = 16,
): ExploreResult {
  const ex = new Explorer(source, options);
  while (!ex.done) {
    ex.runBatch(batch);
    if (onProgress?.(ex.result()) === false) ex.stop();
  }
  return ex.result();
}

/**
 * Explore, yielding between batches through `pause` (e.g. a zero-delay timer in a Web
 * Worker, so a Stop message is seen; the engine itself owns no timers).
 */
export function explore(
  source: string,
  options: ExploreOptions = {},
  onProgress?: ProgressFn,
  pause: () => Promise<void> = () => Promise.resolve(),
  batch = 16,
): Promise<ExploreResult> {
  return drive(new Explorer(source, options), onProgress, pause, batch);
}

/** Run `ex` to its end in batches, yielding through `pause` between them (see `explore`). */
export async function drive(
  ex: Explorer,
  onProgress?: ProgressFn,
  pause: () => Promise<void> = () => Promise.resolve(),
  batch = 16,
): Promise<ExploreResult> {
  while (!ex.done) {
    ex.runBatch(batch);
    if (onProgress?.(ex.result()) === false) ex.stop();
    await pause();
  }
  return ex.result();
}
