/**
 * Embed mode: the URL parameters of an embedded playground (`?embed&readonly&panels=…`),
 * the `<iframe>` snippet the Embed button hands out, and the messages a frame exchanges with
 * its host page. All pure, so they are unit-tested; nothing a host sends is ever run as script.
 */
import {
  checkCode,
  checkExplore,
  checkPartialSettings,
  isRecord,
  onlyKeys,
  type SharedExplore,
  type SharedSettings,
} from "./validate";

/** Panels an embed can show below the editor, in page order. */
export const EMBED_PANELS = ["timeline", "steps", "output", "locks", "outcomes"] as const;
/** One embeddable panel. */
export type EmbedPanel = (typeof EMBED_PANELS)[number];

/** Theme of an embed: fixed, or following the reader's system setting. */
export type EmbedTheme = "light" | "dark" | "auto";

/** What the embed's URL asks for. */
export interface EmbedOptions {
  readonly: boolean;
  panels: EmbedPanel[];
  theme: EmbedTheme;
  autorun: boolean;
  /** Step-through position to show after the first run, 1-based. */
  step: number | null;
}

/** Panels shown when the URL names none. */
export const DEFAULT_PANELS: EmbedPanel[] = ["timeline"];

/** True when the page was opened in embed mode. */
export function isEmbed(search: string): boolean {
  return new URLSearchParams(search).has("embed");
}

const flag = (p: URLSearchParams, name: string) => {
  const v = p.get(name);
  return v !== null && v !== "0" && v !== "false";
};

/** The embed options in a `location.search`; unknown panels and bad values are ignored. */
export function parseEmbedOptions(search: string): EmbedOptions {
  const p = new URLSearchParams(search);
  const named = (p.get("panels") ?? "")
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s): s is EmbedPanel => (EMBED_PANELS as readonly string[]).includes(s));
  const theme = p.get("theme");
  const step = Number(p.get("step"));
  return {
    readonly: flag(p, "readonly"),
    panels: named.length ? EMBED_PANELS.filter((x) => named.includes(x)) : [...DEFAULT_PANELS],
    theme: theme === "light" || theme === "dark" ? theme : "auto",
    autorun: flag(p, "autorun"),
    step: p.has("step") && Number.isSafeInteger(step) && step >= 1 ? step : null,
  };
}

/** The embed URL for the app at `appUrl` (no query or hash), showing permalink `hash`. */
export function embedUrl(appUrl: string, hash: string, o: Partial<EmbedOptions> = {}): string {
  const q = ["embed"];
  if (o.readonly) q.push("readonly");
  if (o.autorun) q.push("autorun");
  if (o.panels && o.panels.join() !== DEFAULT_PANELS.join()) q.push(`panels=${o.panels.join(",")}`);
  if (o.theme && o.theme !== "auto") q.push(`theme=${o.theme}`);
  if (o.step) q.push(`step=${o.step}`);
  return `${appUrl}?${q.join("&")}#${hash}`;
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The `<iframe>` HTML a docs page pastes in. */
export function iframeSnippet(src: string, title: string, height = 560): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" ` +
    `height="${height}" style="border: 0" loading="lazy"></iframe>`
  );
}

/** Message type a frame posts to its host with its content height. */
export const RESIZE_TYPE = "interleave:resize";
/** Message type a host posts to a frame to replace its program. */
export const LOAD_TYPE = "interleave:load";

/** The resize message a frame posts to its host. */
export interface ResizeMessage {
  type: typeof RESIZE_TYPE;
  height: number;
}

/** A host's request to show a program. */
export interface LoadMessage {
  type: typeof LOAD_TYPE;
  code: string;
  settings: Partial<SharedSettings>;
  /** Run it at once (an `autorun` embed always does). */
  run: boolean;
  /** Explorer settings; a frame showing outcomes also explores when it runs the program. */
  explore?: SharedExplore;
}

/** The resize message for a content height in CSS pixels. */
export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_TYPE, height: Math.ceil(height) };
}

/**
 * Read a message event's data from the host. Messages that are not ours (other libraries
 * talk over postMessage too) are `null`; ours with a wrong shape are an error to show.
 */
export function parseHostMessage(
  data: unknown,
): { ok: true; message: LoadMessage } | { ok: false; error: string } | null {
  if (!isRecord(data) || typeof data.type !== "string" || !data.type.startsWith("interleave:"))
    return null;
  if (data.type === RESIZE_TYPE) return null;
  try {
    if (data.type !== LOAD_TYPE)
      throw new Error(`unknown message type ${JSON.stringify(data.type)}`);
    onlyKeys(data, ["type", "code", "settings", "run", "explore"], "the message");
    if (data.run !== undefined && typeof data.run !== "boolean")
      throw new Error("run must be true or false");
    const message: LoadMessage = {
      type: LOAD_TYPE,
      code: checkCode(data.code),
      settings: data.settings === undefined ? {} : checkPartialSettings(data.settings),
      run: data.run === true,
    };
    if (data.explore !== undefined) message.explore = checkExplore(data.explore);
    return { ok: true, message };
  } catch (e) {
    return {
      ok: false,
      error: `The host page sent a message this frame cannot use: ${(e as Error).message}.`,
    };
  }
}
