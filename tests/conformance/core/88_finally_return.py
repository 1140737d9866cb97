# Checks finally semantics: overriding return, swallowing exceptions, and running on return/break/continue.
def finally_wins():
    try:
        return "try"
    finally:
        return "finally"


def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"


def return_value_evaluated_first():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally set x =", x)


def first_match(items):
    for i, item in enumerate(items):
        try:
            if item < 0:
                return i
            if item == 0:
                break
        finally:
            print("finally for item", item)
    return None


print(finally_wins())
print(finally_swallows())
print(return_value_evaluated_first())
print(first_match([3, -1, 5]))
print(first_match([2, 0, -4]))
log = []
for n in range(3):
    try:
        if n == 1:
            continue
        log.append(f"body {n}")
    finally:
        log.append(f"finally {n}")
print(log)
