/**
 * The strategy picker's presets: short programs (the `.py` files beside this one, imported
 * raw so the conformance suite can run the very same files) with what to look at.
 */
import poolFutures from "./pool_futures.py?raw";
import sharedNoLock from "./shared_no_lock.py?raw";
import sharedLock from "./shared_lock.py?raw";
import queueProducerConsumer from "./queue_producer_consumer.py?raw";
import callback from "./callback.py?raw";
import guide01 from "./guide_01_thread_pool_futures.py?raw";
import guide02 from "./guide_02_shared_variable.py?raw";
import guide03 from "./guide_03_shared_variable_lock.py?raw";
import guide03Completed from "./guide_03_shared_variable_lock_completed.py?raw";
import guide04 from "./guide_04_queue.py?raw";
import guide05 from "./guide_05_callback.py?raw";

/** One entry of the strategy picker. */
export interface Preset {
  /** Stable id, kept in localStorage and in the URL. */
  id: string;
  /** Name shown in the picker. */
  title: string;
  /** Picker group: our strategies or the guide's samples. */
  group: "Strategies" | "The guide's samples";
  /** Two lines on what to look at in the views. */
  explanation: [string, string];
  source: string;
}

/** Every preset, in picker order; the first is loaded on a first visit. */
export const PRESETS: readonly Preset[] = [
  {
    id: "pool-futures",
    title: "Thread pool & futures",
    group: "Strategies",
    explanation: [
      "MainThread blocks in result() while two pool workers sleep; map keeps input order, as_completed yields in completion order.",
      "The last task raises: look for the exception marked in the worker and raised again where result() consumes the future.",
    ],
    source: poolFutures,
  },
  {
    id: "shared-no-lock",
    title: "Shared variable (no lock)",
    group: "Strategies",
    explanation: [
      "Each thread reads the balance, sleeps, then writes back what it read plus 10: the other thread's deposit in between is lost.",
      "The GIL does not help: the race is between statements. Expect 30, not 60.",
    ],
    source: sharedNoLock,
  },
  {
    id: "shared-lock",
    title: "Shared variable + Lock",
    group: "Strategies",
    explanation: [
      "The same deposits with the read-modify-write under a Lock: each thread waits (hatched) while the other holds it.",
      "The Locks panel shows who held the lock, who waited and for how long; the balance is 60.",
    ],
    source: sharedLock,
  },
  {
    id: "queue",
    title: "Queue",
    group: "Strategies",
    explanation: [
      "Arrows go from each put() to the get() that received the item; the consumer stops at the None sentinel.",
      "q.join() blocks MainThread until every item got its task_done().",
    ],
    source: queueProducerConsumer,
  },
  {
    id: "callback",
    title: "Callback",
    group: "Strategies",
    explanation: [
      "The callback runs in the thread that calls it: Thread-1 (work), then the pool worker for add_done_callback.",
      "Adding a callback to a future that is already done runs it at once, in MainThread.",
    ],
    source: callback,
  },
  {
    id: "guide-01",
    title: "Guide 1: thread pool and futures",
    group: "The guide's samples",
    explanation: [
      "The guide's sample as printed: MainThread blocks 3 s in future1.result(), then 2 s more in future2.result().",
      "It prints nothing; the run takes 5 s, not 8 s, because the two tasks sleep in parallel.",
    ],
    source: guide01,
  },
  {
    id: "guide-02",
    title: "Guide 2: shared variable",
    group: "The guide's samples",
    explanation: [
      "The guide says a schedule can print None. Both threads write 42 and nobody writes None, so every schedule prints 42.",
      "Look at the two threads sleeping 3 s side by side while MainThread is blocked in join().",
    ],
    source: guide02,
  },
  {
    id: "guide-03",
    title: "Guide 3: shared variable with lock (as printed)",
    group: "The guide's samples",
    explanation: [
      "The guide's lock sample as printed: it only defines the function, so it starts no thread and prints nothing.",
      "Pick the completed version below to see the lock in use.",
    ],
    source: guide03,
  },
  {
    id: "guide-03-completed",
    title: "Guide 3: shared variable with lock (completed)",
    group: "The guide's samples",
    explanation: [
      "Completed by Interleave (the guide's sample is a fragment): two threads run it, MainThread joins them and prints.",
      "Both threads wake after 3 s and take the lock one after the other; the second waits only a moment.",
    ],
    source: guide03Completed,
  },
  {
    id: "guide-04",
    title: "Guide 4: queue",
    group: "The guide's samples",
    explanation: [
      "MainThread blocks in q.get() for 5 s until the worker's put(42); the arrow shows the hand-off.",
      "It prints 42 after 5 virtual seconds.",
    ],
    source: guide04,
  },
  {
    id: "guide-05",
    title: "Guide 5: callback",
    group: "The guide's samples",
    explanation: [
      "The guide says start() doesn't block: true, yet the program only ends when the thread does, 3 s later.",
      "result_handler runs in Thread-1 (lengthy_task), not in MainThread.",
    ],
    source: guide05,
  },
];

/** The preset with `id`, if any. */
export function presetById(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}
