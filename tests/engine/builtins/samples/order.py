# min, max and sorted: keys, defaults, ties, stability, and which pair an error names.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("abc"), min((2, "b"), (2, "a")))
print(min([], default=None), max([], default=0), max([3, -7, 5], key=abs), min("bca", key=ord))
print(max([1, 3, 3.0]), max([3.0, 3, 1]), min([0, -0.0]), min([-0.0, 0]), max(2, 2.0), max(2.0, 2))
print(max((1,), default=5), max([], default=None, key=len), min(1, 2, key=lambda x: -x), max("b", "a", key=None))
print(max({"b": 1, "a": 2}), min({3, 1, 2}), max(range(5), key=lambda n: n % 3))
pairs = [("a", 3), ("b", 1), ("c", 3), ("d", 1)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([3, 1, 2]), sorted("bca"), sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=1), sorted([], reverse=True))
print(sorted((x % 4 for x in range(10)), reverse=True), sorted([2.5, 1, True, -3]))

class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"  {self.v} < {other.v}?")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  {self.v} > {other.v}?")
        return self.v > other.v
    def __repr__(self):
        return f"L{self.v}"
print("sorted:")
print(sorted([Loud(3), Loud(1), Loud(2), Loud(1)]))
print("max:")
print(max(Loud(1), Loud(3), Loud(2)))
print("min:")
print(min([Loud(2), Loud(1), Loud(1)]))
errors = [
    lambda: min(), lambda: max(), lambda: max([]), lambda: min([], key=len), lambda: max(1, 2, default=3),
    lambda: max([1], foo=1), lambda: min(1, "a"), lambda: max([1, "a"]), lambda: max(key=len), lambda: min(3),
    lambda: sorted(), lambda: sorted(1), lambda: sorted([1], None), lambda: sorted([1, "a"]),
    lambda: sorted([1, 2], key=1), lambda: sorted([1], foo=1), lambda: sorted([3, 1], reverse=None),
    lambda: sorted([Loud(1), 5]),
    lambda: sorted([1], reverse=True, key=None, x=1), lambda: min([1], key=None, default=2, x=3),
    lambda: max([1], default=2, key=None, x=3),
]
for bad in errors:
    try:
        print("no error:", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
