/** Programs exercising `math`; each must print what CPython prints. */
import { py } from "./pyrun";

/** Cases by name. */
export const cases: Record<string, string> = {
  constants: py`
    import math
    print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, type(math.nan).__name__)
  `,
  rounding: py`
    import math
    for x in [2.5, -2.5, 0.0, -0.0, 1e300, -7.9, 3, True, 2**70 + 0.0]:
        print(math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
    print(math.floor(10**30), math.ceil(-10**30))
    for bad in [float("inf"), float("nan"), "x"]:
        for f in (math.floor, math.ceil, math.trunc):
            try:
                f(bad)
            except Exception as e:
                print(type(e).__name__, e)
    class F:
        def __floor__(self): return "floored"
        def __ceil__(self): return "ceiled"
        def __trunc__(self): return "truncated"
    print(math.floor(F()), math.ceil(F()), math.trunc(F()))
  `,
  integers: py`
    import math
    print(math.factorial(0), math.factorial(20), math.factorial(25), len(str(math.factorial(500))))
    print(math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(-4, 0), math.gcd(2**100, 6**40))
    print(math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(-3, 4))
    print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**127 - 1), math.isqrt(True))
    print(math.comb(10, 3), math.comb(3, 10), math.comb(100, 50), math.perm(5), math.perm(6, 2), math.perm(3, 4))
    for bad in [lambda: math.factorial(-2), lambda: math.factorial(2.0), lambda: math.isqrt(-1),
                lambda: math.comb(-1, 2), lambda: math.comb(5, -1), lambda: math.perm(-3), lambda: math.gcd(1.5),
                lambda: math.comb(1), lambda: math.factorial()]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
  `,
  transcendental: py`
    import math
    xs = [0.5, 1.0, 2.0, 3.0, 10.0, 0.1, 1e-5, 123.456, 1e10, 7.0, 0.7853981633974483]
    for x in xs:
        print(math.exp(x), math.log(x), math.log2(x), math.log10(x), math.sqrt(x))
        print(math.sin(x), math.cos(x), math.tan(x), math.atan(x))
    for y in [0.0, 0.25, -0.5, 0.99, 1.0, -1.0]:
        print(math.asin(y), math.acos(y))
    print(math.log(2**1000), math.log(10**400), math.log2(2**2000), math.log10(10**500), math.log(10**400, 10))
    print(math.log(100, 10), math.log(8, 2), math.log(1, 5), math.exp(-1000), math.exp(709))
    print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, -1), math.atan2(1, 0))
    print(math.atan2(math.inf, -math.inf), math.atan2(5, math.inf), math.atan2(1e-300, 1e300))
    print(math.sinh(1), math.cosh(1), math.tanh(0.5), math.asinh(1), math.acosh(2), math.atanh(0.5))
    print(math.expm1(1e-10), math.log1p(1e-10), math.degrees(1), math.radians(90))
  `,
  domain_errors: py`
    import math
    cases = [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.log(0.0),
             lambda: math.log10(-5), lambda: math.log2(0), lambda: math.exp(1000), lambda: math.asin(2),
             lambda: math.acos(-1.5), lambda: math.atanh(1), lambda: math.sin(math.inf), lambda: math.log(1, 1),
             lambda: math.pow(0, -1), lambda: math.pow(-8, 1/3), lambda: math.pow(10, 400), lambda: math.cosh(1000),
             lambda: math.fmod(1, 0), lambda: math.fmod(math.inf, 2), lambda: math.sqrt("4"), lambda: math.sqrt(),
             lambda: math.log(), lambda: math.ldexp(1.0, 1.5), lambda: math.exp(10**400)]
    for c in cases:
        try:
            print(c())
        except Exception as e:
            print(type(e).__name__, e)
  `,
  pow_and_friends: py`
    import math
    print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(-2, -3), math.pow(0, 0), math.pow(math.nan, 0))
    print(math.pow(1, math.nan), math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(0.5, math.inf), math.pow(-0.0, 3))
    print(math.fabs(-3), math.fabs(-0.0), math.copysign(3, -0.0), math.copysign(-2, 5), math.copysign(1, math.nan))
    print(math.fmod(-7, 3), math.fmod(7, -3), math.fmod(5.5, math.inf), math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7.5, 2))
    print(math.modf(3.25), math.modf(-3.0), math.modf(math.inf), math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324))
    print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(3, 10**10 * 0 + 5))
    print(math.hypot(3, 4), math.hypot(1, 1), math.hypot(), math.hypot(-2), math.hypot(1e200, 1e200), math.hypot(1, 2, 3, 4))
    print(math.hypot(0.1, 0.2, 0.3), math.dist((0, 0), (3, 4)), math.dist([1.5, 2.5], [0.1, 0.7]))
    print(math.isclose(1, 1 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(math.inf, math.inf), math.isclose(0, 1e-10, abs_tol=1e-9))
    print(math.isfinite(1e308), math.isinf(-math.inf), math.isnan(float("nan")), math.isfinite(10**400))
    print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0))
  `,
  fsum_prod: py`
    import math
    print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
    print(math.fsum([1e-16, 1, 1e16]), math.fsum([]), math.fsum(range(10)), math.fsum(x / 7 for x in range(100)))
    print(math.fsum([math.inf, 1.0]), math.fsum([-math.inf, -1e308]))
    for bad in [[math.inf, -math.inf], [1e308, 1e308], ["a"]]:
        try:
            math.fsum(bad)
        except Exception as e:
            print(type(e).__name__, e)
    print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 4]), math.prod(range(1, 30)), math.prod([2, 3], start=10))
    print(math.prod(["ab"], start=3), math.prod([[1]], start=2))
  `,
};
