# Checks str.format with positional, keyword, index and attribute fields.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0[0]} {0[1]} {1[key]}".format(["x", "y"], {"key": "value"}))

class User:
    def __init__(self, name, tags):
        self.name = name
        self.tags = tags

u = User("ann", ["admin", "dev"])
print("{u.name} has {u.tags[1]}".format(u=u))
print("{0.name!r:>8}|".format(u))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{:08.3f} {:,} {:x} {:b}".format(3.14159, 1234567, 255, 5))
print("{0:{1}}|".format("pad", 7))
print("{!r} {!s}".format("q", "q"))
print("{{}} {}".format("braces"))
print("{a}-{b}".format(**{"a": 1, "b": 2}))
print("{}{}".format(*"xy"))
args = ("first", "second")
print("{1} then {0}".format(*args))
template = "{greeting}, {0}!"
for who in ["world", "you"]:
    print(template.format(who, greeting="Hello"))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
print(format(1234.5, "_.1f"), "{:e}".format(0.5))
