# A syntax error: a def line without its colon (nothing runs; SyntaxError: expected ':').
print("this never prints because the file does not compile")


def ok(x):
    return x + 1


def broken(x)
    return x - 1


print(ok(1))
print(broken(1))
values = [1, 2, 3]
for v in values:
    print(v)
