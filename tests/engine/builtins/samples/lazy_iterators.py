# enumerate, zip, map, filter, reversed, any, all: lazy, one item per next(), CPython's types and errors.
def source(name, n):
    for i in range(n):
        print(f"  {name} gives {i}")
        yield i

print(list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate("ab", start=-1)), list(enumerate([], 5)))
print(list(enumerate("xy", 2 ** 70)), list(enumerate(iterable="q", start=True)))
e = enumerate(source("e", 3))
print("made enumerate")
print(next(e), next(e))
z = zip(source("a", 3), source("b", 2))
print("made zip", type(z).__name__)
print(next(z))
print(list(z))
print(list(zip()), list(zip([1], [2], [3])), list(zip("abc", range(10))), list(zip(*[(1, "x"), (2, "y")])))
m = map(lambda x, y: x * y, source("m", 5), [10, 20])
print("made map")
print(list(m), list(m))
f = filter(lambda n: n % 2, source("f", 4))
print("made filter", type(f).__name__)
print(next(f), list(f))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(bool, (0, 2))))
print(any(x > 1 for x in source("any", 5)))
print(all(x < 1 for x in source("all", 5)))
print(any([]), all([]), any(iter([0, 0.0, ""])), all({1: 0, 2: 0}))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")), list(reversed(range(10, 0, -3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed(range(0))))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 100
class Rev:
    def __reversed__(self):
        return iter("custom")
class NotRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
print(list(reversed(Seq())), list(reversed(Rev())), list(Seq()))
lst = [1, 2, 3, 4]
r = reversed(lst)
print(next(r), type(r).__name__)
del lst[:]
print(list(r))
it = map(str, [1, 2])
print(iter(it) is it, it.__next__(), next(it, "end"), next(it, "end"))
strict_cases = [
    lambda: list(zip([1, 2], [3], strict=True)), lambda: list(zip([1], [3, 4], strict=True)),
    lambda: list(zip([1], [3, 4], [5], strict=True)), lambda: list(zip([1, 2], [3, 4], [5], strict=True)),
    lambda: list(zip([1, 2], [3, 4], strict=True)), lambda: list(zip(strict=True)),
]
errors = strict_cases + [
    lambda: enumerate(), lambda: enumerate(1), lambda: enumerate([], "a"), lambda: enumerate([], 1, 2),
    lambda: enumerate([], foo=1), lambda: zip(1), lambda: zip([1], 2), lambda: zip(foo=1),
    lambda: map(), lambda: map(len), lambda: map(len, 1), lambda: list(map(1, [1])), lambda: map(func=len),
    lambda: filter(), lambda: filter(None), lambda: filter(None, 1), lambda: reversed(), lambda: reversed(1),
    lambda: reversed({1}), lambda: reversed(NotRev()), lambda: reversed([1], [2]), lambda: any(), lambda: any(1),
    lambda: all(1), lambda: any([], []), lambda: any(x=1),
    lambda: zip(strict=True, x=1), lambda: enumerate([1], 2, start=3),
]
for bad in errors:
    try:
        print("no error:", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
