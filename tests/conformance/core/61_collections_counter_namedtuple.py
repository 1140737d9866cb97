# Checks collections.Counter (most_common, arithmetic) and namedtuple (_replace, _asdict, repr).
from collections import Counter, namedtuple, OrderedDict

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common()[-1], c["a"], c["z"])
print(sorted(c.elements())[:6], c.total(), len(c))
d = Counter(a=1, b=5, z=2)
print(c + d)
print(c - d)
print(c & d, c | d)
c.update("zzz")
c.subtract({"a": 10})
print(c)
print(+c, -Counter(a=-2, b=1))
words = "the cat sat on the mat the end".split()
print(Counter(words).most_common(1), Counter(len(w) for w in words))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), dict(Counter("aab")))

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), tuple(p))
x, y = p
print(x + y, p._replace(x=10), p, p._asdict(), Point._fields)
print(Point._make([5, 6]), Point(y=2, x=1), type(p).__name__, isinstance(p, tuple))
Person = namedtuple("Person", "name age city", defaults=["Oslo"])
print(Person("Ann", 30), Person("Bob", 25, "Rome"), Person._field_defaults)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
people = [Person("Cy", 40), Person("Al", 22), Person("Bo", 31)]
print(sorted(people, key=lambda pr: pr.age)[0], max(people, key=lambda pr: pr.age).name)
od = OrderedDict(b=1, a=2)
od.move_to_end("b")
print(od, list(od))
