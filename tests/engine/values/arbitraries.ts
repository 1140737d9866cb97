/** fast-check generators shared by the value-layer property tests. */
import fc from "fast-check";
import { normInt, type PyInt } from "../../../src/engine/values/intCore";

/** The fixed seed that keeps every property test deterministic. */
export const SEED = 20240611;

/** Draws `n` values from `arb` with the fixed seed. */
export function draw<T>(arb: fc.Arbitrary<T>, n = 500, seed = SEED): T[] {
  return fc.sample(arb, { seed, numRuns: n });
}

/** Python ints: small, around 2**53, and huge, both signs, in the engine's normalized form. */
export const pyInt: fc.Arbitrary<PyInt> = fc.oneof(
  fc.integer({ min: -20, max: 20 }),
  fc.integer({ min: -100000, max: 100000 }),
  fc.maxSafeInteger(),
  fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }).map(normInt),
  fc.bigInt({ min: -(2n ** 300n), max: 2n ** 300n }).map(normInt),
  fc
    .tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: -3, max: 3 }), fc.boolean())
    .map(([e, d, neg]) => normInt((neg ? -1n : 1n) * (2n ** BigInt(e) + BigInt(d)))),
  fc.integer({ min: 0, max: 400 }).map((e) => normInt(10n ** BigInt(e))),
);

/** Python floats: any double (NaN, infinities, -0.0, subnormals), integral values, short decimals. */
export const pyFloat: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
  fc.integer({ min: -1000, max: 1000 }).map((x) => x + 0.0),
  fc
    .tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 6 }))
    .map(([m, k]) => m / 10 ** k),
  fc.integer({ min: -1074, max: 1023 }).map((e) => 2 ** e),
  fc.integer({ min: -330, max: 310 }).map((e) => Number(`1e${e}`)),
  fc.constantFrom(
    0.5,
    1.5,
    2.5,
    -0.5,
    -2.5,
    0.0,
    -0.0,
    1.0,
    -1.0,
    Infinity,
    -Infinity,
    NaN,
    5e-324,
    1.7976931348623157e308,
  ),
);
