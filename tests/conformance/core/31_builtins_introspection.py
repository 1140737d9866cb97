# Checks isinstance/issubclass/hasattr/getattr/setattr/delattr/type/callable.
class Animal:
    legs = 4
    def speak(self):
        return "..."

class Dog(Animal):
    def speak(self):
        return "woof"

d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, (int, str)), isinstance(d, (int, Animal)))
print(isinstance(3, int), isinstance(3.0, int), isinstance(True, int), isinstance(None, object))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(bool, int), issubclass(Dog, (str, Animal)))
print(issubclass(Dog, Dog), issubclass(int, object))
print(hasattr(d, "speak"), hasattr(d, "fly"), hasattr(d, "legs"), hasattr(Dog, "speak"))
print(getattr(d, "legs"), getattr(d, "tail", "no tail"), getattr(d, "speak")())
setattr(d, "name", "Rex")
print(d.name, getattr(d, "name"))
delattr(d, "name")
print(hasattr(d, "name"))
try:
    getattr(d, "missing")
except AttributeError as e:
    print("AttributeError:", e)
print(type(1), type("s"), type(1.5), type([]), type(None), type(True))
print(type(d), type(Dog), type(len), type(d.speak).__name__, type(print).__name__)
print(type(d) is Dog, type(d) == Animal, type(type), type(3) is int)
print(Dog.__name__, Dog.__qualname__, Dog.__bases__, Dog.__base__.__name__)
print(callable(len), callable(d), callable(Dog), callable(d.speak), callable(lambda: 0), callable(3))
print(type(d).__name__, d.__class__.__name__, d.__class__.__class__.__name__)
T = type("T", (Dog,), {"legs": 3})
print(T.__name__, T().speak(), T.legs, T.__mro__[1].__name__)
print(isinstance(int, type), isinstance(Dog, type), type(int).__name__)
for obj in [1, "x", [1], (1,), {1: 2}, {1}, 1.0, None, len]:
    print(type(obj).__name__, end=" ")
print()
