# Pool worker names: ThreadPoolExecutor-<pool>_<worker> by default, <prefix>_<worker> with thread_name_prefix.
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def name_of(delay):
    time.sleep(delay)
    t = threading.current_thread()
    return t.name, t.daemon


with ThreadPoolExecutor(max_workers=2) as pool:
    futures = [pool.submit(name_of, 0.2) for _ in range(2)]
    print(sorted(f.result() for f in futures))
with ThreadPoolExecutor(max_workers=1) as pool:
    print(pool.submit(name_of, 0).result())
with ThreadPoolExecutor(max_workers=3, thread_name_prefix="fetcher") as pool:
    futures = [pool.submit(name_of, 0.2) for _ in range(3)]
    print(sorted(f.result() for f in futures))
# A prefixed pool does not use up a pool number: this is pool 2.
with ThreadPoolExecutor() as pool:
    print(pool.submit(name_of, 0).result())
with ThreadPoolExecutor(thread_name_prefix="") as pool:  # empty prefix falls back to the counter
    print(pool.submit(name_of, 0).result())
print("main:", threading.current_thread().name)
