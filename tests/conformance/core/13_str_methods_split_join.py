# Checks str split/rsplit/splitlines/join/strip/replace.
line = "  alpha, beta,,gamma  "
print(line.split(","))
print(line.split(",", 1), line.rsplit(",", 1))
print("a b  c\td\n e".split())
print("a b  c".split(" "))
print("".split(), "".split(","), "x".split("x"))
print("one two three four".split(None, 2))
print("one two three four".rsplit(None, 2))
print(line.strip(), "|" + line.lstrip() + "|", "|" + line.rstrip() + "|")
print("xxhixx".strip("x"), "--a-b--".lstrip("-"), "abcba".rstrip("ab"))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".replace("", "-"))
print("path/to/file".replace("/", "\\"))
print(", ".join(["x", "y", "z"]), "".join(reversed("stressed")), "-".join("abc"))
print("+".join(str(i) for i in range(5)))
text = "first\nsecond\r\nthird\n\nfifth"
print(text.splitlines())
print(text.splitlines(True))
print("no newline".splitlines(), "\n".splitlines(), "a\n".split("\n"))
csv = "name=ann;age=31;city=Oslo"
record = dict(pair.split("=") for pair in csv.split(";"))
print(record)
print(" ".join(w.capitalize() for w in "the quick brown fox".split()))
try:
    ", ".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
