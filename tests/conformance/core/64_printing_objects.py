# Checks printing of nested containers, None, bools, classes and functions (by name only).
nested = {"list": [1, [2, [3, []]]], "tuple": (1,), "empty": {}, "set": {1, 2}, "none": None}
print(nested)
print([None, True, False], (True,), {None: False})
print(None, True, False)
print([1.0, -0.0, 1e100, float("inf")], ["a", 'b"c', "d'e"])
print([[]], [()], [{}], ({},), [set()], [frozenset()])
recursive = [1, 2]
recursive.append(recursive)
print(recursive)
d = {"self": None}
d["self"] = d
print(d)

def greet():
    pass

class Widget:
    class Inner:
        def method(self):
            pass

print(greet.__name__, greet.__qualname__, type(greet).__name__)
print(Widget.__name__, Widget.Inner.__qualname__, Widget.Inner.method.__qualname__)
print(type(Widget()).__name__, type(Widget).__name__, Widget.__module__)
print(int, str, list, Widget.Inner.__name__, type(None))
print(repr(int), str(type(3.5)), [type(x).__name__ for x in (1, "a", None, [], greet)])
print(str(Widget).replace("__main__.", ""), repr(Widget.Inner))
print(len, print.__name__, type(len))
print({1: [1, {2: (3, [4])}]}, [[1, 2], [3, 4]][1][0])
print(range(3), range(1, 10, 2), slice(1, 2), slice(None), Ellipsis, ...)
print(repr("x" * 3), [str(i) for i in range(3)], ("a" "b",))
print(type(NotImplemented).__name__, NotImplemented)
