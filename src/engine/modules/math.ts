/** The `math` module, with CPython 3.11's results, special cases and error messages. */
import { binaryOp } from "../runtime/binops";
import {
  OverflowError,
  pyErr,
  typeError,
  ValueError,
  ZeroDivisionError,
} from "../runtime/exceptions";
import { asInt } from "../runtime/numeric";
import { PyFloat, type Ctx, type NativeFn, type PyValue } from "../runtime/object";
import { getIter, next } from "../runtime/ops";
import { newFloat, typeOf } from "../runtime/types";
import { floatToInt } from "../values/exactFloat";
import { positivePow } from "../values/floatPow";
import * as X from "./mathExact";
import { copysign, mathFloatFunctions, signBit } from "./mathFloat";
import { mathIntFunctions } from "./mathInt";
import { defineModule } from "./registry";
import { addFunctions, big, lift, newModule, takes, toDouble } from "./util";

const domainError = () => pyErr(ValueError, "math domain error");
const rangeError = () => pyErr(OverflowError, "math range error");

/** CPython's math_1: apply f and map a NaN or infinite result from a regular input to the C errors. */
function math1(name: string, f: (x: number) => number, canOverflow: boolean): NativeFn {
  return (ctx, a) => {
    takes(`math.${name}`, a, 1);
    const x = toDouble(ctx, a[0]);
    const r = f(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) throw domainError();
    if (!Number.isFinite(r) && Number.isFinite(x) && !Number.isNaN(r))
      throw canOverflow ? rangeError() : domainError();
    return newFloat(r);
  };
}

/** CPython's loghelper: ints (even too big for a float) handled exactly, floats through `f`. */
function logOf(ctx: Ctx, v: PyValue, f: (x: number) => number): number {
  const i = asInt(v);
  if (i !== null) {
    if (i <= 0) throw domainError();
    const fx = Number(i);
    if (Number.isFinite(fx)) return f(fx);
    // log(m * 2**e) = log(m) + e * log(2), with m in [0.5, 1).
    const b = big(i);
    const e = b.toString(2).length;
    const m = Number(b >> BigInt(e - 60)) / 2 ** 60;
    return f(m) + f(2) * e;
  }
  const x = toDouble(ctx, v);
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x <= 0) throw domainError();
  return f(x);
}

/** floor/ceil: ints pass through, floats convert exactly, other objects use __floor__/__ceil__. */
function rounding(name: "floor" | "ceil", f: (x: number) => number): NativeFn {
  return (ctx, a) => {
    takes(`math.${name}`, a, 1);
    const v = a[0];
    if (v instanceof PyFloat) return lift(() => floatToInt(f(v.v)));
    const i = asInt(v);
    if (i !== null) return i;
    const m = typeOf(v).lookup(`__${name}__`);
    if (m !== undefined) return ctx.call(m, [v]);
    const x = toDouble(ctx, v);
    return lift(() => floatToInt(f(x)));
  };
}

/** CPython's math.pow: IEEE special values first, then the C library's pow. */
function mathPow(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  if (y === 0 || x === 1) return 1;
  if (x === 0) {
    if (y < 0) throw domainError();
    return Number.isInteger(y) && Math.abs(y) % 2 === 1 ? x : 0;
  }
  if (x < 0 && !Number.isInteger(y)) throw domainError();
  const mag = positivePow(Math.abs(x), y);
  const r = x < 0 && Math.abs(y) % 2 === 1 ? -mag : mag;
  if (!Number.isFinite(r)) throw rangeError();
  return r;
}

/** CPython's m_atan2: the special values, then a correctly rounded atan2. */
function atan2(y: number, x: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    if (!Number.isFinite(x)) return copysign(signBit(x) ? 0.75 * Math.PI : 0.25 * Math.PI, y);
    return copysign(0.5 * Math.PI, y);
  }
  if (!Number.isFinite(x) || y === 0) return signBit(x) ? copysign(Math.PI, y) : copysign(0, y);
  return X.atan2(y, x);
}

function nextafter(x: number, y: number): number {
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (x === y) return y;
  if (x === 0) return y > 0 ? 5e-324 : -5e-324;
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  const bits = v.getBigUint64(0);
  v.setBigUint64(0, y > x === x > 0 ? bits + 1n : bits - 1n);
  return v.getFloat64(0);
}

function two(name: string, f: (x: number, y: number) => number): NativeFn {
  return (ctx, a) => {
    if (a.length !== 2) throw typeError(`${name} expected 2 arguments, got ${a.length}`);
    return newFloat(f(toDouble(ctx, a[0]), toDouble(ctx, a[1])));
  };
}

const fns: Record<string, NativeFn> = {
  ...mathIntFunctions,
  ...mathFloatFunctions,
  sqrt: math1("sqrt", Math.sqrt, false),
  exp: math1("exp", X.exp, true),
  exp2: math1("exp2", (x) => positivePowOr(2, x), true),
  expm1: math1("expm1", Math.expm1, true),
  log1p: math1("log1p", Math.log1p, false),
  sin: math1("sin", (x) => X.trig("sin", x), false),
  cos: math1("cos", (x) => X.trig("cos", x), false),
  tan: math1("tan", (x) => X.trig("tan", x), false),
  asin: math1("asin", (x) => X.arcsin("asin", x), false),
  acos: math1("acos", (x) => X.arcsin("acos", x), false),
  atan: math1("atan", X.atan, false),
  sinh: math1("sinh", Math.sinh, true),
  cosh: math1("cosh", Math.cosh, true),
  tanh: math1("tanh", Math.tanh, false),
  asinh: math1("asinh", Math.asinh, false),
  acosh: math1("acosh", Math.acosh, false),
  atanh: math1("atanh", Math.atanh, false),
  cbrt: math1("cbrt", Math.cbrt, false),
  fabs: math1("fabs", Math.abs, false),
  floor: rounding("floor", Math.floor),
  ceil: rounding("ceil", Math.ceil),
  trunc(ctx, a) {
    takes("math.trunc", a, 1);
    const v = a[0];
    if (v instanceof PyFloat) return lift(() => floatToInt(v.v));
    const i = asInt(v);
    if (i !== null) return i;
    const m = typeOf(v).lookup("__trunc__");
    if (m === undefined) throw typeError(`type ${typeOf(v).name} doesn't define __trunc__ method`);
    return ctx.call(m, [v]);
  },
  log(ctx, a) {
    if (a.length < 1 || a.length > 2) throw typeError("math.log requires 1 to 2 arguments");
    const num = logOf(ctx, a[0], X.log);
    if (a.length === 1) return newFloat(num);
    const den = logOf(ctx, a[1], X.log);
    if (den === 0) throw pyErr(ZeroDivisionError, "float division by zero");
    return newFloat(num / den);
  },
  log2(ctx, a) {
    takes("math.log2", a, 1);
    return newFloat(logOf(ctx, a[0], X.log2));
  },
  log10(ctx, a) {
    takes("math.log10", a, 1);
    return newFloat(logOf(ctx, a[0], X.log10));
  },
  pow: two("pow", mathPow),
  atan2: two("atan2", atan2),
  nextafter: two("nextafter", nextafter),
  degrees: math1("degrees", (x) => x * (180 / Math.PI), false),
  radians: math1("radians", (x) => x * (Math.PI / 180), false),
  isfinite(ctx, a) {
    takes("math.isfinite", a, 1);
    return Number.isFinite(toDouble(ctx, a[0]));
  },
  isinf(ctx, a) {
    takes("math.isinf", a, 1);
    return Math.abs(toDouble(ctx, a[0])) === Infinity;
  },
  isnan(ctx, a) {
    takes("math.isnan", a, 1);
    return Number.isNaN(toDouble(ctx, a[0]));
  },
  prod(ctx, a, kw) {
    if (a.length !== 1)
      throw typeError(`prod() takes exactly 1 positional argument (${a.length} given)`);
    for (const k of kw?.keys() ?? [])
      if (k !== "start") throw typeError(`prod() got an unexpected keyword argument '${k}'`);
    let acc: PyValue = kw?.get("start") ?? 1;
    const it = getIter(ctx, a[0]);
    for (let x = next(ctx, it); x !== undefined; x = next(ctx, it))
      acc = binaryOp(ctx, 2, acc, x, false);
    return acc;
  },
};

/** 2 ** x with C pow's accuracy (exp2 of an integer is exact). */
function positivePowOr(base: number, x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === Infinity) return x;
  if (x === -Infinity) return 0;
  return positivePow(base, x);
}

function makeMath(): ReturnType<typeof newModule> {
  const m = newModule("math");
  addFunctions(m, fns);
  const d = m.dict!;
  d.set("pi", newFloat(Math.PI));
  d.set("e", newFloat(Math.E));
  d.set("tau", newFloat(2 * Math.PI));
  d.set("inf", newFloat(Infinity));
  d.set("nan", newFloat(NaN));
  return m;
}

defineModule("math", makeMath);
