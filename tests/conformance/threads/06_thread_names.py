# Default names: "Thread-N (target)" with a target, "Thread-N" without; explicit names skip the counter.
import functools
import threading


def worker():
    pass


class Job(threading.Thread):
    def run(self):
        pass


a = threading.Thread(target=worker)
b = Job()
c = threading.Thread(target=worker, name="custom")
d = threading.Thread(target=lambda: None)
e = threading.Thread()
f = Job(name="job-f")
g = threading.Thread(target=functools.partial(worker))
h = threading.Thread(target=print)
i = threading.Thread(target=worker, name=123)
for t in (a, b, c, d, e, f, g, h, i):
    print(repr(t.name))

a.name = "renamed"
print(a.name)
a.start()
a.join()
print("after run:", a.name)
print(threading.main_thread().name)
