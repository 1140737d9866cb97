# Checks int() parsing with bases and bin/oct/hex formatting.
print(int("42"), int("  -17  "), int("+8"), int("1_000_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("1010", 2), int("0b1010", 0))
print(int("z", 36), int("Zz", 36), int("10", 3))
print(int(3.99), int(-3.99), int(True), int("0"))
print(int(1e20), int(-0.5))

for n in [0, 5, -5, 255, -255, 2 ** 40]:
    print(n, bin(n), oct(n), hex(n))

print(hex(2 ** 100))
print(format(255, "x"), format(255, "X"), format(255, "#x"), format(255, "08b"))
print(format(-255, "#o"), format(10, "#b"))
print(int(bin(12345), 2), int(hex(-999), 16), int(oct(64), 8))

for text, base in [("12", 10), ("12", 3), ("7f", 16), ("-101", 2)]:
    print(repr(text), base, "->", int(text, base))
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("")
except ValueError as e:
    print("ValueError:", e)
