# Checks string indexing, slicing with steps, membership, repetition and ord/chr.
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[:], s[-3:])
print(s[::2], s[1::3], s[::-1], s[8:2:-2], s[-1:-4:-1], s[2:8:-1] == "")
print(s[100:], s[-100:3], s[5:100], s[::-3])
print("cd" in s, "dc" in s, "" in s, "x" not in s)
print("ab" * 3, 3 * "-", "x" * 0, "x" * -2 == "")
print(len(s), len(""), len("é☃"))
print(ord("A"), ord("a"), ord("€"), chr(65), chr(8364), chr(0x1F600) == "\U0001F600")
print([ord(c) for c in "Hi!"], "".join(chr(c) for c in [80, 121]))
rot13 = "".join(
    chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in "hello, world"
)
print(rot13)
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
for i, ch in enumerate("xyz"):
    print(i, ch, s[i::4])
print(sorted("banana"), min("hello"), max("hello"))
print(s.__getitem__(slice(1, 4)), s[slice(None, None, -5)])
