# Checks the shortest-repr printing of floats and special values.
values = [0.1 + 0.2, 1e16, 1e15, 1e-5, 0.0001, 1 / 3, 2 / 3, 1.0, 100.0, 1.5e300,
          123456789.123456789, 1e22, 1e-7, 2.5e-7, 0.1 * 3, 9007199254740993.0]
for v in values:
    print(v, repr(v), str(v))

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("1e500"), -float("1e500"))
print(inf > 10 ** 300, inf == inf, nan == nan, nan != nan)
print(-0.0, 0.0 == -0.0, repr(-0.0), abs(-0.0))
print(inf - inf, inf * 0, 1 / inf)
print(float("3.14"), float("  -2.5e3 "), float(7), float("nan"))
print(3.0 * 1.1, 1.1 + 2.2, 0.3 - 0.1)
print(2 ** 0.5 * 2 ** 0.5, 10 / 4, 10 / 5)
print(float(2 ** 100), float(10 ** 20))
print(1e308 * 10, -1e308 * 10)
print(5e-324, 5e-324 / 2)
print(float("0.1") == 0.1, 0.1 + 0.7, 4.35 * 100)
print((0.5).as_integer_ratio(), (0.1).is_integer(), (2.0).is_integer())
print(str(1.0e-4), str(12345678901234567890.0))
