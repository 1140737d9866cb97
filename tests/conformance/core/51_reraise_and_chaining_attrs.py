# Checks bare raise re-raising, exceptions raised inside except, and __context__/__cause__/from None.
def reraise():
    try:
        int("bad")
    except ValueError:
        print("logging, then re-raising")
        raise
try:
    reraise()
except ValueError as e:
    print("caught re-raised:", e)

def error_in_except():
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("from handler")
try:
    error_in_except()
except KeyError as e:
    print("caught", repr(e), "context:", repr(e.__context__), "cause:", e.__cause__)
    print("suppress_context:", e.__suppress_context__)

def from_none():
    try:
        {}["a"]
    except KeyError:
        raise RuntimeError("clean") from None
try:
    from_none()
except RuntimeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)

def wrap():
    try:
        [].pop()
    except IndexError as exc:
        raise LookupError("wrapped") from exc
try:
    wrap()
except LookupError as e:
    print(repr(e), "cause:", repr(e.__cause__))
try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)
