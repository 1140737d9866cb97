# Ends with an exception raised inside an except block ("During handling of the above exception...").
settings = {"timeout": "30", "retries": "three"}


def get_int(key):
    try:
        return int(settings[key])
    except ValueError:
        print(f"{key} is not an integer")
        return settings["default_" + key]


print("timeout", get_int("timeout"))
print("retries", get_int("retries"))
print("not reached")
