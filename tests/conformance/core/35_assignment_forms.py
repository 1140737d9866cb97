# Checks assignment forms: chained, tuple, swap, augmented on names/attributes/subscripts.
a = b = c = [0]
a.append(1)
print(a, b, c, a is c)
x, y = 1, 2
x, y = y, x + y
print(x, y)
i = 0
values = [10, 20, 30]
i, values[i] = 1, 99
print(i, values)
n = 5
n += 3; n -= 1; n *= 2; n //= 3; n **= 2; n %= 7
print(n)
f = 7.0
f /= 2
print(f)
bits = 0b1100
bits &= 0b1010; bits |= 0b0001; bits ^= 0b1111; bits <<= 2; bits >>= 1
print(bin(bits))
s = "ab"
s += "cd"
s *= 2
print(s)
class Counter:
    total = 0
    def __init__(self):
        self.count = 0
c1 = Counter()
c1.count += 5
c1.count *= 3
Counter.total += 1
c1.total += 10
print(c1.count, c1.total, Counter.total)
grid = {"row": [1, 2, 3]}
grid["row"][1] += 40
grid["new"] = grid.get("new", 0)
grid["new"] += 1
print(grid)
t = (1, 2)
t += (3,)
print(t)
lst = [1]
lst += "ab"
print(lst)
calls = []
def key():
    calls.append("key")
    return 0
data = [100]
data[key()] += 1
print(data, calls)
(first, second), third = "ab", "c"
print(first, second, third)
total: int = 10
count: int
print(total, "count" in dir())
if (m := len(values)) > 2:
    print("walrus", m)
