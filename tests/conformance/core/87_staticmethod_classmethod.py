# Checks @staticmethod and @classmethod, including alternative constructors in subclasses.
class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self.celsius = celsius

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        return cls((f - 32) * 5 / 9)

    @classmethod
    def describe_scale(cls):
        return f"{cls.__name__} uses {cls.scale}"

    def __repr__(self):
        return f"{type(self).__name__}({self.celsius})"


class Kelvinish(Temperature):
    scale = "K-ish"


t = Temperature(37)
print(Temperature.c_to_f(0), t.c_to_f(37), Kelvinish.c_to_f(100))
print(Temperature.from_fahrenheit(212), Kelvinish.from_fahrenheit(32))
print(Temperature.describe_scale(), Kelvinish.describe_scale(), t.describe_scale())
print(type(Temperature.__dict__["c_to_f"]).__name__, type(Temperature.__dict__["from_fahrenheit"]).__name__)
print(type(Temperature.c_to_f).__name__, type(Temperature.from_fahrenheit).__name__)


class Counter:
    instances = 0

    def __init__(self):
        Counter.instances += 1

    @classmethod
    def how_many(cls):
        return f"{cls.__name__}: {cls.instances}"


Counter()
Counter()
print(Counter.how_many(), Counter().how_many())
