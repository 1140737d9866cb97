/**
 * Permalinks: the whole playground state (code, strategy, settings, and optionally the
 * exploration whose outcomes were shown, the run's schedule and the step shown) in the URL
 * hash as `#v1=<compressed JSON>`. The version prefix keeps old links working when the format
 * changes: add a `v2=` decoder, never change `v1` (a new optional field, as `explore` was,
 * leaves every older link as it was).
 * Decoding never throws; a bad link is a `LinkError` the page shows as a message.
 */
import type { ExploreChoices } from "../workers/exploreApi";
import { decodeText, encodeText, type CodecFailure } from "./codec";
import {
  checkCode,
  checkExplore,
  checkSchedule,
  checkSettings,
  isRecord,
  onlyKeys,
  ShapeError,
  type SharedExplore,
  type SharedSettings,
} from "./validate";

/** What a permalink holds. */
export interface ShareState {
  /** Strategy picker preset id the code came from. */
  preset: string;
  code: string;
  settings: SharedSettings;
  /** The exploration whose outcomes were shown: opening the link explores the same way. */
  explore?: SharedExplore;
  /** The run's schedule: replaying it gives the identical timeline. */
  schedule?: string;
  /** Step-through position shown, 1-based (as the page says "Step N of M"). */
  step?: number;
}

/** The explorer settings a link carries for an exploration run with `o`. */
export function sharedExplore(o: ExploreChoices): SharedExplore {
  const e: SharedExplore = { mode: o.mode, model: o.model, runs: o.runs };
  if (e.mode === "exhaustive" && o.preemptions != null) e.preemptions = o.preemptions;
  if (e.mode !== "exhaustive") e.seed = o.seed ?? 0;
  return e;
}

/** Why a link could not be opened. */
export type LinkFailure = "version" | CodecFailure | "json" | "shape";

/** A link that could not be opened, with a sentence for the page. */
export interface LinkError {
  ok: false;
  failure: LinkFailure;
  message: string;
}

/** The result of reading a URL hash. */
export type LinkResult = { ok: true; state: ShareState } | LinkError | { ok: "none" };

/** The version this build writes. */
export const LINK_VERSION = "v1";

const CODEC_MESSAGES: Record<CodecFailure, string> = {
  alphabet: "it contains characters a link of ours never has (was it cut or edited?)",
  compression: "its data is damaged (was it cut short or edited?)",
  encoding: "its data is damaged (not valid text)",
  checksum: "its data was changed after it was made",
  "too-large": "it is too large",
};

/** The hash (without "#") for `state`. */
export function encodePermalink(state: ShareState): string {
  const ordered: ShareState = {
    preset: state.preset,
    code: state.code,
    settings: {
      model: state.settings.model,
      switchInterval: state.settings.switchInterval,
      cores: state.settings.cores,
      seed: state.settings.seed,
    },
  };
  if (state.explore !== undefined) ordered.explore = state.explore;
  if (state.schedule !== undefined) ordered.schedule = state.schedule;
  if (state.step !== undefined) ordered.step = state.step;
  return `${LINK_VERSION}=${encodeText(JSON.stringify(ordered))}`;
}

function fail(failure: LinkFailure, reason: string): LinkError {
  return { ok: false, failure, message: `This link could not be opened: ${reason}.` };
}

/** Check the decoded JSON value of a v1 link. */
function checkState(v: unknown): ShareState {
  if (!isRecord(v)) throw new ShapeError("it does not hold a program");
  onlyKeys(v, ["preset", "code", "settings", "explore", "schedule", "step"], "the link");
  if (typeof v.preset !== "string" || v.preset.length > 100)
    throw new ShapeError("its strategy is not a name");
  const state: ShareState = {
    preset: v.preset,
    code: checkCode(v.code),
    settings: checkSettings(v.settings),
  };
  if (v.explore !== undefined) state.explore = checkExplore(v.explore);
  if (v.schedule !== undefined) state.schedule = checkSchedule(v.schedule);
  if (v.step !== undefined) {
    if (!Number.isSafeInteger(v.step) || (v.step as number) < 1)
      throw new ShapeError("its step is not a positive whole number");
    state.step = v.step as number;
  }
  return state;
}

/**
 * Read a URL hash (with or without "#"). A hash that is not a permalink at all (empty, or
 * an ordinary `#anchor`) is `{ ok: "none" }`; a permalink that fails any check is an error.
 */
export function decodePermalink(hash: string): LinkResult {
  const h = hash.startsWith("#") ? hash.slice(1) : hash;
  const m = /^v(\d+)=(.*)$/s.exec(h);
  if (!m) return { ok: "none" };
  if (`v${m[1]}` !== LINK_VERSION)
    return fail("version", `it was made by a newer version of Interleave (format v${m[1]})`);
  const text = decodeText(m[2]);
  if (!text.ok) return fail(text.failure, CODEC_MESSAGES[text.failure]);
  let value: unknown;
  try {
    value = JSON.parse(text.text);
  } catch {
    return fail("json", "its data is damaged (not JSON)");
  }
  try {
    return { ok: true, state: checkState(value) };
  } catch (e) {
    return fail("shape", e instanceof ShapeError ? e.message : "it does not hold a program");
  }
}
