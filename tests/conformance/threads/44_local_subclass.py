# A threading.local subclass runs __init__ once in each thread that touches it, with the same arguments.
import threading
import time

init_calls = []


class Context(threading.local):
    color = "class default"

    def __init__(self, prefix):
        self.prefix = prefix
        self.items = []
        init_calls.append(threading.current_thread().name)


ctx = Context("ctx")
results = {}


def worker():
    ctx.items.append(threading.current_thread().name)
    time.sleep(0.1)
    ctx.items.append("again")
    results[threading.current_thread().name] = (ctx.prefix, ctx.items, ctx.color)


threads = [threading.Thread(target=worker, name=f"t{i}") for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for name in sorted(results):
    print(name, results[name])
print("main items:", ctx.items)
print("init ran in:", sorted(init_calls))
