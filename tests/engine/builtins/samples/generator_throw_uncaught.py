# An exception thrown into a generator and not handled there: the traceback includes the yield point.
def inner():
    yield "ready"

def worker():
    total = 0
    while True:
        total += yield from inner()

w = worker()
print(next(w))
w.throw(ValueError("bad input"))
