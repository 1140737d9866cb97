/**
 * `concurrent.futures._base` (Future, Executor, wait, as_completed), written in Python as
 * CPython's is, with trace events for the timeline (submit/running/done/cancelled/consumed,
 * callbacks) and labelled waits. Lines marked `#@N` are placed at line N of the file so that
 * tracebacks through it (a worker's exception re-raised by result(), map(), ...) show the
 * lines CPython 3.11's _base.py shows.
 */
export const FUTURES_BASE_SOURCE = String.raw`
import collections
import threading
import time
import sys as _sys
import _interleave

FIRST_COMPLETED = 'FIRST_COMPLETED'  #@12
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'  #@18
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_FUTURE_STATES = [
    PENDING,
    RUNNING,
    CANCELLED,
    CANCELLED_AND_NOTIFIED,
    FINISHED
]

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):  #@45
    pass

class CancelledError(Error):  #@49
    pass

TimeoutError = TimeoutError  #@53

class InvalidStateError(Error):  #@55
    pass


class _Waiter(object):  #@59
    _verb = "wait()"
    def __init__(self):  #@61
        self.event = _waiter_event(self._verb)
        self.finished_futures = []

    def add_result(self, future):  #@65
        self.finished_futures.append(future)

    def add_exception(self, future):  #@68
        self.finished_futures.append(future)

    def add_cancelled(self, future):  #@71
        self.finished_futures.append(future)

class _AsCompletedWaiter(_Waiter):  #@74
    _verb = "as_completed()"

    def __init__(self):  #@77
        super(_AsCompletedWaiter, self).__init__()
        self.lock = _interleave.mutex(self, "lock", "=as_completed() lock")

    def add_result(self, future):  #@81
        with self.lock:
            super(_AsCompletedWaiter, self).add_result(future)
            self.event.set()

    def add_exception(self, future):  #@86
        with self.lock:
            super(_AsCompletedWaiter, self).add_exception(future)
            self.event.set()

    def add_cancelled(self, future):  #@91
        with self.lock:
            super(_AsCompletedWaiter, self).add_cancelled(future)
            self.event.set()

class _FirstCompletedWaiter(_Waiter):  #@96

    def add_result(self, future):  #@99
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):  #@103
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):  #@107
        super().add_cancelled(future)
        self.event.set()

class _AllCompletedWaiter(_Waiter):  #@111

    def __init__(self, num_pending_calls, stop_on_exception):  #@114
        self.num_pending_calls = num_pending_calls
        self.stop_on_exception = stop_on_exception
        self.lock = _interleave.mutex(self, "lock", "=wait() lock")
        super().__init__()

    def _decrement_pending_calls(self):  #@120
        with self.lock:
            self.num_pending_calls -= 1
            if not self.num_pending_calls:
                self.event.set()

    def add_result(self, future):  #@126
        super().add_result(future)
        self._decrement_pending_calls()

    def add_exception(self, future):  #@130
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            self._decrement_pending_calls()

    def add_cancelled(self, future):  #@137
        super().add_cancelled(future)
        self._decrement_pending_calls()

class _AcquireFutures(object):  #@141

    def __init__(self, futures):  #@144
        self.futures = sorted(futures, key=id)

    def __enter__(self):  #@147
        for future in self.futures:
            future._condition.acquire()

    def __exit__(self, *args):  #@151
        for future in self.futures:
            future._condition.release()

def _create_and_install_waiters(fs, return_when):  #@155
    if return_when == _AS_COMPLETED:
        waiter = _AsCompletedWaiter()
    elif return_when == FIRST_COMPLETED:
        waiter = _FirstCompletedWaiter()
    else:
        pending_count = sum(
                f._state not in [CANCELLED_AND_NOTIFIED, FINISHED] for f in fs)

        if return_when == FIRST_EXCEPTION:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=True)
        elif return_when == ALL_COMPLETED:
            waiter = _AllCompletedWaiter(pending_count, stop_on_exception=False)
        else:
            raise ValueError("Invalid return condition: %r" % return_when)  #@169

    for f in fs:
        f._waiters.append(waiter)

    return waiter


def _yield_finished_futures(fs, waiter, ref_collect):  #@177
    while fs:
        f = fs[-1]
        for futures_set in ref_collect:
            futures_set.remove(f)
        with f._condition:
            f._waiters.remove(waiter)
        del f
        yield fs.pop()


def as_completed(fs, timeout=None):  #@199
    if timeout is not None:  #@217
        end_time = timeout + time.monotonic()

    fs = set(fs)
    total_futures = len(fs)
    with _AcquireFutures(fs):
        finished = set(
                f for f in fs
                if f._state in [CANCELLED_AND_NOTIFIED, FINISHED])
        pending = fs - finished
        waiter = _create_and_install_waiters(fs, _AS_COMPLETED)  #@227
    finished = list(finished)
    try:
        yield from _yield_finished_futures(finished, waiter,  #@230
                                           ref_collect=(fs,))

        while pending:  #@233
            if timeout is None:
                wait_timeout = None
            else:
                wait_timeout = end_time - time.monotonic()
                if wait_timeout < 0:
                    raise TimeoutError(  #@239
                            '%d (of %d) futures unfinished' % (
                            len(pending), total_futures))

            waiter.event.wait(wait_timeout)  #@243

            with waiter.lock:
                finished = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()

            finished.reverse()  #@251
            yield from _yield_finished_futures(finished, waiter,
                                               ref_collect=(fs, pending))

    finally:  #@255
        for f in fs:
            with f._condition:
                f._waiters.remove(waiter)

DoneAndNotDoneFutures = collections.namedtuple(  #@261
        'DoneAndNotDoneFutures', 'done not_done')
def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)  #@288
    with _AcquireFutures(fs):
        done = {f for f in fs
                   if f._state in [CANCELLED_AND_NOTIFIED, FINISHED]}
        not_done = fs - done
        if (return_when == FIRST_COMPLETED) and done:
            return DoneAndNotDoneFutures(done, not_done)
        elif (return_when == FIRST_EXCEPTION) and done:
            if any(f for f in done
                   if not f.cancelled() and f._exception is not None):
                return DoneAndNotDoneFutures(done, not_done)

        if len(done) == len(fs):  #@300
            return DoneAndNotDoneFutures(done, not_done)

        waiter = _create_and_install_waiters(fs, return_when)  #@303

    waiter.event.wait(timeout)  #@305
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)

    done.update(waiter.finished_futures)  #@310
    return DoneAndNotDoneFutures(done, fs - done)


def _result_or_cancel(fut, timeout=None):  #@314
    try:
        try:
            return fut.result(timeout)  #@317
        finally:
            fut.cancel()  #@319
    finally:
        del fut


class Future(object):  #@325

    def __init__(self):  #@328
        self._condition = threading._condition(self, "future result", "result()", _interleave.mutex(self, "future result", "result()", True))
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):  #@336
        for callback in self._done_callbacks:
            _interleave.trace("callback", self, callback)
            try:
                callback(self)  #@340
            except Exception:
                LOGGER.exception('exception calling callback for %r', self)  #@342

    def __repr__(self):  #@344
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                else:
                    return '<%s at %#x state=%s returned %s>' % (
                        self.__class__.__name__,
                        id(self),
                        _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                    self.__class__.__name__,
                    id(self),
                   _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):  #@364
        with self._condition:  #@370
            if self._state in [RUNNING, FINISHED]:
                return False

            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:  #@374
                return True

            self._state = CANCELLED  #@377
            _interleave.trace("future cancelled", self)
            self._condition.notify_all()
        self._invoke_callbacks()  #@380
        return True

    def cancelled(self):  #@383
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):  #@388
        with self._condition:
            return self._state == RUNNING

    def done(self):  #@393
        with self._condition:
            return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        _interleave.trace("future consumed", self, self._exception is not None)
        if self._exception:  #@399
            try:
                raise self._exception  #@401
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):  #@408
        with self._condition:
            if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
                self._done_callbacks.append(fn)
                return
        _interleave.trace("callback", self, fn)
        try:
            fn(self)  #@424
        except Exception:
            LOGGER.exception('exception calling callback for %r', self)  #@426

    def result(self, timeout=None):  #@428
        try:  #@444
            with self._condition:
                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                    raise CancelledError()  #@447
                elif self._state == FINISHED:
                    return self.__get_result()  #@449

                self._condition.wait(timeout)  #@451

                if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:  #@453
                    raise CancelledError()
                elif self._state == FINISHED:
                    return self.__get_result()  #@456
                else:
                    raise TimeoutError()  #@458
        finally:
            self = None

    def exception(self, timeout=None):  #@463
        with self._condition:  #@481
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()  #@483
            elif self._state == FINISHED:
                return _exception_seen(self)

            self._condition.wait(timeout)  #@487

            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:  #@489
                raise CancelledError()
            elif self._state == FINISHED:
                return _exception_seen(self)
            else:
                raise TimeoutError()  #@494

    def set_running_or_notify_cancel(self):  #@497
        with self._condition:  #@520
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False  #@527
            elif self._state == PENDING:
                self._state = RUNNING
                _interleave.trace("future running", self)
                return True
            else:
                LOGGER.critical('Future %s in unexpected state: %s', id(self), self._state)
                raise RuntimeError('Future in unexpected state')  #@535

    def set_result(self, result):  #@537
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))  #@544
            self._result = result
            self._state = FINISHED
            _interleave.trace("future done", self, result, None)
            for waiter in self._waiters: waiter.add_result(self)
            self._condition.notify_all()
        self._invoke_callbacks()  #@550

    def set_exception(self, exception):  #@552
        with self._condition:
            if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
                raise InvalidStateError('{}: {!r}'.format(self._state, self))  #@559
            self._exception = exception
            self._state = FINISHED
            _interleave.trace("future done", self, None, exception)
            for waiter in self._waiters: waiter.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()  #@565


class Executor(object):  #@569

    def submit(self, fn, /, *args, **kwargs):  #@572
        raise NotImplementedError()  #@581

    def map(self, fn, *iterables, timeout=None, chunksize=1):  #@583
        if timeout is not None:  #@605
            end_time = timeout + time.monotonic()

        fs = [self.submit(fn, *args) for args in zip(*iterables)]  #@608

        def result_iterator():  #@612
            try:
                fs.reverse()  #@615
                while fs:
                    if timeout is None:  #@618
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):  #@627
        pass  #@641

    def __enter__(self):  #@643
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):  #@646
        self.shutdown(wait=True)
        return False


class BrokenExecutor(RuntimeError):  #@651
    pass


class _Logger:
    "Stands in for logging.getLogger('concurrent.futures') with no handler configured:"
    "logging's last-resort handler writes the message (and traceback) to sys.stderr."

    def _log(self, msg, args, exc_info):
        if args:
            msg = msg % args
        _sys.stderr.write(msg + "\n")
        if exc_info:
            _interleave.print_exception(_sys.exc_info()[1])

    def critical(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def warning(self, msg, *args, exc_info=False):
        self._log(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True):
        self._log(msg, args, exc_info)


LOGGER = _Logger()


def _waiter_event(verb):
    "The Event a waiter sets: its waits are labelled verb (wait(), as_completed()), not as an Event."
    e = threading.Event.__new__(threading.Event)
    e._internal = True
    e._cond = threading._condition(e, "futures wait", "=" + verb)
    e._flag = False
    return e


def _exception_seen(future):
    "exception() returns the outcome: a trace event, as result() has in __get_result."
    _interleave.trace("future consumed", future, False)
    return future._exception
`;
