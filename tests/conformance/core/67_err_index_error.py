# Ends with an uncaught IndexError from a subscript inside a function.
def last_three(items):
    return [items[-1], items[-2], items[-3]]


def middle(items):
    return items[len(items) // 2]


print(last_three([1, 2, 3, 4]))
print(middle("abcde"))
print(middle([10, 20]))
queue = [1, 2]
while True:
    item = queue[0]
    print("processing", item)
    queue = queue[1:]
    if item > 5:
        break
print("not reached")
