# Checks conversion builtins: repr/str/int/float/bool/list/dict/tuple/set/frozenset.
print(repr("a"), str("a"), repr(1.0), str(1.0), repr([1, "b"]), str([1, "b"]))
print(int("12"), int(12.9), int(-12.9), int("-0"), float("1"), float(" 1.5 "), float("-inf"))
print(bool(0), bool("0"), bool([]), bool(None), bool(0.0), bool(" "))
print(list("abc"), list((1, 2)), list({1: "a", 2: "b"}), list(range(3)), list())
print(dict([("a", 1), ("b", 2)]), dict(a=1), dict({"x": 1}, y=2), dict(zip("ab", "cd")), dict())
print(tuple([1, 2]), tuple("hi"), tuple(), tuple({3: 0}))
print(set([3, 1, 3]), set("aaa"), set(), frozenset([1, 2, 1]), frozenset())
print(sorted(set("hello")), sorted(frozenset("world")))
print(str(None), str(True), repr(None), str(b"x"), str(-0.0), str(10 ** 25))
print(int("  7 "), float("1_000.5"), int(float("1e3")), float(int("10")))
for bad in ["3.5", "x", "", "1e3"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ["abc", "1.2.3", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    dict([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(str(3) + str(4), int("3") + int("4"), float("3") + 4)
