# Subclassing Thread and overriding run(); a subclass without a target is named Thread-N.
import threading
import time


class Squarer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        time.sleep(0.1 * self.n)
        self.result = self.n * self.n
        print(f"{self.name} computed {self.result}")


class Named(threading.Thread):
    def __init__(self):
        super().__init__(name="named-subclass")

    def run(self):
        print(f"{threading.current_thread().name} running, is self: {threading.current_thread() is self}")


threads = [Squarer(n) for n in (1, 2, 3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print([t.result for t in threads])
print(isinstance(threads[0], threading.Thread))

n = Named()
n.start()
n.join()
print(n.name, n.is_alive())
