# Ends with an uncaught RecursionError ("[Previous line repeated N more times]").
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


print(countdown(100))
try:
    countdown(10 ** 6)
except RecursionError as e:
    print("caught:", e)


def forever(n):
    return forever(n + 1)


print("recursing without a base case")
forever(0)
print("not reached")
