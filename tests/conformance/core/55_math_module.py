# Checks the math module: constants, sqrt/floor/ceil/gcd/factorial/isclose/log and trig (rounded).
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.floor(-3.5), math.ceil(-3.5), math.floor(7))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 8), math.lcm(4, 6))
print(math.factorial(0), math.factorial(10), math.factorial(30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.001), math.isclose(1.0, 1.001, rel_tol=0.01))
print(math.isclose(0.0, 1e-12), math.isclose(0.0, 1e-12, abs_tol=1e-9))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2))
print(math.exp(0), math.exp(1) == math.e, math.pow(2, 10), math.hypot(3, 4))
print(round(math.sin(math.pi / 6), 10), round(math.cos(math.pi / 3), 10), round(math.tan(math.pi / 4), 10))
print(round(math.sin(math.pi), 10), round(math.cos(math.pi), 10), round(math.degrees(math.pi), 6))
print(round(math.radians(180), 10), round(math.atan2(1, 1), 10), round(math.asin(1), 10))
print(math.fabs(-3), math.copysign(3, -0.0), math.trunc(-7.9), math.fmod(-7, 3), -7 % 3)
print(math.isinf(math.inf), math.isnan(math.nan), math.isfinite(1e308), math.inf > 1e308)
print(math.prod([1, 2, 3, 4]), math.fsum([0.1] * 10), sum([0.1] * 10), math.comb(5, 2), math.perm(5, 2))
print(math.modf(3.25), math.frexp(8.0), math.ldexp(0.5, 4))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.factorial(-1)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
r = 2.5
print(f"area {math.pi * r ** 2:.4f}", math.floor(math.log10(12345)) + 1)
