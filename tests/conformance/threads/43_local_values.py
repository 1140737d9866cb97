# threading.local(): each thread sees its own attributes; a new thread starts with none.
import threading
import time

data = threading.local()
data.value = "main value"
seen = {}


def worker(name, delay):
    try:
        data.value
    except AttributeError as e:
        seen[name + " before"] = f"AttributeError: {e}"
    data.value = name
    time.sleep(delay)  # the other thread writes its own value meanwhile
    seen[name + " after"] = data.value
    seen[name + " hasattr"] = hasattr(data, "value")


threads = [threading.Thread(target=worker, args=(n, d)) for n, d in (("a", 0.2), ("b", 0.1))]
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(seen):
    print(key, "->", seen[key])
print("main still sees:", data.value)
print("type:", type(data).__name__)
del data.value
print("after del:", hasattr(data, "value"))
