# Future state queries: running(), done(), cancelled() for a running, a pending and a finished future.
import time
from concurrent.futures import ThreadPoolExecutor


def state(f):
    return f"running={f.running()} done={f.done()} cancelled={f.cancelled()}"


with ThreadPoolExecutor(max_workers=1) as pool:
    first = pool.submit(time.sleep, 0.3)
    second = pool.submit(time.sleep, 0.3)
    time.sleep(0.1)
    print("first (running):", state(first))
    print("second (pending):", state(second))
    first.result()
    time.sleep(0.1)
    print("first (finished):", state(first))
    print("second (running):", state(second))
    failing = pool.submit(int, "not a number")
    failing.exception()
    print("failed future:", state(failing))
print("second (finished):", state(second))
