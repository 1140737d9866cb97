# Ends with an uncaught TypeError: unsupported operand type(s) for +: 'int' and 'str'.
try:
    [1] - [1]
except TypeError as e:
    print("caught:", e)
try:
    "a" * "b"
except TypeError as e:
    print("caught:", e)
try:
    None < 1
except TypeError as e:
    print("caught:", e)
try:
    "age: " + 30
except TypeError as e:
    print("caught:", e)
count = 3
label = "items"
print(str(count) + " " + label)
summary = count + label
print(summary)
print("not reached")
