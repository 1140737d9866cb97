# Ends with an uncaught NameError for a near-miss name (CPython 3.11 adds "Did you mean: 'print'?").
def greet(name):
    message = f"hello {name}"
    return message


try:
    print(undefined_thing)
except NameError as e:
    print("caught:", e)
try:
    greet("x").uper()
except AttributeError as e:
    print("caught:", e)
result = greet("world")
print(result)
total = 0
for n in range(3):
    total += n
prnt(total)
print("not reached")
