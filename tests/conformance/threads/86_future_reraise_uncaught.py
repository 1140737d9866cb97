# An uncaught exception re-raised by Future.result(): the traceback shows the worker's frames, exit code 1.
import time
from concurrent.futures import ThreadPoolExecutor


def load(path):
    time.sleep(0.2)
    return parse_header(path)


def parse_header(path):
    raise FileNotFoundError(f"no such file: {path}")


pool = ThreadPoolExecutor(max_workers=1)
future = pool.submit(load, "data.csv")
print("submitted; waiting for the result")
result = future.result()
print("never printed", result)
