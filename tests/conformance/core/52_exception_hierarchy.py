# Checks the built-in exception hierarchy, custom exceptions, e.args, str/repr and KeyError quirks.
for exc in [KeyError("k"), IndexError(3), ZeroDivisionError(), OverflowError(), ValueError()]:
    try:
        raise exc
    except LookupError as e:
        print("LookupError caught", type(e).__name__)
    except ArithmeticError as e:
        print("ArithmeticError caught", type(e).__name__)
    except Exception as e:
        print("Exception caught", type(e).__name__)

for cls in [KeyError, ZeroDivisionError, StopIteration, KeyboardInterrupt, SystemExit, UnicodeDecodeError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])

try:
    raise KeyboardInterrupt
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
    def __str__(self):
        return f"{self.field}: {self.args[1]}"

try:
    raise ValidationError("age", "must be positive")
except AppError as e:
    print(type(e).__name__, e.args, str(e), repr(e), e.field)

for e in [ValueError(), ValueError("one"), ValueError("one", 2), AppError("x"), KeyError("name"),
          KeyError(), KeyError("a", "b"), IndexError("list index out of range")]:
    print(repr(e), "|", str(e), "|", e.args)

try:
    {"a": 1}["missing key"]
except KeyError as e:
    print("str:", str(e), "args[0]:", e.args[0])
print(issubclass(ValidationError, Exception), issubclass(AppError, BaseException))
print(isinstance(ValueError("x"), Exception), ValueError("x") == ValueError("x"))
err = RuntimeError("wrapped", 42)
print(err.args[1], str(err), repr(err))
