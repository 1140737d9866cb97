# Checks list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear.
items = [3, 1, 4]
items.append(1)
items.extend([5, 9])
items.extend("ab")
print(items)
items.insert(0, "first")
items.insert(-1, "before-last")
items.insert(100, "end")
print(items)
print(items.pop(), items.pop(0), items.pop(-2), items)
items.remove(1)
print(items, items.index(1), items.count(1), items.index(5, 2))
items.reverse()
print(items)
copy = items.copy()
copy.append("only in copy")
print(len(items), len(copy), copy[-1])
items.clear()
print(items, copy[:2])
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].index(3)
except ValueError as e:
    print("ValueError:", e)
a = [1, 2]
b = a
a += [3]
print(b, a is b)
a = a + [4]
print(b, a, a is b)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
aliased = [[0] * 3] * 2
aliased[0][0] = 1
print(grid, aliased)
print([1, 2] * 2, [1, [2, 3]] == [1, [2, 3]], len([[]]))
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(ch)
    elif ch == ")":
        stack.pop()
print("balanced", stack == [])
