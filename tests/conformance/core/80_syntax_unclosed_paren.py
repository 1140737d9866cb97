# A syntax error: an opening parenthesis that is never closed ("'(' was never closed").
print("this never prints because the file does not compile")
numbers = [1, 2, 3]


def total(values):
    return sum(values)


result = total(numbers
print(result)
doubled = [n * 2 for n in numbers]
print(doubled)
print("end")
print("end of file")
