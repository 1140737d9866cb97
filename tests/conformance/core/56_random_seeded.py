# Checks the seeded random module (CPython's MT19937 and seeding must be reproduced exactly).
import random

random.seed(42)
print(random.random())
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["rock", "paper", "scissors"]), random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 10), random.uniform(-1, 1))
print(random.randrange(100), random.randrange(0, 100, 5), random.getrandbits(16))
print(random.sample(range(100), 5))

random.seed(42)
first = random.random()
random.seed(42)
print(first == random.random())

random.seed(12345)
print(random.randint(0, 10 ** 12), random.random())
random.seed(2 ** 40 + 3)
print(random.random(), random.randint(-5, 5))
random.seed(0)
rolls = [random.randint(1, 6) for _ in range(600)]
print([rolls.count(face) for face in range(1, 7)])

rng = random.Random(7)
print(rng.random(), rng.randint(1, 100), rng.choice([10, 20, 30]))
other = random.Random(7)
print(other.random() == random.Random(7).random())
items = ["a", "b", "c", "d"]
random.seed(3)
random.shuffle(items)
print(items, random.choices([1, 2, 3], k=5))
