# Checks truthiness of every builtin type and of user objects.
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], (), ((),),
          {}, {0: 0}, set(), {0}, frozenset(), None, True, False, range(0), range(1),
          b"", b"\x00"]
for v in values:
    print(repr(v).ljust(14), bool(v), "truthy" if v else "falsy")

class Empty:
    pass

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        return self.on
    def __len__(self):
        return 0

print(bool(Empty()), bool(Sized(0)), bool(Sized(3)), bool(Flag(True)), bool(Flag(False)))
print(not Sized(0), [] or "fallback", [1] and "second", 0 or None)
items = []
if not items:
    print("no items")
while items or len(items) < 2:
    items.append(len(items))
    if len(items) >= 2:
        break
print(items)
