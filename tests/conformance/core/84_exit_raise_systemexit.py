# Ends with a bare `raise SystemExit` (exit code 0, nothing on stderr), after catching other forms.
import sys

for code in [0, 5, "text", None, (1, 2)]:
    try:
        raise SystemExit(code)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), e.args)
try:
    sys.exit(2)
except SystemExit as e:
    print("sys.exit(2) raised", type(e).__name__, e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    raise SystemExit(4)
except Exception:
    print("Exception does not catch SystemExit")
except BaseException:
    print("BaseException does")


def shutdown():
    print("shutting down")
    raise SystemExit


shutdown()
print("not reached")
