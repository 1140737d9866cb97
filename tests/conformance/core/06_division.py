# Checks true and floor division and % on ints and floats, and int/float comparisons.
pairs = [(7, 2), (-7, 2), (7, -2), (6, 3), (1, 3)]
for a, b in pairs:
    print(a, b, a / b, a // b, a % b)

fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (5.0, 0.5), (1.0, 0.1), (-1.0, 0.3)]
for a, b in fpairs:
    print(a, b, a / b, a // b, a % b, divmod(a, b))

print(10 / 2, type(10 / 2).__name__, 10 // 2, type(10 // 2).__name__)
print(10.0 // 3, type(10.0 // 3).__name__)
print(-0.0 % 5, 0.0 % -5, 5 % -0.5)
print(2 ** 64 / 2, 10 ** 20 / 10 ** 10)

print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(2 ** 53 + 1 > 2.0 ** 53, 10 ** 400 > float("inf"), 10 ** 400 < float("inf"))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(3 < 3.5 < 4, -1 < -0.5, 1.0 in [1, 2], 1 in {1.0})
print(max(1, 1.0), max(1.0, 1), min(2, 2.0))
print(sorted([3, 1.5, 2, -0.5, 2.0]))
print(True / 2, 7 // True, 3.0 % 2)

for divisor in (0, 0.0):
    try:
        1 / divisor
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    5 // 0
except ZeroDivisionError as e:
    print(e)
try:
    5 % 0
except ZeroDivisionError as e:
    print(e)
