# Ends with a failing assert with a message (AssertionError traceback).
def mean(values):
    assert values, "mean() of empty list"
    return sum(values) / len(values)


def check_sorted(values):
    for a, b in zip(values, values[1:]):
        assert a <= b, f"not sorted: {a} > {b}"
    return True


print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
print(check_sorted([1, 2, 2, 5]))
print(check_sorted([1, 3, 2]))
print("not reached")
