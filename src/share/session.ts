/**
 * Between the page and its permalinks: the share state of the page now, and opening a link
 * (code shown without autosaving it, settings applied, the run replayed from its schedule,
 * the step restored, the exploration run again).
 */
import { PRESETS, presetById } from "../presets";
import { stepIndexAt, stepTimes } from "../layout/steps";
import type { AppState } from "../state/app.svelte";
import type { BorrowedFrom } from "../state/program.svelte";
import { sharedExplore, type ShareState } from "./permalink";
import type { SharedExplore, SharedSettings } from "./validate";

/** Longest replay schedule a link carries (a longer one is left out, and the link says less). */
export const LINK_SCHEDULE_LIMIT = 20_000;

function sameSettings(a: SharedSettings, b: SharedSettings): boolean {
  return (
    a.model === b.model &&
    a.switchInterval === b.switchInterval &&
    a.cores === b.cores &&
    a.seed === b.seed
  );
}

/** The page's settings as plain data (without saving them). */
export function currentSettings(app: AppState): SharedSettings {
  const s = app.settings;
  return { model: s.model, switchInterval: s.switchInterval, cores: s.cores, seed: s.seed };
}

/**
 * What a permalink of the page holds now. The last run's schedule and step go in only when
 * that run is of the code and settings shown (otherwise they would replay something else);
 * the exploration only when its outcomes, shown now, are of the code shown.
 */
export function shareStateOf(app: AppState): ShareState {
  const settings = currentSettings(app);
  const state: ShareState = { preset: app.program.presetId, code: app.program.code, settings };
  const ex = app.explorer;
  if (ex.result && ex.explored && ex.source === state.code)
    state.explore = sharedExplore(ex.explored);
  const r = app.runner;
  const current =
    r.result &&
    r.ranSettings &&
    r.ranSource === state.code &&
    sameSettings(r.ranSettings, settings);
  if (!current) return state;
  // A free run is reproduced by program + settings + seed alone (the engine is deterministic);
  // a replayed run (an explorer witness, say) needs its schedule to be the same run again.
  const schedule = r.ranSettings?.schedule;
  if (schedule !== undefined && schedule.length <= LINK_SCHEDULE_LIMIT) state.schedule = schedule;
  const trace = r.result?.trace;
  const t = app.timeline.playhead;
  if (trace && t !== null) state.step = stepIndexAt(stepTimes(trace), t) + 1;
  return state;
}

/** Apply link or host settings to the page (fields missing keep their value). */
export function applySettings(app: AppState, settings: Partial<SharedSettings>): void {
  const s = app.settings;
  if (settings.model !== undefined) s.model = settings.model;
  if (settings.switchInterval !== undefined) s.switchInterval = settings.switchInterval;
  if (settings.cores !== undefined) s.cores = settings.cores;
  if (settings.seed !== undefined) s.seed = settings.seed;
}

/** Set the explorer as a link asks (saved, as every setting, when it next explores). */
export function applyExplore(app: AppState, e: SharedExplore): void {
  const ex = app.explorer;
  ex.mode = e.mode;
  ex.model = e.model;
  ex.runs = e.runs;
  ex.preemptions = e.preemptions ?? null;
  if (e.seed !== undefined) ex.seed = e.seed;
}

/** Put the step-through playhead on step `step` (1-based, clamped) of the current run. */
export function showStep(app: AppState, step: number): void {
  const trace = app.trace;
  if (!trace) return;
  const steps = stepTimes(trace);
  const t = steps[Math.min(Math.max(step, 1), steps.length) - 1];
  app.timeline.playhead = t;
  if (t < app.timeline.t0 || t > app.timeline.t1) app.timeline.goTo(t);
}

/**
 * Show a link's program and run it as it ran when shared, then explore it as it was explored
 * (if it was). The user's own code is never overwritten: a different program is shown
 * "borrowed" (not autosaved) until they keep it.
 */
export async function openShared(
  app: AppState,
  state: ShareState,
  from: BorrowedFrom = "link",
  step = state.step,
): Promise<void> {
  const own = presetById(state.preset) && app.program.ownCode(state.preset) === state.code;
  if (own) app.program.choose(state.preset);
  else app.program.borrow(state.preset, state.code, from);
  applySettings(app, state.settings);
  await app.run({ schedule: state.schedule });
  if (step !== undefined) showStep(app, step);
  if (state.explore) {
    applyExplore(app, state.explore);
    await exploreAgain(app, state.schedule, step);
  }
}

/**
 * Explore the program shown, with the explorer settings already applied. When the run on
 * the timeline replayed one of the outcomes' witnesses (whoever shared it had clicked that
 * bar), show it as that witness again: its bar selected, its preemptions marked, at `step`.
 * Not if the user has run or edited anything meanwhile.
 */
export async function exploreAgain(app: AppState, schedule?: string, step?: number) {
  const shown = app.runner.result;
  await app.explore();
  const ex = app.explorer;
  if (schedule === undefined || ex.status !== "done" || !ex.result) return;
  if (app.runner.result !== shown || app.program.code !== ex.source) return;
  const i = ex.result.outcomes.findIndex((o) => o.schedule === schedule);
  if (i < 0) return;
  await app.replayOutcome(i);
  if (step !== undefined) showStep(app, step);
}

/** After a link that could not be opened: the default program, shown without saving it. */
export function showDefaultProgram(app: AppState): void {
  app.program.borrow(PRESETS[0].id, PRESETS[0].source, "bad-link");
}
