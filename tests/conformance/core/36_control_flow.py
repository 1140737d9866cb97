# Checks if/elif/else, while/for with break, continue and else clauses, and pass.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42)])

for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")

i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 6:
        break
    print("even", i)
else:
    print("while-else not reached")

k = 0
while k < 3:
    k += 1
else:
    print("while finished normally, k =", k)

for x in []:
    print("never")
else:
    print("empty for runs else")

for ch in "skip":
    pass
print("after pass loop, ch =", ch)

def nothing():
    pass
print(nothing())
found = None
for row, line in enumerate(["abc", "def", "ghi"]):
    for col, letter in enumerate(line):
        if letter == "e":
            found = (row, col)
            break
    if found:
        break
print("found at", found)
x = 5
label = "big" if x > 3 else "small"
print(label)
