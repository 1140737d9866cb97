# Checks iter/next with and without default, the iterator protocol, hash and id equality.
it = iter([10, 20])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(iter(s) is s, list(s))
d_it = iter({"x": 1, "y": 2})
print(next(d_it), list(d_it))
class Squares:
    def __init__(self, limit):
        self.limit = limit
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.limit:
            raise StopIteration
        self.i += 1
        return self.i ** 2
sq = Squares(4)
print(list(sq), list(sq), next(sq, -1))
print(sum(Squares(3)), 9 in Squares(3), 5 in Squares(3))
calls = [3, 2, 1, 0, 5]
print(list(iter(lambda: calls.pop(0), 0)), calls)
print(hash(42) == hash(42), hash("key") == hash("ke" + "y"), hash(1) == hash(1.0) == hash(True))
print(hash((1, "a")) == hash((1, "a")), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
try:
    hash([1])
except TypeError as e:
    print("TypeError:", e)
obj = object()
other = object()
print(id(obj) == id(obj), id(obj) == id(other), obj is obj)
lst = [1]
alias = lst
print(id(lst) == id(alias), type(id(lst)).__name__)
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
