# Checks generator expressions consumed by sum/any/all/list/max/min/sorted and laziness.
nums = [4, -1, 7, 0, 12, -8]
print(sum(n for n in nums if n > 0), sum(x * x for x in range(10)))
print(any(n < 0 for n in nums), all(n < 100 for n in nums), any(()), all(()))
print(list(n * 2 for n in nums), tuple(str(n) for n in nums[:3]))
print(max(abs(n) for n in nums), min((n for n in nums), key=lambda n: abs(n - 5)))
print(sorted((n % 5 for n in nums), reverse=True))
print(sum((n for n in nums), 100), sum([[1], [2]], []))
print(", ".join(str(n) for n in range(5)))
g = (n * n for n in range(3))
print(type(g).__name__, next(g), list(g), list(g))
def noisy(n):
    print("computing", n)
    return n
lazy = (noisy(n) for n in range(3))
print("created")
print(next(lazy))
print(any(noisy(n) > 0 for n in range(5)))
print(all(noisy(n) < 1 for n in range(5)))
print(max((len(w), w) for w in "a bbb cc".split()))
words = ["x", "yy", "zzz"]
print(dict((w, len(w)) for w in words), set(len(w) for w in words))
print(sum(1 for _ in range(1000)), min(c for c in "hello"))
total = sum(i for i in range(10 ** 5))
print(total)
try:
    max(n for n in [])
except ValueError as e:
    print("ValueError:", e)
print(max((n for n in []), default="empty"))
