# Checks enumerate, zip, map, filter, reversed, any, all and their laziness.
fruits = ["apple", "banana", "cherry"]
print(list(enumerate(fruits)), list(enumerate(fruits, start=1)), list(enumerate("ab", 10)))
for i, f in enumerate(fruits, 1):
    print(f"{i}. {f}")
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1], [2], [3])))
print(dict(zip(fruits, map(len, fruits))))
names, lengths = zip(*[("x", 1), ("yy", 2)])
print(names, lengths)
print(list(map(str.upper, fruits)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(int, "123")), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda n: n % 2, range(10))))
print(list(reversed([1, 2, 3])), "".join(reversed("abc")), list(reversed(range(3))))
print(any([0, "", None]), any([0, 1]), all([1, "x"]), all([1, 0]), any([]), all([]))
m = map(lambda n: n * 10, [1, 2, 3])
print(type(m).__name__, next(m), list(m), list(m))
z = zip(range(3), range(3))
print(type(z).__name__, next(z), list(z))
e = enumerate("hi")
print(type(e).__name__, next(e), next(e))
try:
    next(e)
except StopIteration:
    print("enumerate exhausted")
print(list(zip(range(5), reversed(range(5)), "abcde")))
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return self.n - i
print(list(Countdown(3)), list(reversed(Countdown(3))), sum(Countdown(4)))
try:
    reversed(iter([1]))
except TypeError as e:
    print("TypeError:", e)
