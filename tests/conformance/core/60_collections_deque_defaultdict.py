# Checks collections.deque (maxlen, appendleft, popleft, rotate) and defaultdict(list/int).
from collections import deque, defaultdict

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1])
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, list(reversed(d)), 7 in d, d.count(2), d.index(7))
recent = deque(maxlen=3)
for n in range(6):
    recent.append(n)
    print(list(recent), end=" ")
print()
print(recent, recent.maxlen)
recent.appendleft(99)
print(recent)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc"), deque(), deque([[1]], maxlen=2))

groups = defaultdict(list)
for word in ["apple", "bob", "avocado", "cat", "banana"]:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups["z"], len(groups))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()), counts["q"], counts.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
print({k: dict(v) for k, v in nested.items()})
plain = defaultdict()
try:
    plain["missing"]
except KeyError as e:
    print("KeyError:", e)
print(isinstance(groups, dict), type(groups).__name__)
