/**
 * Decimal digits of a float, the three ways CPython's dtoa produces them:
 * shortest round-trip (mode 0), n significant digits (mode 2) and n digits
 * after the point (mode 3). Rounding is half-even on the exact binary value.
 */
import { decompose } from "./exactFloat";

/** Digits without trailing zeros and the decimal point position: value = 0.DIGITS * 10**decpt. */
export interface Digits {
  digits: string;
  decpt: number;
}

/** Shortest digits that read back as |x| (x finite, nonzero); JS's algorithm picks the same digits as dtoa mode 0. */
export function shortestDigits(x: number): Digits {
  const [mant, exp] = Math.abs(x).toExponential().split("e");
  return { digits: mant.replace(".", ""), decpt: Number(exp) + 1 };
}

// |x| as the exact fraction num / den.
function exactRatio(x: number): [bigint, bigint] {
  const { mant, exp } = decompose(Math.abs(x));
  return exp >= 0 ? [mant << BigInt(exp), 1n] : [mant, 1n << BigInt(-exp)];
}

function divNearEven(num: bigint, den: bigint): bigint {
  const q = num / den;
  const twice = 2n * (num % den);
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

function stripZeros(digits: string, decpt: number): Digits {
  return { digits: digits.replace(/0+$/, ""), decpt };
}

/** |x| rounded to ndigits digits after the decimal point (dtoa mode 3, ndigits >= 0); "" when it rounds to zero. */
export function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [num, den] = exactRatio(x);
  const n = divNearEven(num * 10n ** BigInt(ndigits), den);
  if (n === 0n) return { digits: "", decpt: -ndigits };
  const s = n.toString();
  return stripZeros(s, s.length - ndigits);
}

/** |x| rounded to ndigits significant digits (dtoa mode 2, ndigits >= 1). */
export function significantDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [num, den] = exactRatio(x);
  // Find k with 10**k <= |x| < 10**(k+1), starting from the float estimate.
  let k = Math.floor(Math.log10(Math.abs(x)));
  const pow = (e: number): [bigint, bigint] =>
    e >= 0 ? [10n ** BigInt(e), 1n] : [1n, 10n ** BigInt(-e)];
  const below = (e: number): boolean => {
    const [pn, pd] = pow(e);
    return num * pd < pn * den; // |x| < 10**e
  };
  while (below(k)) k--;
  while (!below(k + 1)) k++;
  // Scale so that the integer part has ndigits digits, then round once.
  const shift = ndigits - 1 - k;
  const [sn, sd] = pow(shift);
  let n = divNearEven(num * sn, den * sd);
  let decpt = k + 1;
  if (n === 10n ** BigInt(ndigits)) {
    n /= 10n;
    decpt += 1;
  }
  return stripZeros(n.toString(), decpt);
}
