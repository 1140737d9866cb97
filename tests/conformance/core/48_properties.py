# Checks @property getters, setters with validation, read-only properties and deleters.
class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    def __repr__(self):
        return f"Temperature({self._celsius})"

t = Temperature(25)
print(t.celsius, t.fahrenheit, t, vars(t))
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    Temperature(-500)
except ValueError as e:
    print("ValueError in __init__:", e)
try:
    t.fahrenheit = 0
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temperature.fahrenheit, property), type(Temperature.__dict__["celsius"]).__name__)

class Lazy:
    def __init__(self):
        self._value = None

    @property
    def value(self):
        if self._value is None:
            print("computing...")
            self._value = 42
        return self._value

    @value.deleter
    def value(self):
        print("reset")
        self._value = None

lz = Lazy()
print(lz.value, lz.value)
del lz.value
print(lz.value)
