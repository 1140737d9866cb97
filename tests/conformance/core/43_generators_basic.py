# Checks generators: yield, laziness, exhaustion, StopIteration, return value and send.
def countdown(n):
    print("start")
    while n > 0:
        yield n
        n -= 1
    print("end")

gen = countdown(3)
print(type(gen).__name__)
print(next(gen))
print(list(gen))
print(list(gen), next(gen, "exhausted"))
try:
    next(gen)
except StopIteration as e:
    print("StopIteration", e.value)

def with_return():
    yield 1
    return "result"
g = with_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", repr(e.value))

def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value

acc = accumulate()
print(next(acc), acc.send(10), acc.send(5), acc.send(-3))
try:
    acc.send(None)
except StopIteration:
    print("accumulator closed")
def fibs():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fibs()
print([next(f) for _ in range(12)])
def guarded():
    try:
        yield "working"
        yield "more"
    finally:
        print("cleanup ran")
gg = guarded()
print(next(gg))
gg.close()
print("after close", next(gg, "closed"))
print(sum(x for x in countdown(4)))
