# abs, divmod, pow, round, sum, bin/oct/hex: results and CPython's error messages.
print(abs(-7), abs(2.5), abs(-0.0), abs(False), abs(-(2 ** 80)))
class Vec:
    def __init__(self, x):
        self.x = x
    def __abs__(self):
        return "abs of %d" % self.x if False else self.x * 10
    def __divmod__(self, other):
        return ("divmod", self.x, other)
    def __rdivmod__(self, other):
        return ("rdivmod", other, self.x)
    def __round__(self, n=None):
        return ("round", n)
    def __index__(self):
        return 5
print(abs(Vec(3)), divmod(Vec(1), 2), divmod(2, Vec(1)), round(Vec(0)), round(Vec(0), 2))
print(divmod(7, 2), divmod(-7, 2), divmod(7, -2), divmod(7.5, 2), divmod(-7, 2.5), divmod(True, 2))
print(divmod(2 ** 70, 3), divmod(1.0, float("inf")))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(4, 0.5), pow(3, 4, 5), pow(2, -1, 5), pow(-2, 3, -5))
print(pow(base=2, exp=5), pow(2, 5, mod=7), pow(2, 3, None), pow(True, 2), pow(10, 25))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(2.675, 2), round(1.25, 1), round(-0.4))
print(round(1234.5678, -2), round(15, -1), round(25, -1), round(2 ** 70, -5), round(True), round(7, None))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(5, 1)).__name__)
print(sum([1, 2, 3]), sum([0.1] * 10), sum([1, 2.5, True]), sum([[1], [2]], []), sum((), 10), sum([1], start=5))
print(sum(x * 0.1 for x in range(10)), sum([10 ** 20, 1, -(10 ** 20)]), sum([1e100, 1.0, -1e100]))
print(bin(10), oct(64), hex(255), bin(-5), hex(-(2 ** 70)), bin(True), hex(Vec(0)), oct(0))
errors = [
    lambda: abs(), lambda: abs("x"), lambda: abs(1, 2), lambda: divmod(1), lambda: divmod("a", 1),
    lambda: divmod(1, 0), lambda: divmod(1.0, 0), lambda: pow(1), lambda: pow(2.0, 3, 4), lambda: pow(2, 3, 0),
    lambda: pow("a", 2), lambda: pow(0, -1), lambda: pow(2, 3, 4, 5), lambda: pow(4, 2, 1.5),
    lambda: round(), lambda: round("x"), lambda: round(1.5, "a"), lambda: round(1, 2, 3),
    lambda: round(float("inf")), lambda: round(float("nan")), lambda: round(None),
    lambda: sum(), lambda: sum(1), lambda: sum(["a"]), lambda: sum(["a"], ""), lambda: sum([1], 2, 3),
    lambda: sum([1], foo=2), lambda: bin(1.5), lambda: hex("a"), lambda: oct(None), lambda: bin(),
    lambda: pow(2, 3, foo=1), lambda: pow(2, base=3), lambda: round(1, foo=2), lambda: round(1.5, number=2),
    lambda: sum([1], 2, start=3), lambda: sum([1], iterable=2), lambda: sum(iterable=[1]),
]
for bad in errors:
    try:
        print("no error:", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
