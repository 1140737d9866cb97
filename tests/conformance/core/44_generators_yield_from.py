# Checks yield from (values and return value), generator pipelines and infinite generators with islice.
import itertools

def inner():
    yield 1
    yield 2
    return "inner done"

def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from [10, 20]
    yield from "ab"

print(list(outer()))

def walk(tree):
    if isinstance(tree, list):
        for sub in tree:
            yield from walk(sub)
    else:
        yield tree
print(list(walk([1, [2, [3, 4]], [[5]], 6])))

def naturals():
    n = 1
    while True:
        yield n
        n += 1

def squares(source):
    for n in source:
        yield n * n

def take_while_small(source, limit):
    for n in source:
        if n > limit:
            return
        yield n

print(list(itertools.islice(naturals(), 5)))
print(list(itertools.islice(squares(naturals()), 2, 8, 2)))
print(list(take_while_small(squares(naturals()), 50)))
evens = (n for n in naturals() if n % 2 == 0)
print(next(evens), next(evens), list(itertools.islice(evens, 3)))

def delegator():
    received = yield from echo()
    yield f"echo finished with {received}"

def echo():
    got = []
    while True:
        value = yield len(got)
        if value == "stop":
            return got
        got.append(value)
d = delegator()
print(next(d), d.send("a"), d.send("b"), d.send("stop"))
print(list(zip(naturals(), "xyz")))
