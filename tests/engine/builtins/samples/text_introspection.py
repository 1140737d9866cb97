# chr, ord, format, ascii, vars, dir, globals, locals and callable.
print(chr(65), chr(0x1F600), chr(0), ord("a"), ord("é"), ord("😀"), ord(b"A"))
print(format(5), format(None), format([1, 2]), format("x"), format(None, ""))
print(ascii("naïve ☃"), ascii(["ü", 1]), ascii(42), ascii("plain"))
class Point:
    kind = "2d"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(1, -2)
print(vars(p), "x" in vars(p), callable(p), callable(Point), callable(p.norm))
print([n for n in dir(p) if n[0] != "_"], [n for n in dir(Point) if n[0] != "_"])
print(dir(p) == sorted(set(dir(Point)) | {"x", "y"}), len(dir(object())), "__class__" in dir(1))
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
top = 1
def scope(a, b=2):
    c = a + b
    def inner():
        return c
    loc = locals()
    print(sorted(loc), loc["a"], loc["c"], dir())
    print("top" in globals(), "scope" in globals(), "c" in globals())
    return inner
scope(1)
print("top" in dir(), "print" in dir(), vars()["top"], locals()["top"])
errors = [
    lambda: chr(), lambda: chr("a"), lambda: chr(-1), lambda: chr(0x110000), lambda: chr(1.5), lambda: chr(2 ** 70),
    lambda: ord(), lambda: ord(""), lambda: ord("ab"), lambda: ord(1), lambda: format(), lambda: format(1, 2),
    lambda: format(1, "x", 3), lambda: format(object(), "x"), lambda: ascii(), lambda: vars(1), lambda: vars(1, 2),
    lambda: dir(1, 2), lambda: callable(),
]
for bad in errors:
    try:
        print("no error:", bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
