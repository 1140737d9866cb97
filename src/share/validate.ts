/** Strict shape checks for data from outside the page (links, host frames): plain values only. */
import type { Model } from "../engine/trace/types";
import type { ExploreMode, InterleavingModel } from "../engine/explore/types";
import { parseSchedule } from "../engine/trace/build";

/** Run settings carried by a link or a host message. */
export interface SharedSettings {
  model: Model;
  /** sys.getswitchinterval() in seconds. */
  switchInterval: number;
  cores: number;
  seed: number;
}

/** Race-explorer settings carried by a link: the exploration whose outcomes were shared. */
export interface SharedExplore {
  mode: ExploreMode;
  model: InterleavingModel;
  /** Budget (exhaustive) or run count (pct, random). */
  runs: number;
  /** Exhaustive only: at most this many preemptions per schedule (absent: no bound). */
  preemptions?: number;
  /** PCT and random only. */
  seed?: number;
}

/** Most schedules a link may ask the reader's browser to explore. */
export const MAX_EXPLORE_RUNS = 1_000_000;

/** Longest program a link or host may carry. */
export const MAX_CODE = 200_000;
/** Longest schedule a link may carry. */
export const MAX_SCHEDULE = 100_000;

/** A problem with a value, said so a person can act on it. */
export class ShapeError extends Error {}

/** True for a plain object (not an array, not null, not a class instance). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Throw unless `obj` has only the keys in `allowed`. */
export function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], what: string) {
  const extra = Object.keys(obj).filter((k) => !allowed.includes(k));
  if (extra.length) throw new ShapeError(`${what} has unknown field ${JSON.stringify(extra[0])}`);
}

/** The program text, checked. */
export function checkCode(v: unknown): string {
  if (typeof v !== "string") throw new ShapeError("code must be a string");
  if (v.length > MAX_CODE) throw new ShapeError(`code is longer than ${MAX_CODE} characters`);
  return v;
}

/** A replay schedule ("thread:instructions ..."), checked. */
export function checkSchedule(v: unknown): string {
  if (typeof v !== "string" || v.length > MAX_SCHEDULE || parseSchedule(v) === null)
    throw new ShapeError('schedule must be "thread:instructions ..." text');
  return v;
}

const checks: { [K in keyof SharedSettings]: (v: unknown) => SharedSettings[K] } = {
  model(v) {
    if (v !== "gil" && v !== "free-threaded")
      throw new ShapeError('settings.model must be "gil" or "free-threaded"');
    return v;
  },
  switchInterval(v) {
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0 || v > 10)
      throw new ShapeError("settings.switchInterval must be seconds between 0 and 10");
    return v;
  },
  cores(v) {
    if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 64)
      throw new ShapeError("settings.cores must be a whole number from 1 to 64");
    return v as number;
  },
  seed(v) {
    if (!Number.isSafeInteger(v)) throw new ShapeError("settings.seed must be a whole number");
    return v as number;
  },
};

/** Settings with every field present, checked. */
export function checkSettings(v: unknown): SharedSettings {
  const partial = checkPartialSettings(v);
  for (const key of Object.keys(checks))
    if (!(key in partial)) throw new ShapeError(`settings.${key} is missing`);
  return partial as SharedSettings;
}

/** Some settings (a host may set only the seed, say), checked. */
export function checkPartialSettings(v: unknown): Partial<SharedSettings> {
  if (!isRecord(v)) throw new ShapeError("settings must be an object");
  onlyKeys(v, Object.keys(checks), "settings");
  const out: Partial<SharedSettings> = {};
  for (const [key, check] of Object.entries(checks))
    if (key in v) (out as Record<string, unknown>)[key] = check(v[key]);
  return out;
}

/** Explorer settings, checked (a bound only with exhaustive search, a seed only without). */
export function checkExplore(v: unknown): SharedExplore {
  if (!isRecord(v)) throw new ShapeError("explore must be an object");
  onlyKeys(v, ["mode", "model", "runs", "preemptions", "seed"], "explore");
  const { mode, model, runs, preemptions, seed } = v;
  if (mode !== "exhaustive" && mode !== "pct" && mode !== "random")
    throw new ShapeError('explore.mode must be "exhaustive", "pct" or "random"');
  if (model !== "any" && model !== "gil")
    throw new ShapeError('explore.model must be "any" or "gil"');
  if (!Number.isInteger(runs) || (runs as number) < 1 || (runs as number) > MAX_EXPLORE_RUNS)
    throw new ShapeError(
      `explore.runs must be a whole number from 1 to ${MAX_EXPLORE_RUNS.toLocaleString("en")}`,
    );
  const out: SharedExplore = { mode, model, runs: runs as number };
  if (preemptions !== undefined) {
    if (mode !== "exhaustive") throw new ShapeError("explore.preemptions needs exhaustive search");
    if (
      !Number.isInteger(preemptions) ||
      (preemptions as number) < 0 ||
      (preemptions as number) > 100
    )
      throw new ShapeError("explore.preemptions must be a whole number from 0 to 100");
    out.preemptions = preemptions as number;
  }
  if (seed !== undefined) {
    if (mode === "exhaustive") throw new ShapeError("explore.seed needs pct or random search");
    if (!Number.isSafeInteger(seed)) throw new ShapeError("explore.seed must be a whole number");
    out.seed = seed as number;
  }
  return out;
}
