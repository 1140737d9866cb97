# Checks dict methods: get/setdefault/pop/popitem/update/keys/values/items.
d = {"a": 1, "b": 2}
print(d, d["a"], d.get("z"), d.get("z", 0), len(d))
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("missing", "default"), d)
d["d"] = 4
d["e"] = 5
print(d.popitem(), d)
d.update({"a": 10, "f": 6})
d.update(g=7)
d.update([("h", 8)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values())
print(d.items())
keys = d.keys()
d["late"] = 0
print(len(keys), "late" in keys, "a" in d, 10 in d, 10 in d.values())
try:
    d["nope"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    d.pop("nope")
except KeyError as e:
    print("KeyError:", e)
merged = {"x": 1} | {"y": 2, "x": 3}
print(merged, dict(a=1, b=2), dict([(1, "one")]), dict.fromkeys("ab", 0))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print({1: "a", 1.0: "b", True: "c"})
copy = d.copy()
copy.clear()
print(len(d), copy, d == dict(d), {"a": 1} == {"a": 1.0})
