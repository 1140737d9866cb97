# Checks print(): multiple args, sep, end, file=sys.stderr, flush and empty print.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("no newline", end="")
print(" <- continued")
print("x", "y", sep="-", end="!\n")
print()
print("", "", sep="|")
print(1, 2.5, None, True, [1, "two"], {"k": (3,)})
print("to stderr", file=sys.stderr)
print("err", "parts", sep="+", end=";\n", file=sys.stderr)
print("flushed", flush=True)
print(*range(5))
print(*"abc", sep="\n")
print("multi\nline")
print("tab\tsep", "end", sep="\t")
print("none sep", sep=None)
print("none end", end=None)
for i in range(3):
    print(i, end=" ")
print()
print("done", file=sys.stdout)
sys.stdout.write("written directly\n")
sys.stderr.write("stderr direct\n")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
