# Ends with an uncaught ValueError from int('abc').
def to_numbers(texts):
    numbers = []
    for t in texts:
        numbers.append(int(t))
    return numbers


print(to_numbers(["1", " 2 ", "-3"]))
try:
    float("1,5")
except ValueError as e:
    print("caught:", e)
try:
    int("4.0")
except ValueError as e:
    print("caught:", e)
print(int("abc", 16))
print(sum(to_numbers(["10", "20"])))
print(to_numbers(["7", "abc", "9"]))
print("not reached")
