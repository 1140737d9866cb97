# Future.result() re-raises the worker's exception in the caller: same type, message and object.
import time
from concurrent.futures import ThreadPoolExecutor

raised = {}


def parse(text):
    time.sleep(0.1)
    try:
        return int(text)
    except ValueError as e:
        raised[text] = e
        raise


class CustomError(Exception):
    pass


def custom():
    raise CustomError("custom failure", 7)


with ThreadPoolExecutor(max_workers=2) as pool:
    good = pool.submit(parse, "12")
    bad = pool.submit(parse, "twelve")
    print("good:", good.result())
    try:
        bad.result()
    except ValueError as e:
        print(f"caught {type(e).__name__}: {e}")
        print("same object as in the worker:", e is raised["twelve"])
    try:
        pool.submit(custom).result()
    except CustomError as e:
        print("custom:", type(e).__name__, e.args)
print("the guide's claim that futures do not surface worker exceptions is wrong")
