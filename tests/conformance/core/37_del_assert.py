# Checks del on names/items/attributes and assert (passing, failing, caught).
x = 10
assert x == 10
assert x > 0, "x must be positive"
print("asserts passed")
try:
    assert x < 0, f"x was {x}"
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare AssertionError args:", e.args, repr(str(e)))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("message object:", e.args[0])
items = [1, 2, 3, 4]
del items[1], items[-1]
print(items)
inventory = {"apples": 3, "pears": 0}
for name in [k for k, v in inventory.items() if v == 0]:
    del inventory[name]
print(inventory)
a = b = 5
del a
print(b, "a" in dir())
try:
    del a
except NameError as e:
    print("NameError:", e)
try:
    del inventory["kiwis"]
except KeyError as e:
    print("KeyError:", e)
class Thing:
    def __init__(self):
        self.attr = 1
t = Thing()
del t.attr
try:
    del t.attr
except AttributeError as e:
    print("AttributeError:", e)
print(vars(t))
