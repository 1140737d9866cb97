# Checks str case methods, searching, counting and character tests.
s = "hello World, hello Python"
print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase())
print("o'neil's DOG".title(), "ÉCOLE".lower(), "straße".upper())
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("zzz"))
print(s.index("World"), s.rindex("o"), s.count("l"), s.count("hello"), s.count(""))
print(s.startswith("hello"), s.startswith(("x", "hel")), s.endswith("Python"))
print(s.startswith("World", 6), s.endswith("hello", 0, 5))
try:
    s.index("zzz")
except ValueError as e:
    print("ValueError:", e)
print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha())
print("abc123".isalnum(), "   ".isspace(), "Title Case".istitle(), "UP".isupper(), "lo".islower())
print("42".isnumeric(), "x_1".isidentifier(), "1x".isidentifier())
for word in ["Level", "noon", "python"]:
    w = word.lower()
    print(word, w == w[::-1])
vowels = sum(s.lower().count(v) for v in "aeiou")
print("vowels:", vowels)
print("Hello".casefold() == "hELLO".casefold())
print("a-b-c".removeprefix("a-"), "file.txt".removesuffix(".txt"))
print("mississippi".find("ss", 3), "mississippi".rfind("ss", 0, 5))
