/** localStorage that never throws (private mode, quota, disabled storage lose saves, not the app). */

/** Prefix of every key this app stores. */
const PREFIX = "interleave:";

/** The stored JSON value at `key`, or `fallback` when missing or unreadable. */
export function load<T>(key: string, fallback: T): T {
  try {
    const raw = globalThis.localStorage?.getItem(PREFIX + key);
    return raw === null || raw === undefined ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/** Store `value` as JSON at `key`. */
export function save(key: string, value: unknown): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Nothing to do: the session keeps working, only the autosave is lost.
  }
}
