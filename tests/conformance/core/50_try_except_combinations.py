# Checks try/except/else/finally combinations, handler matching and the flow through each clause.
def attempt(value):
    log = []
    try:
        log.append("try")
        result = 10 / value
    except ZeroDivisionError:
        log.append("except zero")
    except TypeError as e:
        log.append(f"except type: {e}")
    else:
        log.append(f"else {result}")
    finally:
        log.append("finally")
    return log

for v in [2, 0, "x"]:
    print(attempt(v))

try:
    print("try only with finally")
finally:
    print("finally runs")

try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple handler caught", type(e).__name__)

try:
    {}["k"]
except IndexError:
    print("wrong")
except Exception as e:
    print("generic handler caught", type(e).__name__, e)

def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    else:
        print("not reached")
nested()
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
print("e" in dir())
for i in range(3):
    try:
        if i == 1:
            continue
        print("loop body", i)
    finally:
        print("loop finally", i)
