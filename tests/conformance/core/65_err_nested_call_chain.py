# Ends with an uncaught ValueError raised three calls deep (traceback with every frame).
def parse_record(line):
    name, raw_age = line.split(",")
    return name, parse_age(raw_age)


def parse_age(text):
    age = int(text)
    return validate(age)


def validate(age):
    if age < 0:
        raise ValueError(f"age must be non-negative, got {age}")
    return age


records = ["ann,31", "bob,7", "cid,-4", "never,1"]
for line in records:
    name, age = parse_record(line)
    print(f"{name} is {age}")
print("not reached")
