# Checks printf-style % formatting with tuples, dicts and flags.
name, n, x = "Ada", 42, 3.14159
print("%s is %d" % (name, n))
print("%r and %s" % (name, name))
print("[%5.2f] [%-5s] [%5s] [%05d] [%+d]" % (x, "ab", "ab", n, n))
print("%x %X %o %#x %#o" % (255, 255, 8, 255, 8))
print("%e %.3e %g %G" % (12345.678, 12345.678, 0.00001, 1e20))
print("100%% done, %d%%" % 50)
print("%s" % "single")
print("%s" % (("tuple", "inside"),))
print("%s|%s" % ([1, 2], None))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%c%c" % (72, "i"))
print("%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (6, 42))
print("%d" % 3.99, "%i" % -7, "%.0f" % 2.5, "%.0f" % 3.5)
print("%10.4f|" % -x, "% d" % 5)
print("%s %s" % (True, 1.0))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
