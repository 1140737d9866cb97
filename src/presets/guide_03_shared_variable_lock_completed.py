import threading
import time

lock = threading.Lock()
result = None   

def lengthy_task():
    global result, lock
    time.sleep(3)  
    with lock:
        result = 42 
    return

# Completed by Interleave (the guide stops above): two threads and a print.
thread1 = threading.Thread(target=lengthy_task)
thread2 = threading.Thread(target=lengthy_task)

thread1.start()
thread2.start()

thread1.join()
thread2.join()
print(result) # 42
