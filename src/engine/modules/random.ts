/**
 * The `random` module: CPython's Mersenne Twister, seeding and the Python-level
 * algorithms of random.py (randrange, choice, shuffle, sample, choices …), so a
 * seeded program draws exactly the numbers CPython draws. Unseeded generators
 * start from the run's seed, so runs stay reproducible.
 */
import { IndexError, pyErr, typeError, ValueError } from "../runtime/exceptions";
import { asInt, type Int } from "../runtime/numeric";
import {
  PyBuiltin,
  PyFloat,
  PyList,
  PyObject,
  PyTuple,
  PyType,
  type Ctx,
  type NativeFn,
  type PyValue,
} from "../runtime/object";
import { getItem, lenOf, setItem } from "../runtime/ops";
import {
  BuiltinFunctionType,
  defMethod,
  newFloat,
  newTuple,
  None,
  ObjectType,
  typeOf,
} from "../runtime/types";
import { normInt } from "../values/intCore";
import { MT19937 } from "./mt19937";
import { randomDistributions } from "./randomDist";
import { randomSampling } from "./randomSample";
import { defineModule } from "./registry";
import { sha512 } from "./sha512";
import { argOr, big, indexOf, moduleType, newModule } from "./util";

/** An instance of random.Random: a generator plus gauss()'s saved second value. */
export class PyRandom extends PyObject {
  mt = new MT19937();
  gaussNext: number | null = null;
  constructor(cls: PyType) {
    super(cls);
    if (cls.heap) this.dict = new Map();
  }
}

/** random.Random */
export const RandomType = moduleType("random", "Random", [ObjectType], (cls) => new PyRandom(cls));

/** The generator behind a `self` argument. */
export function rng(v: PyValue): PyRandom {
  if (!(v instanceof PyRandom))
    throw typeError(`descriptor requires a 'Random' object but received a '${typeOf(v).name}'`);
  return v;
}

const P61 = (1n << 61n) - 1n;

/** CPython's hash() of a float (the rational value modulo 2**61 - 1), as an unsigned 64-bit seed. */
function floatHashSeed(x: number): bigint {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? 0n : x > 0 ? 314159n : (1n << 64n) - 314159n;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const hi = view.getUint32(0);
  const biased = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(view.getUint32(4));
  let exp = -1074;
  if (biased) {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const shift = BigInt(((exp % 61) + 61) % 61); // 2**exp ≡ 2**(exp mod 61) (mod 2**61 - 1)
  let h = ((mant % P61) << shift) % P61;
  if (x < 0) h = -h;
  if (h === -1n) h = -2n;
  return h < 0n ? h + (1n << 64n) : h;
}

/**
 * Seed material for a generator seeded without an argument (CPython would read
 * os.urandom): 128 bits mixed (SplitMix64) from the run's seed and a per-run
 * counter, so runs are reproducible and successive generators are unrelated.
 */
function runSeed(ctx: Ctx): bigint {
  const n = ((ctx.run.extra.get("random.seedCount") as number | undefined) ?? 0) + 1;
  ctx.run.extra.set("random.seedCount", n);
  const M64 = (1n << 64n) - 1n;
  let x = (BigInt(Math.trunc(Math.abs(ctx.run.seed))) * 0x9e3779b97f4a7c15n + BigInt(n)) & M64;
  let out = 0n;
  for (let i = 0; i < 2; i++) {
    x = (x + 0x9e3779b97f4a7c15n) & M64;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & M64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & M64;
    out = (out << 64n) | (z ^ (z >> 31n));
  }
  return out;
}

/** Random.seed(a=None, version=2). */
export function seedRandom(ctx: Ctx, r: PyRandom, a: PyValue, version: PyValue): void {
  let n: bigint;
  if (a === None) n = runSeed(ctx);
  else if (typeof a === "string") {
    const bytes = new TextEncoder().encode(a);
    if (version === 1) {
      let x = a.length ? BigInt(a.charCodeAt(0)) << 7n : 0n;
      for (const b of Array.from(a))
        x = ((1000003n * x) ^ BigInt(b.codePointAt(0)!)) & 0xffffffffffffffffn;
      x ^= BigInt(a.length);
      n = x;
    } else {
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      n = 0n;
      for (const b of all) n = (n << 8n) | BigInt(b);
    }
  } else if (a instanceof PyFloat) n = floatHashSeed(a.v);
  else {
    const i = asInt(a);
    if (i === null)
      throw typeError(
        "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
      );
    n = big(i);
    if (n < 0n) n = -n;
  }
  r.mt.seedInt(n);
  r.gaussNext = null;
}

/** random.py's randrange(start, stop=None, step=1). */
function randrange(ctx: Ctx, r: PyRandom, a: PyValue[], kw: Map<string, PyValue> | null): Int {
  const startV = argOr(a, 0, kw, "start");
  const stopV = argOr(a, 1, kw, "stop") ?? None;
  const stepV = argOr(a, 2, kw, "step");
  if (startV === undefined)
    throw typeError("Random.randrange() missing 1 required positional argument: 'start'");
  const start = intArgFor(ctx, startV, "arg 1");
  if (stopV === None) {
    if (stepV !== undefined) throw typeError("Missing a non-None stop argument");
    if (start > 0) return r.mt.below(start);
    throw pyErr(ValueError, "empty range for randrange()");
  }
  const stop = intArgFor(ctx, stopV, "stop");
  const width = normInt(big(stop) - big(start));
  const step = stepV === undefined ? 1 : intArgFor(ctx, stepV, "step");
  if (step === 1) {
    if (width > 0) return normInt(big(start) + big(r.mt.below(width)));
    throw pyErr(ValueError, `empty range for randrange() (${start}, ${stop}, ${width})`);
  }
  const st = big(step);
  const w = big(width);
  let n: bigint;
  if (st > 0n) n = floorDiv(w + st - 1n, st);
  else if (st < 0n) n = floorDiv(w + st + 1n, st);
  else throw pyErr(ValueError, "zero step for randrange()");
  if (n <= 0n) throw pyErr(ValueError, "empty range for randrange()");
  return normInt(big(start) + st * big(r.mt.below(normInt(n))));
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** randrange's int conversion: integral floats are accepted (deprecated), others are a ValueError. */
function intArgFor(ctx: Ctx, v: PyValue, what: string): Int {
  if (v instanceof PyFloat) {
    if (!Number.isInteger(v.v)) throw pyErr(ValueError, `non-integer ${what} for randrange()`);
    return normInt(BigInt(v.v));
  }
  return indexOf(ctx, v);
}

const methods: Record<string, NativeFn> = {
  __init__(ctx, a, kw) {
    seedRandom(ctx, rng(a[0]), argOr(a, 1, kw, "x") ?? None, 2);
    return None;
  },
  seed(ctx, a, kw) {
    seedRandom(ctx, rng(a[0]), argOr(a, 1, kw, "a") ?? None, argOr(a, 2, kw, "version") ?? 2);
    return None;
  },
  random: (ctx, a) => newFloat(rng(a[0]).mt.random()),
  getrandbits(ctx, a) {
    const k = Number(indexOf(ctx, a[1]));
    if (k < 0) throw pyErr(ValueError, "number of bits must be non-negative");
    return rng(a[0]).mt.getrandbits(k);
  },
  _randbelow: (ctx, a) => rng(a[0]).mt.below(indexOf(ctx, a[1])),
  randrange: (ctx, a, kw) => randrange(ctx, rng(a[0]), a.slice(1), kw),
  randint(ctx, a, kw) {
    const lo = argOr(a, 1, kw, "a");
    const hi = argOr(a, 2, kw, "b");
    if (lo === undefined || hi === undefined) {
      const missing =
        lo === undefined
          ? hi === undefined
            ? "2 required positional arguments: 'a' and 'b'"
            : "1 required positional argument: 'a'"
          : "1 required positional argument: 'b'";
      throw typeError(`Random.randint() missing ${missing}`);
    }
    const hiPlus = hi instanceof PyFloat ? newFloat(hi.v + 1) : normInt(big(indexOf(ctx, hi)) + 1n);
    return randrange(ctx, rng(a[0]), [lo, hiPlus], null);
  },
  choice(ctx, a) {
    const r = rng(a[0]);
    const seq = a[1];
    const n = lenOf(ctx, seq);
    if (!n) throw pyErr(IndexError, "Cannot choose from an empty sequence");
    return getItem(ctx, seq, r.mt.below(n));
  },
  shuffle(ctx, a) {
    const r = rng(a[0]);
    const x = a[1];
    const n = lenOf(ctx, x);
    for (let i = n - 1; i >= 1; i--) {
      const j = r.mt.below(i + 1) as number;
      if (x instanceof PyList && !x.cls.heap) {
        const t = x.items[i];
        x.items[i] = x.items[j];
        x.items[j] = t;
      } else {
        const xi = getItem(ctx, x, i);
        const xj = getItem(ctx, x, j);
        setItem(ctx, x, i, xj);
        setItem(ctx, x, j, xi);
      }
    }
    return None;
  },
  getstate(ctx, a) {
    const r = rng(a[0]);
    const words: PyValue[] = Array.from(r.mt.state, (w) => w);
    words.push(r.mt.index);
    return newTuple([3, newTuple(words), r.gaussNext === null ? None : newFloat(r.gaussNext)]);
  },
  setstate(ctx, a) {
    const r = rng(a[0]);
    const st = a[1];
    if (!(st instanceof PyTuple) || st.items.length !== 3)
      throw typeError("state vector must be a tuple");
    const [version, words, g] = st.items;
    if (version !== 3 && version !== 2)
      throw pyErr(
        ValueError,
        `state with version ${String(version)} passed to Random.setstate() of version 3`,
      );
    if (!(words instanceof PyTuple) || words.items.length !== 625)
      throw pyErr(ValueError, "state vector is the wrong size");
    words.items.slice(0, 624).forEach((w, i) => (r.mt.state[i] = Number(asInt(w) ?? 0)));
    const idx = Number(asInt(words.items[624]) ?? 0);
    if (idx < 0 || idx > 624) throw pyErr(ValueError, "invalid state");
    r.mt.index = idx;
    r.gaussNext = g instanceof PyFloat ? g.v : null;
    return None;
  },
  ...randomSampling,
  ...randomDistributions,
};
for (const [k, f] of Object.entries(methods)) defMethod(RandomType, k, f);

function makeRandom(ctx: Ctx) {
  const m = newModule("random");
  const d = m.dict!;
  const inst = new PyRandom(RandomType);
  seedRandom(ctx, inst, None, 2);
  d.set("Random", RandomType);
  d.set("_inst", inst);
  // Module-level functions are bound methods of one hidden instance, as in random.py.
  for (const name of Object.keys(methods)) {
    if (name.startsWith("_")) continue;
    d.set(name, new PyBuiltin(BuiltinFunctionType, name, methods[name], false, inst, "Random"));
  }
  return m;
}

defineModule("random", makeRandom);
