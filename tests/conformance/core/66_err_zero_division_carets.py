# Ends with a ZeroDivisionError from a binary op in the middle of a line (CPython 3.11 prints ~~~^~~~ carets).
def average(values):
    total = sum(values)
    count = len(values)
    return total / count


def report(groups):
    for name, values in groups.items():
        ratio = average(values) * 100 / (len(values) - len(values)) + 1
        print(name, ratio)


scores = {"a": [1, 2, 3], "b": [4, 5]}
print("average a:", average(scores["a"]))
print("average b:", average(scores["b"]))
print("starting report")
report(scores)
print("not reached")
