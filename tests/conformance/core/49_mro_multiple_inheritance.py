# Checks MRO with multiple inheritance (diamond), cooperative super() and isinstance.
class Base:
    def hello(self):
        return ["Base"]

class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()

print([cls.__name__ for cls in Child.__mro__])
print(Child().hello())
print([c.__name__ for c in Left.mro()])
print(isinstance(Child(), Right), issubclass(Child, Base), issubclass(Left, Right))

class A: x = "A"
class B(A): pass
class C(A): x = "C"
class D(B, C): pass
print(D.x, [k.__name__ for k in D.__mro__])

class Loggable:
    def __init__(self, **kwargs):
        print("Loggable init")
        super().__init__(**kwargs)

class Named:
    def __init__(self, name="anon", **kwargs):
        print("Named init", name)
        self.name = name
        super().__init__(**kwargs)

class Widget(Loggable, Named):
    def __init__(self, **kwargs):
        print("Widget init")
        super().__init__(**kwargs)
w = Widget(name="button")
print(w.name, [k.__name__ for k in Widget.__mro__])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Z(X, Y): pass
    class W(Y, X): pass
    class Conflict(Z, W): pass
except TypeError as e:
    print("TypeError:", e)
print(super(Left, Child()).hello())
print(Child.__bases__ == (Left, Right), object.__mro__)
