# Generator objects: send, throw, close, yield-from delegation, attributes and errors.
def g():
    yield 1
    yield 2
cases = [lambda x: x.send(), lambda x: x.send(1, 2), lambda x: x.throw(), lambda x: x.throw(1),
         lambda x: x.throw(ValueError, 1, 2, 3), lambda x: x.throw(ValueError('a'), 1),
         lambda x: x.close(1), lambda x: x.__next__(1), lambda x: x.send(5)]
for c in cases:
    x = g()
    try:
        print("=>", c(x))
    except BaseException as e:
        print("!!", type(e).__name__ + ":", e)
x = g()
print(iter(x) is x, x.__next__(), x.send(None), next(x, "end"))
def fresh():
    print("never")
    yield 1
x = fresh()
try:
    x.throw(KeyError("k"))
except KeyError as e:
    print("fresh throw", repr(e), x.gi_suspended, next(x, "done"))
x = fresh()
print(x.close(), next(x, "closed-before-start"))
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
c = catcher(); next(c)
c.throw(ValueError("one")); c.throw(ValueError, "two")
print(c.gi_running, c.gi_suspended)
def echo():
    r = yield from catcher()
x = echo(); next(x); x.throw(ValueError("through"))
print(type(x.gi_yieldfrom).__name__)
x.close()
print(x.gi_yieldfrom, x.gi_suspended)
def running():
    yield me.gi_running
me = running()
print(next(me))
def count():
    n = 0
    while True:
        got = yield n
        n = n + 1 if got is None else got
it = count()
print(next(it), next(it), it.send(10), next(it))
def fin():
    try:
        yield 1
    finally:
        print("cleanup")
f = fin(); next(f); f.close(); f.close()
print(list(f))
gx = (i * i for i in range(4))
print(next(gx), gx.send(None), list(gx))
print(repr(gx)[:29], gx.__name__, gx.__qualname__)
def raiser():
    yield 1
    raise StopIteration("x")
try:
    list(raiser())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
def h():
    try:
        yield 1
    except ValueError as e:
        print("caught", repr(e), e.args)
        yield 99
x = h(); next(x); print(x.throw(ValueError, (1, 2)))
x = h(); next(x); print(x.throw(ValueError, "msg"))
x = h(); next(x); print(x.throw(ValueError))
x = h(); next(x); print(x.throw(ValueError("inst")))
x = h(); next(x); print(x.throw(ValueError, ValueError("v")))
x = h()
try:
    x.throw(KeyError, "k")
except KeyError as e:
    print("propagated", repr(e), x.gi_suspended)
x = h(); next(x); x.close(); print("closed", x.gi_suspended)
stubborn_mode = True
def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            if not stubborn_mode:
                raise
            print("ignoring GeneratorExit")
x = stubborn(); next(x)
try:
    x.close()
except RuntimeError as e:
    print("RuntimeError:", e, x.gi_suspended)
stubborn_mode = False  # so CPython's finalizer closes it quietly when x is rebound
def fin():
    try:
        yield 1
    finally:
        print("finally")
        return 5
x = fin(); next(x); print(x.close())
x = fin(); next(x)
try:
    x.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)
def inner():
    try:
        yield "i1"
        yield "i2"
    except ValueError:
        print("inner caught")
        yield "i-recovered"
    return "inner-ret"
def outer2():
    r = yield from inner()
    print("outer got", r)
    yield "o-after"
x = outer2(); print(next(x)); print(x.throw(ValueError)); print(next(x))
x = outer2(); print(next(x))
try:
    x.throw(KeyError)
except KeyError:
    print("KeyError out of both", x.gi_suspended)
def outer3():
    try:
        yield from inner()
    except KeyError:
        print("outer3 caught")
        yield "o3"
x = outer3(); next(x); print(x.throw(KeyError))
x = outer3(); next(x); x.close(); print("closed chain")
def inner_ret():
    try:
        yield 1
    except ValueError:
        return "early"
def outer4():
    r = yield from inner_ret()
    yield ("outer4", r)
x = outer4(); next(x); print(x.throw(ValueError))
x = g(); print(x.close(), x.close())
