# Ends with sys.exit(3): exit code 3, no traceback; finally blocks still run.
import sys


def main():
    errors = 0
    for value in ["1", "2", "x", "4", "y"]:
        try:
            int(value)
        except ValueError:
            errors += 1
            print("bad value", repr(value), file=sys.stderr)
    return errors


try:
    count = main()
    print("errors found:", count)
    if count:
        sys.exit(count + 1)
    print("not reached")
finally:
    print("finally runs before exit")
print("not reached either")
