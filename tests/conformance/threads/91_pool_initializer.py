# ThreadPoolExecutor(initializer, initargs) runs the initializer once in each new worker thread.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

local = threading.local()
inits = []


def init(tag):
    local.tag = f"{tag}:{threading.current_thread().name}"
    inits.append(threading.current_thread().name)


def task(delay):
    time.sleep(delay)
    return local.tag


with ThreadPoolExecutor(max_workers=2, initializer=init, initargs=("ready",), thread_name_prefix="w") as pool:
    fs = [pool.submit(task, 0.2) for _ in range(2)]
    print(sorted(f.result() for f in fs))
    print("again, reused workers:", sorted(f.result() for f in [pool.submit(task, 0.1) for _ in range(2)]))
print("initializer ran in:", sorted(inits))
