# Checks special methods: __repr__/__str__/__eq__/__hash__/__len__/__getitem__/__iter__/__contains__/__call__/__bool__/__add__.
class Vector:
    def __init__(self, *coords):
        self.coords = list(coords)
    def __repr__(self):
        return f"Vector({', '.join(map(repr, self.coords))})"
    def __str__(self):
        return "<" + ", ".join(str(c) for c in self.coords) + ">"
    def __eq__(self, other):
        return isinstance(other, Vector) and self.coords == other.coords
    def __hash__(self):
        return hash(tuple(self.coords))
    def __len__(self):
        return len(self.coords)
    def __getitem__(self, i):
        return self.coords[i]
    def __iter__(self):
        return iter(self.coords)
    def __contains__(self, value):
        print("contains called")
        return value in self.coords
    def __call__(self, scale):
        return Vector(*(c * scale for c in self.coords))
    def __bool__(self):
        return any(self.coords)
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(*(a + b for a, b in zip(self, other)))
    def __mul__(self, k):
        return self(k)
    __rmul__ = __mul__
    def __neg__(self):
        return self(-1)

v = Vector(1, 2, 3)
w = Vector(1, 2, 3)
print(v, repr(v), str(v), [v], f"{v} {v!r}")
print(v == w, v != w, v is w, v == [1, 2, 3], len({v, w}))
print(len(v), v[0], v[-1], v[1:], list(v), 2 in v, 9 in v)
print(v(10), v + w, 2 * v, v * 3, -v, bool(v), bool(Vector(0, 0)))
a, b, c = v
print(a, b, c, sum(v), max(v), sorted(v, reverse=True))
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
if not Vector(0):
    print("zero vector is falsy")
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e, NoHash() == 5, NoHash.__hash__ is None)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
