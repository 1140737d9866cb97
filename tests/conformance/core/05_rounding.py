# Checks round(): banker's rounding, ndigits, negative ndigits and return types.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.4999999, 2.675]:
    print(x, round(x), type(round(x)).__name__)

print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(3.14159, 0), type(round(3.14159, 0)).__name__)
print(round(25, -1), round(35, -1), round(15, -1), round(-25, -1))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2))
print(round(7), round(7, 2), round(-7, -1))
print(round(1e20), round(123456.789, -3))
print(round(0.1 + 0.2, 10))

import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.5))
print(int(2.5), int(-2.5))

prices = [19.995, 4.445, 0.005, 10.0]
print([round(p, 2) for p in prices])
total = sum(prices)
print(total, round(total, 2), f"{total:.2f}")
