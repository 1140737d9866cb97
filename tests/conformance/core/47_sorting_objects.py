# Checks ordering of objects via __lt__ (and functools.total_ordering) in sorted/min/max.
import functools

class Version:
    def __init__(self, text):
        self.text = text
        self.parts = tuple(int(p) for p in text.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return f"Version({self.text!r})"

versions = [Version(t) for t in ["1.10.0", "1.2.0", "1.2.10", "0.9", "1.2"]]
print(sorted(versions))
print(sorted(versions, reverse=True))
print(min(versions), max(versions))
print(Version("2.0") > Version("1.9"), Version("1.0") < Version("1.0"))
try:
    Version("1.0") <= Version("1.0")
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Card:
    ranks = "23456789TJQKA"
    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit
    def __eq__(self, other):
        return self.rank == other.rank
    def __lt__(self, other):
        return Card.ranks.index(self.rank) < Card.ranks.index(other.rank)
    def __repr__(self):
        return self.rank + self.suit

hand = [Card(r, s) for r, s in ["Kh", "2c", "Ts", "Ad", "2s", "9h"]]
print(sorted(hand))
print(Card("K", "h") >= Card("K", "s"), Card("2", "h") >= Card("3", "s"), max(hand))

class Task:
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
    def __repr__(self):
        return f"{self.name}({self.priority})"
tasks = [Task(2, "write"), Task(1, "plan"), Task(2, "test"), Task(1, "design")]
print(sorted(tasks, key=lambda t: t.priority))
print(sorted(tasks, key=lambda t: (t.priority, t.name)))
try:
    sorted(tasks)
except TypeError as e:
    print("TypeError:", e)
