/** The integer functions of `math`: factorial, gcd, lcm, isqrt, comb, perm (exact, with bigints). */
import { OverflowError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import type { Int } from "../runtime/numeric";
import { PyFloat, type NativeFn, type PyValue } from "../runtime/object";
import { None } from "../runtime/types";
import { normInt } from "../values/intCore";
import { big, indexOf, takes } from "./util";

const LONG_MAX = 9223372036854775807n;

/** Product of the integers in [lo, hi) by halving, so the bigint operands stay balanced. */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  const n = hi - lo;
  if (n <= 0n) return 1n;
  if (n < 16n) {
    let p = 1n;
    for (let i = lo; i < hi; i++) p *= i;
    return p;
  }
  const mid = lo + n / 2n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

/** Integer square root of a non-negative bigint (Newton's method from a float estimate). */
export function isqrtBig(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 1n << 52n) return BigInt(Math.floor(Math.sqrt(Number(n))));
  const bits = n.toString(2).length;
  // Start above the root: Newton's iteration then decreases monotonically to it.
  let x = 1n << BigInt(Math.ceil(bits / 2) + 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function gcdBig(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function gcdInt(a: Int, b: Int): Int {
  if (typeof a === "number" && typeof b === "number") {
    a = Math.abs(a);
    b = Math.abs(b);
    while (b !== 0) [a, b] = [b, a % b];
    return a;
  }
  return normInt(gcdBig(big(a), big(b)));
}

/** An int argument that must be non-negative, as a bigint. */
function nonNegative(v: bigint, what: string): bigint {
  if (v < 0n) throw pyErr(ValueError, `${what} must be a non-negative integer`);
  return v;
}

/** C(n, k) for 0 <= k <= n. */
function combBig(n: bigint, k: bigint): bigint {
  if (k > n) return 0n;
  if (n - k < k) k = n - k;
  let r = 1n;
  for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i; // exact: r is C(n-k+i, i)
  return r;
}

/** The integer functions, by name. */
export const mathIntFunctions: Record<string, NativeFn> = {
  factorial(ctx, a) {
    takes("math.factorial", a, 1);
    if (a[0] instanceof PyFloat)
      throw typeError("'float' object cannot be interpreted as an integer");
    const n = big(indexOf(ctx, a[0]));
    if (n < 0n) throw pyErr(ValueError, "factorial() not defined for negative values");
    if (n > LONG_MAX)
      throw pyErr(OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
    return normInt(rangeProduct(2n, n + 1n));
  },
  gcd(ctx, a) {
    let g: Int = 0;
    for (const v of a) g = gcdInt(g, indexOf(ctx, v));
    return g;
  },
  lcm(ctx, a) {
    let l: bigint = 1n;
    const vals = a.map((v) => big(indexOf(ctx, v)));
    for (const v of vals) {
      if (v === 0n) return 0;
      const av = v < 0n ? -v : v;
      l = (l / gcdBig(l, av)) * av;
    }
    return normInt(l);
  },
  isqrt(ctx, a) {
    takes("math.isqrt", a, 1);
    const n = big(indexOf(ctx, a[0]));
    if (n < 0n) throw pyErr(ValueError, "isqrt() argument must be nonnegative");
    return normInt(isqrtBig(n));
  },
  comb(ctx, a) {
    if (a.length !== 2) throw typeError(`comb expected 2 arguments, got ${a.length}`);
    const n = nonNegative(big(indexOf(ctx, a[0])), "n");
    const k = nonNegative(big(indexOf(ctx, a[1])), "k");
    return normInt(combBig(n, k));
  },
  perm(ctx, a) {
    takes("perm", a, 1, 2);
    const kv: PyValue = a[1] ?? None;
    if (kv === None) return mathIntFunctions.factorial(ctx, [a[0]], null);
    const n = nonNegative(big(indexOf(ctx, a[0])), "n");
    const k = nonNegative(big(indexOf(ctx, kv)), "k");
    if (k > n) return 0;
    return normInt(rangeProduct(n - k + 1n, n + 1n));
  },
};
