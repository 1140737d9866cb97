# Checks sys: argv, stdout/stderr.write, recursion limit, switch interval and maxsize.
import sys

print(sys.argv, len(sys.argv))
n = sys.stdout.write("hello via write\n")
print("write returned", n)
sys.stderr.write("warning: written to stderr\n")
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())

def depth(k):
    return 0 if k == 0 else 1 + depth(k - 1)
print(depth(1500))
sys.setrecursionlimit(1000)
print(sys.getswitchinterval())
sys.setswitchinterval(0.001)
print(sys.getswitchinterval())
print(sys.maxsize == 2 ** 63 - 1, sys.version_info[0], sys.version_info >= (3, 8))
print(type(sys.modules).__name__, "sys" in sys.modules, sys.byteorder in ("little", "big"))
print(sys.stdout is sys.__stdout__, hasattr(sys.stdout, "flush"))
sys.stdout.flush()
print(sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit in (15, 30))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit caught with code", e.code)
print("still running")
