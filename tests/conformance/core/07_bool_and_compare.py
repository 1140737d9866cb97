# Checks bool arithmetic, chained comparisons and is / is not.
print(True + True, True * 10, False - 1, True / 2, -True)
print(True == 1, False == 0, True is True, type(True + True).__name__)
print(sum([True, False, True, True]), int(True), str(False), repr(True))
print(isinstance(True, int), bool.__mro__[1].__name__)
print(True and 5, 0 and 5, None or "default", "" or 0, [] or [1])
print(not 0, not [], not "x", not None)

x = 2
print(1 < x < 3, 1 < x > 5, 0 <= x <= 2 < 3, x == 2 == 2.0)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 6)

def loud(v):
    print("eval", v)
    return v

print(loud(1) < loud(0) < loud(5))
print(loud(1) < loud(2) < loud(3))

a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, type(None).__name__)
n = None
if n is None:
    print("n is None")
print("abc" < "abd", "Z" < "a", [1, 2] < [1, 3], (1, 2) < (1, 2, 0), [] < [0])
print((1, "b") > (1, "a"), max("apple", "pear"), min([3, 1], [2, 9]))
