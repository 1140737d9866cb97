# A syntax error: an inconsistent dedent (IndentationError: unindent does not match any outer level).
print("this never prints because the file does not compile")


def classify(n):
    if n > 0:
        label = "positive"
      else_label = "odd dedent"
    return label


print(classify(3))
for i in range(3):
    print(i)
print("end")
