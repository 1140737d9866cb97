# Ends with an uncaught TypeError from a call missing a required positional argument.
def f(x):
    return x * 2


def area(width, height):
    return width * height


print(f(21), area(3, 4))
try:
    area(3)
except TypeError as e:
    print("caught:", e)
try:
    f(1, 2)
except TypeError as e:
    print("caught:", e)
try:
    f(y=1)
except TypeError as e:
    print("caught:", e)
callbacks = [f, f]
for cb in callbacks:
    print(cb())
print("not reached")
