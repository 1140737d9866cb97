# Checks arbitrary-precision ints and Python's floor division / modulo sign rules.
big = 2 ** 100
print(big)
print(big * big)
print(-big)
print(big + 1, big - 1)
product = 1
for k in range(1, 31):
    product *= k * 1000003
print(product)
print(product // 7 ** 20, product % 7 ** 20)

# Floor division rounds toward negative infinity; % takes the divisor's sign.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (-1, 10)]:
    print(a, b, a // b, a % b, divmod(a, b))

print(divmod(big, 12345678901), divmod(-big, 12345678901))
print((-big) // 3, (-big) % 3)
print(10 ** 30 // 10 ** 29, 10 ** 30 % 999)
print(abs(-big), -(-big) == big)
print(big > 2 ** 99, big == 2 ** 100, big < 2 ** 100 + 1)
print(123456789 * 987654321 * 111111111)
print(int("9" * 40) + 1)
print(len(str(3 ** 200)))
