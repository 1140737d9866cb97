# Checks dict insertion order, deletion/re-insertion order and dict comprehensions.
d = {}
for key in ["zeta", "alpha", "mid", "beta"]:
    d[key] = len(key)
print(d, list(d))
d["alpha"] = 99
print(list(d))
del d["zeta"]
d["zeta"] = 0
print(list(d), d)
squares = {n: n * n for n in range(6)}
print(squares)
evens = {k: v for k, v in squares.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverted)
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
by_letter = {w[0]: [x for x in words if x[0] == w[0]] for w in words}
print(by_letter)
lengths = {w: len(w) for w in sorted(words, key=len)}
print(lengths)
pairs = dict(zip("abc", range(3)))
print(pairs, {**pairs, "d": 3}, {**pairs, "a": -1})
nested = {i: {j: i * j for j in range(3)} for i in range(3)}
print(nested)
for k, v in reversed(pairs.items()):
    print(k, v)
print(list(reversed(pairs)), sorted(pairs.items(), key=lambda kv: -kv[1]))
try:
    for k in d:
        d[k + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
print({(i, j): i + j for i in range(2) for j in range(2)})
