# Checks global and nonlocal declarations and scoping errors.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside"

make_global()
print(created_later)

def outer():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    add(5)
    add(7)
    return total
print("outer", outer())

def shadow():
    counter = 100
    return counter
print(shadow(), counter)

def broken():
    print(counter)
    counter = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def levels():
    x = "outer"
    def middle():
        x = "middle"
        def inner():
            nonlocal x
            x = "changed by inner"
        inner()
        return x
    return middle(), x
print(levels())
print(isinstance(UnboundLocalError(), NameError))
