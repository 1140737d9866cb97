# Checks import forms (import x, import x as y, from x import y, z as w) and __name__.
import math
import collections as col
from functools import reduce, partial as bind
from itertools import *
import sys, operator

print(math.floor(2.7), col.Counter("aab")["a"], reduce(lambda a, b: a * b, [1, 2, 3, 4]))
print(bind(pow, 2)(5), list(islice(count(3), 3)))
print(type(math).__name__, math.__name__, col.__name__, reduce.__name__, bind.__name__)
print(__name__, "math" in sys.modules, "operator" in dir(), operator.add(2, 3))
print([name for name in ("count", "cycle", "groupby", "nope") if name in globals()])

def main():
    import random as rnd
    from math import sqrt as root
    print("main running", root(16), rnd.__name__, "rnd" in globals())
    return 0

try:
    import does_not_exist
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from math import nothing_here
except ImportError as e:
    # The full message ends with the module's file path, which differs per machine.
    print(type(e).__name__, str(e).split(" (")[0], e.name)
print(issubclass(ModuleNotFoundError, ImportError))

if __name__ == "__main__":
    print("running as script")
    main()
else:
    print("imported")
