# Shared variable (no lock): two threads read, wait, then write back a stale balance.
import threading
import time

balance = 0


def deposit(delay):
    global balance
    time.sleep(delay)
    for _ in range(3):
        current = balance  # read
        time.sleep(0.2)  # ... the other thread runs here ...
        balance = current + 10  # write back: the other thread's deposit is lost


a = threading.Thread(target=deposit, args=(0,))
b = threading.Thread(target=deposit, args=(0.1,))
a.start()
b.start()
a.join()
b.join()
print("expected 60, got", balance)
