# Checks string escapes and the quoting rules of repr() for strings.
s = "tab\there\nnewline"
print(s)
print(repr(s))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("back\\slash"), len("back\\slash"))
print(repr("\x00\x07\x1b\x7f"), repr("caf\u00e9"), repr("\u2603"))
print("\u00e9\N{GREEK SMALL LETTER ALPHA}", len("\u00e9"))
print(r"raw \n stays", repr(r"C:\new"))
print("a\
b")
print("""triple
quoted""")
print(repr("""line1
line2"""))
print('single' "adjacent" 'concat')
print(repr(""), repr(" "), repr("\r\n"))
print(str("x"), str(42), repr(42), repr("42"))
print(ascii("naïve ☃"), repr("naïve ☃"))
print("\101\x42\u0043", "\'", "\"")
words = ["plain", "with space", "quote'd", 'dq"d']
print(words)
print({"key": "it's"}, ("a", 'b"c'))
print(b"bytes\n", repr(b"\x00\xff"), bytes([65, 66]))
