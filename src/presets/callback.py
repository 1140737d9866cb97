# Callback: a thread calls back with its result; a future runs its done-callbacks.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def work(n, callback):
    time.sleep(0.2)
    callback(n * 2)  # runs in the worker thread, not in MainThread


def on_result(value):
    print(f"callback got {value} in {threading.current_thread().name}")


t = threading.Thread(target=work, args=(21, on_result))
t.start()
t.join()


def slow_square(n):
    time.sleep(0.2)
    return n * n


def on_done(future):
    print(f"done callback got {future.result()} in {threading.current_thread().name}")


with ThreadPoolExecutor(max_workers=1) as pool:
    f = pool.submit(slow_square, 7)
    f.add_done_callback(on_done)  # not done yet: the worker will run it
f.add_done_callback(on_done)  # already done: runs right here, in MainThread
