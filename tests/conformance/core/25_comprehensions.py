# Checks list/dict/set comprehensions with nesting, conditions and scoping.
print([n * n for n in range(8)])
print([n for n in range(20) if n % 3 == 0 if n % 2 == 0])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1])
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat)
print({c: ord(c) for c in "abc"})
print({n % 5 for n in range(20)})
print(sorted({w.lower() for w in ["Hi", "hi", "HO"]}))
words = "the quick brown fox jumps over the lazy dog".split()
print({w: len(w) for w in words if len(w) > 3})
print([w[::-1].upper() for w in words[:3]])
x = "outer"
result = [x for x in range(3)]
print(x, result)
funcs = [lambda n=i: n * 10 for i in range(3)]
print([fn() for fn in funcs])
primes = [n for n in range(2, 40) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
table = [[f"{i}x{j}={i * j}" for j in range(1, 4)] for i in range(1, 3)]
print(table)
print([[cell for cell in row if cell % 2] for row in matrix])
print([(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c])
