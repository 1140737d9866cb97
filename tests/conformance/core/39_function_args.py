# Checks defaults, the mutable default gotcha, keyword, *args/**kwargs, kw-only and pos-only args.
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def append_bad(item, bucket=[]):
    bucket.append(item)
    return bucket
print(append_bad(1), append_bad(2), append_bad.__defaults__)

def append_good(item, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(item)
    return bucket
print(append_good(1), append_good(2))

def collect(first, *args, **kwargs):
    return first, args, kwargs
print(collect(1), collect(1, 2, 3), collect(1, 2, x=3, y=4), collect(*"ab", **{"k": 0}))

def kwonly(a, *, scale=1, offset):
    return a * scale + offset
print(kwonly(3, offset=1), kwonly(3, offset=0, scale=10))

def posonly(a, b, /, c, *, d):
    return a, b, c, d
print(posonly(1, 2, 3, d=4), posonly(1, 2, c=3, d=4))

def everything(a, b=2, /, c=3, *rest, d, e=5, **more):
    return a, b, c, rest, d, e, more
print(everything(1, d=4))
print(everything(1, 20, 30, 40, 50, d=4, z=26))

for call in [lambda: kwonly(1, 2), lambda: posonly(1, b=2, c=3, d=4),
             lambda: greet(), lambda: greet("a", name="b"), lambda: greet("a", "b", "c", "d"),
             lambda: kwonly(1), lambda: greet("x", color="red")]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(greet.__name__, greet.__defaults__, kwonly.__kwdefaults__)
