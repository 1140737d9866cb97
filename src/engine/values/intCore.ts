/**
 * The engine's representation of a Python int: a JS number while it is a safe
 * integer, a bigint beyond that. Every function here returns the normalized
 * form so equal ints always have the same representation.
 */

/** A Python int: `number` when `Number.isSafeInteger`, else `bigint`. */
export type PyInt = number | bigint;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

/** Normalizes a bigint (or an exactly-computed integral number) to the engine's int form. */
export function normInt(v: bigint | number): PyInt {
  if (typeof v === "number") {
    if (!Number.isSafeInteger(v)) return BigInt(v);
    return v === 0 ? 0 : v; // folds -0, which ints never have
  }
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

/** The int as a bigint. */
export function big(v: PyInt): bigint {
  return typeof v === "bigint" ? v : BigInt(v);
}

/** -1, 0 or 1. */
export function intSign(v: PyInt): -1 | 0 | 1 {
  if (typeof v === "number") return v < 0 ? -1 : v > 0 ? 1 : 0;
  return v < 0n ? -1 : v > 0n ? 1 : 0;
}

/** Number of bits in |v| (Python's int.bit_length()). */
export function bitLength(v: PyInt): number {
  if (typeof v === "number") {
    return v === 0 ? 0 : Math.abs(v).toString(2).length; // log2 is not exact near powers of two
  }
  const a = v < 0n ? -v : v;
  if (a === 0n) return 0;
  // toString(16) is linear; 4 bits per hex digit, minus the leading digit's slack.
  const hex = a.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** Whether a JS value is a Python int in the engine's representation. */
export function isPyInt(v: unknown): v is PyInt {
  return typeof v === "bigint" || (typeof v === "number" && Number.isSafeInteger(v));
}

/** Clamps an int to a JS number in [lo, hi]; used for slice indexes and counts (CPython clips to Py_ssize_t). */
export function clampInt(v: PyInt, lo: number, hi: number): number {
  if (typeof v === "bigint") return v < BigInt(lo) ? lo : v > BigInt(hi) ? hi : Number(v);
  return v < lo ? lo : v > hi ? hi : v;
}
