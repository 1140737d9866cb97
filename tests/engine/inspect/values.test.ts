/**
 * Values as the Variables panel shows them: CPython's repr (python3 3.11 printed every expected
 * string here) minus addresses and thread idents, made without running the program's code.
 */
import { describe, expect, test } from "vitest";
import { inspectAt, type Snapshot, type ValueView } from "../../../src/engine/inspect/index";
import { MAX_REPR, truncate } from "../../../src/engine/inspect/values";

/** Run `program` to its end and return its globals by name. */
function globalsAfter(program: string): Map<string, ValueView> {
  const r = inspectAt(program, {}, Number.MAX_SAFE_INTEGER);
  if ("error" in r) throw new Error(r.error);
  const s: Snapshot = r.snapshot;
  return new Map(s.globals.map((g) => [g.name, g.value]));
}

// [Python expression, repr(expr) in CPython 3.11]
const BUILTINS: [string, string][] = [
  ["42", "42"],
  ["-7", "-7"],
  ["2**100", "1267650600228229401496703205376"],
  ["True", "True"],
  ["None", "None"],
  ["3.0", "3.0"],
  ["0.1 + 0.2", "0.30000000000000004"],
  ["1e300 * 10", "1e+301"],
  [`"it's"`, `"it's"`],
  [`"a\\nb"`, `'a\\nb'`],
  [`b'ab\\x00'`, `b'ab\\x00'`],
  ["[1, 'two', 3.5, None]", "[1, 'two', 3.5, None]"],
  ["(1,)", "(1,)"],
  ["()", "()"],
  ["{'a': [1, 2], 3: (4, 5)}", "{'a': [1, 2], 3: (4, 5)}"],
  ["{3, 1, 2}", "{1, 2, 3}"],
  ["set()", "set()"],
  ["frozenset({1})", "frozenset({1})"],
  ["collections.deque([1, 2], maxlen=5)", "deque([1, 2], maxlen=5)"],
  ["collections.defaultdict(list, {'k': [1]})", "defaultdict(<class 'list'>, {'k': [1]})"],
  ["collections.Counter('aab')", "Counter({'a': 2, 'b': 1})"],
  ["range(0, 10, 2)", "range(0, 10, 2)"],
  ["ValueError('bad', 3)", "ValueError('bad', 3)"],
  ["Point", "<class '__main__.Point'>"],
];

describe("builtin values read as CPython's repr", () => {
  const program = [
    "import collections",
    "class Point:",
    "    def __repr__(self):",
    '        raise RuntimeError("the program\'s code must not run")',
    ...BUILTINS.map(([e], i) => `v${i} = ${e}`),
  ].join("\n");
  const globals = globalsAfter(program);
  BUILTINS.forEach(([expr, repr], i) => {
    test(expr, () => expect(globals.get(`v${i}`)?.repr).toBe(repr));
  });
});

describe("the threading, queue and futures objects", () => {
  const globals = globalsAfter(
    [
      "import threading, queue",
      "from concurrent.futures import ThreadPoolExecutor",
      "lock = threading.Lock()",
      "rlock = threading.RLock(); rlock.acquire()",
      "ev = threading.Event()",
      "sem = threading.Semaphore(2)",
      "bsem = threading.BoundedSemaphore(3)",
      "cond = threading.Condition()",
      "q = queue.Queue(); q.put(1); q.put('x')",
      "sq = queue.SimpleQueue(); sq.put(5)",
      "pool = ThreadPoolExecutor(max_workers=1)",
      "ok = pool.submit(lambda: 42); ok.result()",
      "bad = pool.submit(int, 'x'); bad.exception()",
      "pool.shutdown()",
      "t = threading.Thread(target=print, name='idle')",
      "class Worker(threading.Thread):",
      "    def __init__(self):",
      "        super().__init__(name='w')",
      "        self.result = None",
      "w = Worker()",
    ].join("\n"),
  );
  // CPython's text without " at 0x…"; an RLock names its owner thread instead of its ident.
  const cases: [string, string][] = [
    ["lock", "<unlocked _thread.lock object>"],
    ["rlock", "<locked _thread.RLock object owner=MainThread count=1>"],
    ["ev", "<threading.Event: unset>"],
    ["sem", "<threading.Semaphore: value=2>"],
    ["bsem", "<threading.BoundedSemaphore: value=3/3>"],
    ["cond", "<Condition(<unlocked _thread.RLock object owner=0 count=0>, 0)>"],
    ["q", "<queue.Queue object>"],
    ["sq", "<_queue.SimpleQueue object>"],
    ["ok", "<Future state=finished returned int>"],
    ["bad", "<Future state=finished raised ValueError>"],
    ["t", "<Thread(idle, initial)>"],
    ["w", "<Worker(w, initial)>"],
  ];
  for (const [name, repr] of cases) test(name, () => expect(globals.get(name)?.repr).toBe(repr));

  test("a queue shows its items, a future its result, a Thread subclass its own fields", () => {
    expect(globals.get("q")?.fields).toEqual([
      { name: "queue", type: "collections.deque", repr: "deque([1, 'x'])" },
      { name: "maxsize", type: "int", repr: "0" },
      { name: "unfinished_tasks", type: "int", repr: "2" },
    ]);
    expect(globals.get("ok")?.fields).toEqual([{ name: "result()", type: "int", repr: "42" }]);
    expect(globals.get("bad")?.fields?.[0].repr).toBe(
      `ValueError("invalid literal for int() with base 10: 'x'")`,
    );
    expect(globals.get("w")?.fields).toEqual([{ name: "result", type: "NoneType", repr: "None" }]);
    expect(globals.get("lock")?.fields).toBeUndefined();
  });

  test("imported names and modules are left out, the program's own names kept in order", () => {
    expect([...globals.keys()].slice(0, 3)).toEqual(["lock", "rlock", "ev"]);
    expect(globals.has("threading")).toBe(false);
    expect(globals.has("ThreadPoolExecutor")).toBe(false);
    expect(globals.get("Worker")?.repr).toBe("<class '__main__.Worker'>");
  });
});

describe("instances, long values and cycles", () => {
  const globals = globalsAfter(
    [
      "class Account:",
      "    def __init__(self, owner):",
      "        self.owner = owner",
      "        self._balance = 10",
      "        self.history = [1, 2]",
      "    def __repr__(self):",
      "        raise RuntimeError('never called')",
      "acct = Account('ann')",
      "big = list(range(1000))",
      "text = 'x' * 500",
      "loop = [1]",
      "loop.append(loop)",
      "deep = [[[[[[1]]]]]]",
      "def f(a, b=2):",
      "    return a",
      "m = acct.__init__",
    ].join("\n"),
  );

  test("an instance of the program's class: its class and every field, one level deep", () => {
    expect(globals.get("acct")).toEqual({
      type: "Account",
      repr: "<__main__.Account object>",
      fields: [
        { name: "owner", type: "str", repr: "'ann'" },
        { name: "_balance", type: "int", repr: "10" },
        { name: "history", type: "list", repr: "[1, 2]" },
      ],
    });
  });

  test("long values end in an ellipsis at MAX_REPR characters", () => {
    const big = globals.get("big")!.repr;
    expect(big).toHaveLength(MAX_REPR);
    expect(big.startsWith("[0, 1, 2, 3")).toBe(true);
    expect(big.endsWith("…")).toBe(true);
    expect(globals.get("text")!.repr).toBe("'" + "x".repeat(MAX_REPR - 2) + "…");
  });

  test("a self-containing list prints [...] as CPython does; deep nesting is cut", () => {
    expect(globals.get("loop")!.repr).toBe("[1, [...]]");
    expect(globals.get("deep")!.repr).toBe("[[[[[…]]]]]");
  });

  test("functions and bound methods have no address", () => {
    expect(globals.get("f")!.repr).toBe("<function f>");
    expect(globals.get("m")!.repr).toBe(
      "<bound method Account.__init__ of <__main__.Account object>>",
    );
  });

  test("truncate leaves short text alone", () => {
    expect(truncate("abc", 5)).toBe("abc");
    expect(truncate("abcdef", 5)).toBe("abcd…");
  });
});
