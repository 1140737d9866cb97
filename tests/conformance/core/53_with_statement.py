# Checks the with statement: enter/exit order, multiple items, exception info and suppression.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("exit", self.name, kind, exc)
        return self.suppress

with Resource("a") as value:
    print("inside with", value)

with Resource("outer") as o, Resource("inner") as i:
    print("body", o, i)

with Resource("quiet", suppress=True):
    raise ValueError("suppressed")
print("after suppressed block")

try:
    with Resource("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))

try:
    with Resource("first", suppress=True), Resource("second"):
        1 / 0
    print("first suppressed the error from second")
except ZeroDivisionError:
    print("not reached")

def early_return():
    with Resource("ret"):
        return "returned"
print(early_return())

for n in range(2):
    with Resource(f"loop{n}"):
        if n == 0:
            continue
        print("loop body", n)

from contextlib import contextmanager, suppress
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")
with tag("b") as t:
    print("content in", t)
with suppress(IndexError):
    [][1]
print("done")
