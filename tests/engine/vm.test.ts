/** Interpreter behaviours that cross the native/Python boundary (expected outputs from CPython 3.11). */
import { expect, test } from "vitest";
import { runProgram } from "../../src/engine/index";

const cases: [string, string, string][] = [
  [
    "natives calling a class with a Python __init__ get the instance",
    "class P:\n    def __init__(self, x):\n        self.x = x\n    def __repr__(self):\n        return f'P({self.x})'\nprint(list(map(P, [1, 2])))\n",
    "[P(1), P(2)]\n",
  ],
  [
    "an exception escaping a with block restores the handled exception",
    "class M:\n    def __enter__(self): return self\n    def __exit__(self, *a): return False\ntry:\n    with M():\n        raise KeyError('k')\nexcept KeyError as e:\n    print('caught', repr(e))\nimport sys\nprint(sys.exc_info()[0])\n",
    "caught KeyError('k')\nNone\n",
  ],
  [
    "generators resumed by natives and by for loops",
    "def g():\n    yield 1\n    yield 2\n    return 3\nprint(sum(g()), [x for x in g()], list(zip(g(), 'ab')))\n",
    "3 [1, 2] [(1, 'a'), (2, 'b')]\n",
  ],
  [
    "a generator suspended inside an except block does not leak its exception to the caller",
    "def g():\n    try:\n        raise ValueError('inside')\n    except ValueError:\n        yield 1\nit = g()\nnext(it)\ntry:\n    raise KeyError('x')\nexcept KeyError as e:\n    print(repr(e.__context__))\n",
    "None\n",
  ],
  [
    "time.sleep advances the virtual clock exactly",
    "import time\nt = time.perf_counter()\ntime.sleep(1.25)\nprint(round(time.perf_counter() - t, 3))\n",
    "1.25\n",
  ],
];

test.each(cases)("%s", (_name, src, want) => {
  const r = runProgram(src);
  expect(r.stderr).toBe("");
  expect(r.stdout).toBe(want);
});
