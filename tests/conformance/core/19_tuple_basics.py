# Checks tuples: packing, singletons, immutability, methods and comparison.
t = (1, 2, 3)
single = (1,)
not_tuple = (1)
empty = ()
packed = 4, 5, 6
print(t, single, not_tuple, empty, packed, type(packed).__name__)
print(len(t), t[0], t[-1], t[1:], t[::-1], t + (4,), t * 2)
print(t.index(2), (1, 1, 2).count(1), 2 in t, tuple("abc"), tuple([1, 2]))
print((1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
nested = ([1], 2)
nested[0].append(99)
print(nested)
a, b, c = t
print(a, b, c)
a, b = b, a
print(a, b)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, -2, 8])
print(lo, hi, minmax("hello"))
print(hash((1, 2)) == hash((1, 2)), {(0, 0): "origin"}[(0, 0)])
print(repr(((),)), str((None, True, "s")), (1.5, [2]))
coords = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in coords], sum(x for x, _ in coords))
print(tuple(range(3)), tuple(x * 2 for x in range(3)), max(coords))
print(divmod(17, 5), type(divmod(17, 5)).__name__)
