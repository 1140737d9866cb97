# Checks dataclasses: fields, defaults, default_factory, repr, eq, order, frozen and asdict.
from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError

@dataclass
class Item:
    name: str
    price: float
    quantity: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.quantity

a = Item("pen", 1.5)
b = Item("pen", 1.5)
c = Item("book", 12.0, 2, ["paper"])
print(a)
print(c, c.total())
print(a == b, a == c, a is b, a == ("pen", 1.5, 1, []))
a.tags.append("blue")
print(a.tags, b.tags, a == b)
print(asdict(c), astuple(c), replace(c, quantity=5))

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

vs = [Version(1, 2), Version(0, 9, "beta"), Version(1, 0), Version(1, 2, "rc")]
print(sorted(vs), max(vs), Version(1, 2) == Version(1, 2, "rc"))
print(len({Version(1), Version(1, 0)}))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    def __post_init__(self):
        self.value = abs(self.value)
root = Node(-1, [Node(2), Node(-3)])
print(root)
try:
    Item()
except TypeError as e:
    print("TypeError:", e)
print(Item.__name__, [f for f in Item.__dataclass_fields__], Item.__eq__ is not object.__eq__)
