# Checks f-string presentation types, conversions, nested specs and the = specifier.
v = 255
print(f"{v:d} {v:x} {v:X} {v:o} {v:b} {v:#b} {v:#o} {v:c}")
f = 1234.5678
print(f"{f:e} {f:E} {f:.2e} {f:g} {f:.3g} {f:G}")
print(f"{0.00001234:g} {1e20:g} {123456789.0:g} {100000.0:g} {1000000.0:g}")
print(f"{f:f} {f:.1f} {f:%} {0.5:.0%}")
print(f"{3:e}", f"{3:f}", f"{3:g}", f"{3:%}")
s = "hi"
print(f"{s!r} {s!s} {s!a} {'é'!a}")
print(f"{s!r:>8}|")
w, p = 10, 3
print(f"[{f:{w}.{p}f}]", f"[{s:{'>'}{w}}]", f"[{v:{w}x}]")
for width in (4, 6, 8):
    print(f"|{'ab':^{width}}|")
total = 42
items = ["a", "b"]
print(f"{total=}", f"{total = }", f"{items=}", f"{f=:.1f}", f"{total*2=}")
print(f"{s=}", f"{s=!s}")
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __format__(self, spec):
        return f"<{self.x},{self.y}:{spec}>"
p = Point(1, 2)
print(f"{p}", f"{p!r}", f"{p:wide}", f"{p.x + p.y}")
print(f"{'nested ' + f'{v:x}'}", f"{[i * i for i in range(4)]}")
print(f"{float('inf'):f}", f"{float('nan'):.2f}", f"{-0.0:.1f}")
print(format(3.5, ".1f"), format("x", "^5"), format(10, ","))
