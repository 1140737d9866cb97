/**
 * Python int arithmetic on the engine's int form (number | bigint): results
 * overflow into bigint instead of losing precision, division floors, and the
 * remainder takes the divisor's sign, as in CPython.
 */
import { pyError } from "./errors";
import { type PyInt, normInt, big, bitLength } from "./intCore";
import { intToFloat } from "./exactFloat";
import { floatPow } from "./floatOps";

export * from "./intBits";
export * from "./intFloat";
export * from "./intText";

/** a + b. */
export function intAdd(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a + b;
    // A sum beyond the safe range rounds to |r| >= 2**53, so this test is exact.
    if (Number.isSafeInteger(r)) return normInt(r);
  }
  return normInt(big(a) + big(b));
}

/** a - b. */
export function intSub(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a - b;
    if (Number.isSafeInteger(r)) return normInt(r);
  }
  return normInt(big(a) - big(b));
}

/** a * b. */
export function intMul(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    const r = a * b;
    if (Number.isSafeInteger(r)) return normInt(r);
  }
  return normInt(big(a) * big(b));
}

/** -a. */
export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? normInt(-a) : normInt(-a);
}

/** abs(a). */
export function intAbs(a: PyInt): PyInt {
  return typeof a === "number" ? Math.abs(a) : a < 0n ? -a : a;
}

/** divmod(a, b) for ints: floor quotient and a remainder with the sign of b. */
export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (b === 0 || b === 0n) throw pyError("ZeroDivisionError", "integer division or modulo by zero");
  return divmodRaw(a, b);
}

/** a // b. */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw pyError("ZeroDivisionError", "integer division or modulo by zero");
  return divmodRaw(a, b)[0];
}

/** a % b. */
export function intMod(a: PyInt, b: PyInt): PyInt {
  if (b === 0 || b === 0n) throw pyError("ZeroDivisionError", "integer modulo by zero");
  return divmodRaw(a, b)[1];
}

function divmodRaw(a: PyInt, b: PyInt): [PyInt, PyInt] {
  if (typeof a === "number" && typeof b === "number") {
    // JS % on integers is exact (fmod), and (a - r) / b is then an exact division;
    // Math.floor(a / b) could round the quotient up across an integer.
    let r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && r < 0 !== b < 0) {
      r += b;
      q -= 1;
    }
    return [normInt(q), normInt(r)];
  }
  const x = big(a);
  const y = big(b);
  let q = x / y;
  let r = x % y;
  if (r !== 0n && r < 0n !== y < 0n) {
    r += y;
    q -= 1n;
  }
  return [normInt(q), normInt(r)];
}

/** The result of int ** int when the exponent is negative: a Python float. */
export interface FloatResult {
  readonly float: number;
}

/** a ** b for ints: an int for b >= 0, a float (CPython's float pow) for b < 0. */
export function intPow(a: PyInt, b: PyInt): PyInt | FloatResult {
  if (b < 0) return { float: floatPow(intToFloat(a), intToFloat(b)) };
  if (typeof a === "number" && typeof b === "number") {
    const r = smallPow(a, b);
    if (r !== null) return r;
  }
  const x = big(a);
  if (x === 0n || x === 1n) return normInt(x);
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  const e = big(b);
  // V8 caps BigInts near 2**30 bits; CPython would run out of memory on such a result too.
  if (BigInt(bitLength(x) - 1) * e > 1n << 30n) {
    throw pyError("MemoryError", "");
  }
  return normInt(x ** e);
}

// Square-and-multiply in doubles: exact while every product stays a safe integer
// (Math.pow is not guaranteed exact); null means "redo it in bigint".
function smallPow(a: number, b: number): number | null {
  let r = 1;
  let base = a;
  for (let e = b; e > 0; e = Math.floor(e / 2)) {
    if (e % 2 === 1) {
      r *= base;
      if (!Number.isSafeInteger(r)) return null;
    }
    if (e > 1) {
      base *= base;
      if (!Number.isSafeInteger(base)) return null;
    }
  }
  return r;
}

/** pow(a, b, m) for ints, including negative exponents (modular inverse, Python 3.8+). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mod = big(m);
  if (mod === 0n) throw pyError("ValueError", "pow() 3rd argument cannot be 0");
  const negativeOutput = mod < 0n;
  if (negativeOutput) mod = -mod;
  if (mod === 1n) return 0;
  let base = big(a);
  let exp = big(b);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  base %= mod;
  if (base < 0n) base += mod;
  let result = 1n;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  if (negativeOutput && result !== 0n) result -= mod;
  return normInt(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  // Extended Euclid on (a mod m, m); the inverse exists only when gcd is 1.
  let [oldR, r] = [((a % m) + m) % m, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw pyError("ValueError", "base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}
