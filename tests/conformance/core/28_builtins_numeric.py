# Checks numeric builtins: divmod, pow, round, abs, min, max, sum.
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5))
print(pow(2, 8), pow(2, 8, 10), pow(2.0, 3), pow(4, 0.5))
print(round(3.7), round(-3.7), round(3.14159, 2), round(1234, -2))
print(abs(-5), abs(5.5), abs(-0.0), abs(True), abs(-2 ** 70))
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((2, "b"), (2, "a")))
print(min([], default=None), max([], default=0), max([3, -7, 5], key=abs), min("bca", key=ord))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([0, -0.0]), min([-0.0, 0]))
print(sum([1, 2, 3]), sum([0.1] * 10), sum(range(101)), sum([1, 2], 10), sum([], 7))
print(sum([1.5, 2, True]), sum(x / 10 for x in range(5)))
pairs = [("a", 3), ("b", 1), ("c", 3)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(max(2, 2.0), max(2.0, 2))
for bad in [lambda: min(), lambda: max([]), lambda: sum(["a", "b"], ""), lambda: abs("x")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(sum([[1], [2, 3]], []), max({"b": 1, "a": 2}), min({3, 1, 2}))
