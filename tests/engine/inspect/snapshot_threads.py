# Each SNAP line is what CPython holds at that print: the printing thread's locals and the
# program's globals (values without addresses or thread idents). The inspect test stops the
# engine at each print and must find the same values.
import threading
import time
from queue import Queue

counter = 0
lock = threading.Lock()
results = []
q = Queue()


def norm(v):
    r = repr(v)
    if " at 0x" in r:
        r = r[: r.index(" at 0x")] + ">"
    if r.startswith("<Thread("):
        head, _, tail = r.rpartition(" ")
        if tail[:-2].isdigit():
            r = head + ")>"
    return r


def snap(where, local_vars, global_vars):
    loc = [(k, norm(v)) for k, v in local_vars.items()]
    glo = [
        (k, norm(v))
        for k, v in global_vars.items()
        if not k.startswith("__") and not callable(v) and type(v).__name__ != "module"
    ]
    return where + " " + repr(loc) + " " + repr(glo)


def worker(n, label):
    global counter
    total = 0
    seen = []
    for i in range(n):
        with lock:
            counter += 1
            seen.append((label, i))
            print("SNAP", snap("in-lock", locals(), globals()))
        total += i * 10
        time.sleep(0.1)
    q.put((label, total))
    results.append({"label": label, "total": total, "ratio": total / 4})
    print("SNAP", snap("end", locals(), globals()))


a = threading.Thread(target=worker, args=(3, "a"))
b = threading.Thread(target=worker, args=(2, "b"))
a.start()
time.sleep(0.05)
b.start()
time.sleep(0.02)
items = frozenset({1, 2})
print("SNAP", snap("main", {}, globals()))
a.join()
b.join()
print("SNAP", snap("joined", {}, globals()))
print(q.get(), q.get(), sorted(r["label"] for r in results), counter)
