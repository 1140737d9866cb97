# Checks tuple/list unpacking, starred targets and nested unpacking in for loops.
a, b, c = 1, 2, 3
print(a, b, c)
a, *b, c = range(6)
print(a, b, c)
*head, tail = "xyz"
print(head, tail)
first, *rest = [1]
print(first, rest)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
for i, (name, score) in enumerate([("ann", 90), ("bob", 72)], start=1):
    print(i, name, score)
for (k, (lo, hi)) in {"a": (0, 5), "b": (2, 9)}.items():
    print(k, hi - lo)
for a, *others in [(1, 2, 3), (4,), (5, 6)]:
    print(a, others)
print(*[1, 2, 3], sep="-")
print([*range(3), *"ab"], (*"cd",), {*[1, 1, 2]})
print({**{"a": 1}, **{"b": 2}})
def f(a, b, c):
    return a + b * c
print(f(*[1, 2], 3), f(**{"c": 1, "a": 2, "b": 3}))
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    u, v, w = [1, 2]
except ValueError as e:
    print("ValueError:", e)
try:
    m, *n, o = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    s, t = 5
except TypeError as e:
    print("TypeError:", e)
matrix = [[1, 2], [3, 4]]
(r1c1, r1c2), (r2c1, r2c2) = matrix
print(r1c1 * r2c2 - r1c2 * r2c1)
