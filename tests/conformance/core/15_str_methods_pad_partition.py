# Checks zfill/ljust/rjust/center/partition/rpartition/expandtabs.
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("[" + "ab".ljust(6) + "]", "[" + "ab".rjust(6, "*") + "]")
print("[" + "ab".center(7) + "]", "[" + "ab".center(6, "-") + "]", "[" + "abc".center(6) + "]")
print("[" + "toolong".center(3) + "]")
print("key=value=more".partition("="))
print("key=value=more".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a\tbc\td".expandtabs(4))
table = [("id", "name", "score"), ("1", "ann", "93"), ("22", "bob", "7")]
widths = [max(len(row[i]) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(cell.ljust(w) for cell, w in zip(row, widths)))
for n in [1, 10, 100]:
    print(str(n).rjust(4, "0"), str(n).center(5, "."))
url = "https://example.com/path?q=1"
scheme, _, rest = url.partition("://")
host, _, path = rest.partition("/")
print(scheme, host, path)
print("title".center(20, "="))
