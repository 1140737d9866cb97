/**
 * The `queue` module, written in Python as CPython's is, on threading's conditions. Waits
 * are labelled for the trace (`Queue#1.get()`, `Queue#1.put()`, `Queue#1.join()`) and every
 * put/get is recorded with its item. Lines marked `#@N` are placed at line N of the file so
 * tracebacks through it match CPython 3.11's queue.py.
 */
export const QUEUE_SOURCE = String.raw`
import threading
import _interleave
from collections import deque
from heapq import heappush, heappop
from time import monotonic as time
from _queue import SimpleQueue
from _queue import Empty

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Full(Exception):  #@23
    pass


class Queue:  #@28

    def __init__(self, maxsize=0):  #@34
        self.maxsize = maxsize
        self._init(maxsize)  #@36
        self.mutex = _interleave.mutex(self, "queue get", "mutex")
        self.not_empty = threading._condition(self, "queue get", "get()", self.mutex)
        self.not_full = threading._condition(self, "queue put", "put()", self.mutex)
        self.all_tasks_done = threading._condition(self, "queue join", "join()", self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):  #@57
        with self.all_tasks_done:  #@71
            unfinished = self.unfinished_tasks - 1
            if unfinished <= 0:
                if unfinished < 0:
                    raise ValueError('task_done() called too many times')  #@75
                self.all_tasks_done.notify_all()
            self.unfinished_tasks = unfinished

    def join(self):  #@79
        with self.all_tasks_done:  #@88
            while self.unfinished_tasks:
                self.all_tasks_done.wait()  #@90

    def qsize(self):  #@92
        with self.mutex:
            return self._qsize()  #@95

    def empty(self):  #@97
        with self.mutex:  #@108
            return not self._qsize()

    def full(self):  #@111
        with self.mutex:  #@119
            return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):  #@122
        with self.not_full:  #@133
            if self.maxsize > 0:
                if not block:
                    if self._qsize() >= self.maxsize:
                        raise Full  #@137
                elif timeout is None:
                    while self._qsize() >= self.maxsize:
                        self.not_full.wait()  #@140
                elif timeout < 0:
                    raise ValueError("'timeout' must be a non-negative number")  #@142
                else:
                    endtime = time() + timeout
                    while self._qsize() >= self.maxsize:
                        remaining = endtime - time()
                        if remaining <= 0.0:
                            raise Full  #@148
                        self.not_full.wait(remaining)
            self._put(item)  #@150
            _interleave.trace("queue put", self, item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:  #@165
            if not block:
                if not self._qsize():
                    raise Empty  #@168
            elif timeout is None:
                while not self._qsize():
                    self.not_empty.wait()  #@171
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")  #@173
            else:
                endtime = time() + timeout
                while not self._qsize():
                    remaining = endtime - time()
                    if remaining <= 0.0:
                        raise Empty  #@179
                    self.not_empty.wait(remaining)
            item = self._get()  #@181
            _interleave.trace("queue get", self, item)
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, block=False)  #@191

    def get_nowait(self):  #@193
        return self.get(block=False)  #@199

    def _init(self, maxsize):  #@206
        self.queue = deque()

    def _qsize(self):  #@209
        return len(self.queue)

    def _put(self, item):  #@213
        self.queue.append(item)

    def _get(self):  #@217
        return self.queue.popleft()


class PriorityQueue(Queue):  #@223

    def _init(self, maxsize):  #@229
        self.queue = []

    def _qsize(self):  #@232
        return len(self.queue)

    def _put(self, item):  #@235
        heappush(self.queue, item)

    def _get(self):  #@238
        return heappop(self.queue)


class LifoQueue(Queue):  #@242

    def _init(self, maxsize):  #@245
        self.queue = []

    def _qsize(self):  #@248
        return len(self.queue)

    def _put(self, item):  #@251
        self.queue.append(item)

    def _get(self):  #@254
        return self.queue.pop()


class _PySimpleQueue:  #@258

    def __init__(self):  #@268
        self._queue = deque()
        self._count = threading.Semaphore(0)

    def put(self, item, block=True, timeout=None):  #@272
        self._queue.append(item)
        _interleave.trace("queue put", self, item)
        self._count.release()

    def get(self, block=True, timeout=None):  #@281
        if timeout is not None and timeout < 0:  #@292
            raise ValueError("'timeout' must be a non-negative number")
        if not self._count.acquire(block, timeout):
            raise Empty  #@295
        item = self._queue.popleft()
        _interleave.trace("queue get", self, item)
        return item

    def put_nowait(self, item):
        return self.put(item, block=False)  #@304

    def get_nowait(self):  #@306
        return self.get(block=False)  #@312

    def empty(self):  #@314
        return len(self._queue) == 0

    def qsize(self):  #@318
        return len(self._queue)
`;
