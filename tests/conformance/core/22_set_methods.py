# Checks set methods and operators (printed sets hold small ints or are sorted).
s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
print(s, len(s), 3 in s, 2 in s)
s.remove(4)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([9], (8,)), a.intersection(range(3)))
print({1, 2} <= a, {1, 2}.issubset(a), a.issuperset({1}), {1, 5}.issubset(a), a < a, a <= a)
print(a.isdisjoint({7, 8}), set(), type({}).__name__, type(set()).__name__)
fs = frozenset([2, 1, 2])
print(fs, fs | {3}, {fs: "ok"}[frozenset({1, 2})])
print(set([1, 1, 2]) == {2, 1}, {1, 2} == frozenset({1, 2}))
names = {"carol", "alice", "bob", "alice"}
print(sorted(names), len(names))
print(sorted(names | {"dave"}), sorted(names - {"bob"}))
evens = {n for n in range(10) if n % 2 == 0}
print(evens)
a |= {7}
a -= {1}
a &= {2, 3, 6, 7}
print(a)
a ^= {3, 5}
print(a)
print(a.pop() in {2, 5, 7}, len(a))
s2 = {5, 6}
s2.update([7], {8})
s2.clear()
print(s2, bool(s2))
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
