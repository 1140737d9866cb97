# Checks list slicing, slice assignment (growing, shrinking, extended) and del.
xs = list(range(10))
print(xs[2:5], xs[::3], xs[::-1], xs[-2:], xs[8:2:-2], xs[5:2])
ys = xs[:]
ys[2:5] = ["a", "b"]
print(ys)
ys[1:1] = [100, 200]
print(ys)
ys[:] = ys[::-1]
print(ys)
ys[-3:] = []
print(ys)
zs = list(range(8))
zs[::2] = "ABCD"
print(zs)
try:
    zs[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
del zs[0]
print(zs)
del zs[1:3]
print(zs)
del zs[::2]
print(zs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
grid = [[1, 2, 3], [4, 5, 6]]
del grid[0][1]
print(grid)
class Box:
    pass
box = Box()
box.value = 5
del box.value
print(hasattr(box, "value"))
n = 1
del n
try:
    print(n)
except NameError as e:
    print("NameError:", e)
xs[len(xs):] = [10, 11]
print(xs, xs[slice(1, 4)], xs[slice(None, None, -4)])
print(slice(1, 10, 2).indices(5), slice(None, 3))
