# Checks range: steps, negative steps, slicing, len, membership, indexing and repr.
print(list(range(5)), list(range(2, 6)), list(range(0, 10, 3)))
print(list(range(10, 0, -3)), list(range(5, 5)), list(range(5, 0)), list(range(-3, 3)))
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], list(r[::-1]))
print(7 in r, 8 in r, 19 in r, 20 in r, r.index(11), r.count(15))
print(range(10)[2:8:2], list(range(10)[::-3]), range(0, -10, -2)[1:])
print(len(range(0, 10, 3)), len(range(10, 0)), len(range(0, -10, -1)))
print(range(5) == range(0, 5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2))
big = range(10 ** 20)
print(big[-1], big[10 ** 19], 10 ** 19 in big, -1 in big)
try:
    len(big)
except OverflowError as e:
    print("OverflowError:", e)
print(sum(range(1, 101)), max(range(7)), list(reversed(range(4))))
print(r.start, r.stop, r.step, range(5).step)
for i in range(3, 0, -1):
    print("countdown", i)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(0, 100, 7):
    total += i
print(total, list(range(-5, -15, -4)))
print([i for i in range(20) if i in range(5, 15, 5)])
