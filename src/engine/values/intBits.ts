/**
 * Python's shift and bitwise operators on ints. Negative ints behave as
 * infinite two's complement, which is exactly what bigint operators do, so
 * only the int32 fast path and the shift-count rules need care.
 */
import { pyError } from "./errors";
import { type PyInt, normInt, big } from "./intCore";

// V8 refuses BigInts past about 2**30 bits; CPython would also fail with MemoryError.
const MAX_BITS = 1 << 30;

function isInt32(v: PyInt): v is number {
  return typeof v === "number" && (v | 0) === v;
}

/** a << n; n < 0 raises ValueError("negative shift count"). */
export function intLshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw pyError("ValueError", "negative shift count");
  if (a === 0 || a === 0n) return 0;
  if (typeof a === "number" && typeof n === "number" && n < 31) {
    const r = a * 2 ** n;
    if (Number.isSafeInteger(r)) return r;
  }
  if (n > MAX_BITS) throw pyError("MemoryError", "");
  return normInt(big(a) << big(n));
}

/** a >> n (floor division by 2**n); n < 0 raises ValueError("negative shift count"). */
export function intRshift(a: PyInt, n: PyInt): PyInt {
  if (n < 0) throw pyError("ValueError", "negative shift count");
  if (isInt32(a) && typeof n === "number") return n > 31 ? (a < 0 ? -1 : 0) : a >> n;
  if (n > MAX_BITS) return a < 0 ? -1 : 0;
  return normInt(big(a) >> big(n));
}

/** a & b. */
export function intAnd(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a & b;
  return normInt(big(a) & big(b));
}

/** a | b. */
export function intOr(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a | b;
  return normInt(big(a) | big(b));
}

/** a ^ b. */
export function intXor(a: PyInt, b: PyInt): PyInt {
  if (isInt32(a) && isInt32(b)) return a ^ b;
  return normInt(big(a) ^ big(b));
}

/** ~a, which is -(a+1). */
export function intInvert(a: PyInt): PyInt {
  if (typeof a === "number") return normInt(-a - 1);
  return normInt(~a);
}
