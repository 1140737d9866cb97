/** localStorage that never throws (private mode, quota, disabled storage lose saves, not the app). */

/** Prefix of every key this app stores. */
const PREFIX = "interleave:";

let enabled = true;

/**
 * Stop reading and writing storage for this page (embeds: a playground inside someone's docs
 * must neither show nor overwrite the code the reader keeps in the full playground).
 */
export function disableStorage(): void {
  enabled = false;
}

/** The stored JSON value at `key`, or `fallback` when missing or unreadable. */
export function load<T>(key: string, fallback: T): T {
  if (!enabled) return fallback;
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    return raw === null || raw === undefined ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/** Store `value` as JSON at `key`. */
export function save(key: string, value: unknown): void {
  if (!enabled) return;
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Nothing to do: the session keeps working, only the autosave is lost.
  }
}
