/** Strict shape checks for data from outside the page (links, host frames): plain values only. */
import type { Model } from "../engine/trace/types";
import { parseSchedule } from "../engine/trace/build";

/** Run settings carried by a link or a host message. */
export interface SharedSettings {
  model: Model;
  /** sys.getswitchinterval() in seconds. */
  switchInterval: number;
  cores: number;
  seed: number;
}

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
