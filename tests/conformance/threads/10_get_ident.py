# get_ident()/get_native_id() are ints, distinct for live threads, equal to Thread.ident/native_id.
import threading
import time

info = {}
barrier = threading.Barrier(2)


def worker(name):
    info[name] = (threading.get_ident(), threading.get_native_id())
    barrier.wait()  # both threads are alive at the same time here
    time.sleep(0.1)


ta = threading.Thread(target=worker, args=("a",))
tb = threading.Thread(target=worker, args=("b",))
ta.start()
tb.start()
ta.join()
tb.join()
print("ident type:", type(threading.get_ident()).__name__)
print("native id type:", type(threading.get_native_id()).__name__)
print("a matches Thread.ident:", info["a"][0] == ta.ident)
print("b matches Thread.native_id:", info["b"][1] == tb.native_id)
print("a and b differ:", info["a"][0] != info["b"][0])
print("differ from main:", info["a"][0] != threading.get_ident())
print("main matches:", threading.main_thread().ident == threading.get_ident())
print("ident kept after end:", ta.ident == info["a"][0])
