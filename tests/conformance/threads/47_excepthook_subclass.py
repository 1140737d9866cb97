# Default excepthook output for an exception raised in an overridden run(); SystemExit in a thread is silent.
import sys
import threading
import time


class Worker(threading.Thread):
    def run(self):
        time.sleep(0.1)
        items = {"a": 1}
        print("looking up b")
        print(items["b"])


class Quitter(threading.Thread):
    def run(self):
        print("quitter calls sys.exit(3)")
        sys.exit(3)


w = Worker()
w.start()
w.join()
q = Quitter(name="quitter")
q.start()
q.join()
print("main is still running, quitter alive:", q.is_alive())
