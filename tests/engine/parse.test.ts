/**
 * The parser against CPython: every program here is parsed by our parser and
 * by `python3 scripts/ast-to-json.py` (CPython's `ast.parse`, serialized in
 * the shape of src/engine/parse/ast.ts) and the two ASTs must be equal,
 * positions included. CPython runs once, for all programs together.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { PySyntaxError, UnsupportedError } from "../../src/engine/errors";
import { parseModule } from "../../src/engine/parse/parse";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Constructs and positions, one small program each. */
const SNIPPETS: string[] = [
  // literals
  "x = 1\ny = 1_000_000\nz = 0x_ff + 0o17 + 0b1010 + 0XFF + 0O7 + 0B1\n",
  "a = 123456789012345678901234567890\nb = 00\nc = 0_0\n",
  "f = 1.5, 1e16, 1_000.5, .5, 5., 1e-3, 1E+3, 0.0, 1e400, 3.14j, 1j, 10J, 1e5j, .5j\n",
  "s = 'a' \"b\" '''c''' \"\"\"d\"\"\"\n",
  "s = '\\n\\t\\\\\\'\\\"\\a\\b\\f\\v\\r\\0\\x41\\u00e9\\U0001F600\\101\\7\\777'\n",
  "s = r'\\n\\d' R\"\\x\" U'u' u'v'\n",
  "b = rb'\\n' Rb'x' bR'y' BR'z' br'w'\n",
  "s = b'abc\\x00\\xff\\n\\'' B\"q\" b'\\777\\d'\n",
  "s = 'unknown \\d \\q escapes'\n",
  "s = 'line\\\ncontinued'\n",
  "s = '''multi\nline\n  string'''\nt = 1\n",
  'x = ("implicit "\n     "concatenation "\n     \'across lines\')\n',
  "x = ''\ny = \"\"\nz = ''''''\nw = b''\n",
  "x = 'caf\u00e9 \u2603 \ud83d\ude00'\ny = len(x)\n",
  "x = '\\N{GREEK SMALL LETTER ALPHA}\\N{bullet}\\N{EM DASH}'\n",
  "x = True, False, None, ...\n",
  // f-strings
  'f"plain"\n',
  'f""\n',
  'f"{x}"\n',
  'x = f"a{b}c{d!r}e{f!s}g{h!a}"\n',
  'x = f"{x:>10}" f"{y:{w}.{p}f}"\n',
  'x = f"a{b!r:>{w}.{p}f} {c=}" "d" f"{{e}}"\n',
  'x = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>5}"\n',
  'x = f"{{}} {{{a}}} }}{{"\n',
  'x = f"{a + b * c}" f"{f(a)[0].b}" f"{ x }" f"{x!r:^{n}}"\n',
  "x = f'{\"nested\"}' f\"{'q'}\" f'{x[\"k\"]}'\n",
  'x = "plain " f"{a}" " tail"\n',
  'x = f"{a}" "b"\ny = "a" f"{b}"\n',
  'x = (f"{a}" "b"\n     f"{c}")\n',
  'x = f"""\n{a}\n  {b!r}\n"""\n',
  'x = rf"{x}\\n" fr"\\d{y}" F"{z}" Rf"{w}" fR"{v}"\n',
  'x = f"{a:{b}{c}}" f"{x:%Y-%m-%d}" f"{n:,}" f"{n:_>12}" f"{n:=+12}"\n',
  'x = f"{(lambda: 1)()}"\n',
  'x = f"{a if b else c}" f"{[i for i in y]}" f"{ {k: v} }"\n',
  'x = f"{a!r}" "{not a field}"\n',
  'x = f"\\n{a}\\t" f"\\x41{b}\\u00e9"\n',
  'x = f"{x,}" f"{a, b}"\n',
  'print(f"{n:10}", f"[{n:<10}]", f"[{n:^11}]")\n',
  'x = f"{x!r:>10}{y}"\n',
  'x = f"{3.14:.2f}" f"{1+2}" f"{d[\'a\']}"\n',
  // expressions
  "x = a + b - c * d / e // f % g @ h\n",
  "x = a ** b ** c\ny = -a ** -b\nz = (-a) ** b\n",
  "x = a << b >> c & d ^ e | f\n",
  "x = ~a + -b - +c\n",
  "x = not a == b and c or d\n",
  "x = a and b and c or d or e and f\n",
  "x = (a and b) and c\ny = a or (b or c)\n",
  "x = a < b <= c > d >= e == f != g\n",
  "x = a in b not in c is d is not e\n",
  "x = not not a\ny = not a in b\n",
  "x = (a < b) < c\n",
  "x = a if b else c\ny = a if b else c if d else e\n",
  "x = lambda: 0\ny = lambda a, b=1, *c, d, e=2, **f: a\nz = lambda *, k: k\nw = lambda *a, **k: 0\n",
  "x = lambda a, /, b: a\n",
  "x = (y := 10)\nif (n := len(a)) > 10: pass\nwhile (c := f()): pass\n",
  "print(x := 5)\nf(a, b := 2)\n",
  "x = [y := 1, y ** 2]\n",
  "x = a[b := 1]\n",
  "x = [1, 2, 3]\ny = []\nz = [*a, *b, c]\n",
  "x = (1, 2)\ny = ()\nz = (1,)\nw = 1,\nv = (*a, b)\n",
  "x = {1: 2, 'a': b}\ny = {}\nz = {**a, 'b': 1, **c}\n",
  "x = {1, 2}\ny = {*a, *b}\nz = {a,}\n",
  "x = [i for i in range(10)]\n",
  "x = [i * j for i in range(3) for j in range(3) if i != j if j]\n",
  "x = {k: v for k, v in items}\ny = {v for v in s}\nz = (i for i in g)\n",
  "x = [(a, b) for a, b in pairs]\ny = [a for a, in t]\n",
  "x = [[c for c in row] for row in grid]\n",
  "x = [a for a in b if a if not a]\n",
  "x = [a for a in (b if c else d)]\n",
  "async def f():\n    x = [a async for a in b]\n    y = [await a for a in b]\n",
  "x = sum(x for x in y)\ny = f(a for a in b if a)\n",
  "x = sum(x for x, _ in coords)\n",
  "x = f((a for a in b), 1)\n",
  "x = dict((k, v) for k, v in pairs)\n",
  "f()\nf(a)\nf(a, b)\nf(a,)\nf(*a)\nf(**k)\nf(a, *b, c=1, **d)\nf(a=1, *b)\nf(*a, *b, **c, **d)\n",
  "f(x)(y)(z)\na.b.c.d\na[0][1][2]\nf().a[0](b)\n",
  "x = a.b\ny = a . b\nz = (a).b\nw = a.b.c\n",
  "x = a[1]\ny = a[1:2]\nz = a[::2]\nw = a[1:2:3]\nv = a[:]\nu = a[::]\nt = a[1:]\ns = a[:2]\n",
  "x = a[1, 2]\ny = a[1:2, 3]\nz = a[1,]\nw = a[:, ::2, 1:2:3]\n",
  "x = a[b, c:d]\ny = a[(1, 2)]\n",
  "x = a[-1]\ny = a[i + 1 : j - 1]\n",
  "x = (yield)\ny = yield a\nz = yield a, b\nw = yield from g()\n",
  "def g():\n    yield\n    yield 1\n    x = yield\n    yield from range(3)\n    yield a, *b\n",
  "async def f():\n    await x\n    y = await z\n    return await a + await b\n    await a ** 2\n",
  "x = (a)\ny = ((a))\nz = (a + b) * c\n",
  "x = (a +\n     b)\ny = [\n    1,\n    2,\n]\n",
  "x = a \\\n    + b\n",
  "x = 'a' if a else 'b'\n",
  "x = *a, *b\n",
  "x = [*range(3)]\nprint(*a, sep='')\n",
  "x = -1\ny = +1\nz = - 1\nw = -(1)\n",
  "x = 1 if True else 2\n",
  "x = a.real.imag\ny = 1 .real\nz = 1.0.real\n",
  "x = ...\ny = a[...]\nz = a[..., 0]\n",
  "x = (1).bit_length()\n",
  "x = [] + [] * 3\n",
  "x = a or b and not c\n",
  "x = (not a) + 1 if b else -c\n",
  // statements
  "pass\nbreak\ncontinue\n",
  "a = b = c = 1\n",
  "a, b = b, a\n(a, b) = 1, 2\n[a, b] = c\na, = b\n",
  "a, *b = c\n*a, b = c\n(a, *b), c = d\n[a, [b, *c]] = d\n",
  "a.b = 1\na[0] = 1\na.b.c[d].e = 1\na[1:2] = b\n",
  "x += 1\nx -= 1\nx *= 2\nx /= 2\nx //= 2\nx %= 2\nx **= 2\nx <<= 1\nx >>= 1\nx &= 1\nx |= 1\nx ^= 1\nx @= m\n",
  "a.b += 1\na[0] += 1\nx += yield\n",
  "x: int\ny: int = 1\nz: List[int] = []\na.b: str = 'x'\na[0]: int = 1\n(w): int = 1\n",
  "x: tuple = 1, 2\n",
  "del a\ndel a, b\ndel a.b, c[0]\ndel (a, b)\ndel [a, b]\ndel a,\ndel (a), [b]\n",
  "assert x\nassert x, 'msg'\nassert (x, y)\n",
  "raise\nraise E\nraise E('x')\nraise E from e\nraise E from None\n",
  "return\n",
  "def f():\n    return\n    return 1\n    return 1, 2\n    return *a, b\n",
  "global a\nglobal a, b\n",
  "def f():\n    nonlocal a, b\n",
  "import a\nimport a.b.c\nimport a as b\nimport a.b as c, d, e.f as g\n",
  "from a import b\nfrom a.b import c as d, e\nfrom . import x\nfrom .. import y\nfrom ... import z\nfrom .a import b\nfrom ...a.b import c\n",
  "from a import *\nfrom . import (a, b,)\nfrom a import (b as c,\n    d)\n",
  "from .... import a\nfrom . . import b\n",
  "x = 1; y = 2\nz = 3;\n",
  "if a: pass\n",
  "if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\nelse:\n    pass\n",
  "if a:\n    x\nelse:\n    if b:\n        y\n",
  "if a: x = 1; y = 2\nelse: z = 3\n",
  "while a:\n    pass\nelse:\n    pass\n",
  "while True: break\n",
  "for x in y:\n    pass\nelse:\n    pass\n",
  "for x, y in z: pass\nfor (x, y) in z: pass\nfor [x, y] in z: pass\nfor x, in z: pass\n",
  "for x in a, b: pass\nfor x in *a, b: pass\n",
  "for a.b in c: pass\nfor a[0] in c: pass\nfor *a, b in c: pass\n",
  "async def f():\n    async for x in y:\n        pass\n    async with a as b:\n        pass\n",
  "try:\n    pass\nexcept:\n    pass\n",
  "try:\n    pass\nexcept E:\n    pass\nexcept (A, B) as e:\n    pass\nexcept C as c:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nfinally:\n    pass\n",
  "try:\n    x\nexcept E as e: y\n",
  "with a: pass\nwith a as b: pass\nwith a as b, c as d: pass\nwith a, b: pass\n",
  "with a as (b, c): pass\nwith a as b.c: pass\nwith a as b[0]: pass\n",
  "with (a as b, c as d): pass\nwith (a, b): pass\nwith (a): pass\nwith (a,): pass\nwith (a, b) as c: pass\n",
  "with (\n    open('a') as f,\n    open('b') as g,\n):\n    pass\n",
  "with (yield): pass\n",
  "with a as [b, *c]: pass\n",
  "def f(): pass\n",
  "def f(a, b, c): pass\n",
  "def f(a, b=1, *args, c, d=2, **kwargs): pass\n",
  "def f(a, /, b, *, c): pass\n",
  "def f(a, b=1, /, c=2, *, d, e=3): pass\n",
  "def f(a, /): pass\ndef g(*, a): pass\ndef h(*a): pass\ndef i(**k): pass\n",
  "def f(a: int, b: str = 'x', *c: int, d: bool, **e: dict) -> None: pass\n",
  "def f(a,): pass\ndef g(a, *, b,): pass\n",
  "def f(\n    a,\n    b=2,\n):\n    return a + b\n",
  "async def f(): pass\n",
  "@dec\ndef f(): pass\n",
  "@a.b\n@c(1)\n@d.e(f, g=1)\ndef f(): pass\n",
  "@a.b[0].c(1)\ndef f(): pass\n@(lambda f: f)\ndef g(): pass\n@x if y else z\ndef h(): pass\n",
  "@dec\nclass C: pass\n",
  "@dec\nasync def f(): pass\n",
  "class C: pass\n",
  "class C(): pass\nclass D(A): pass\nclass E(A, B, metaclass=M): pass\nclass F(*bases, **kw): pass\n",
  "class C:\n    x = 1\n    def f(self):\n        return self.x\n",
  "class C:\n    '''Docstring.'''\n\n    @property\n    def x(self):\n        return 1\n",
  "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n    return inner\n",
  // layout
  "",
  "\n\n\n",
  "# only a comment\n",
  "x = 1  # trailing comment\n",
  "if x:  # c\n    # c2\n    y  # c3\n# c4\n",
  "if x:\n    pass\n\n\n\nelse:\n    pass\n",
  "x = 1",
  "def f():\n    pass",
  "if a:\n\tb\n\tc\n",
  "if a:\n        b\n        if c:\n                d\n",
  "x = 1\r\ny = 2\r\n",
  "x = 1\ry = 2\r",
  "if x:\n    y = (1,\n  2)\n    z\n",
  "x = [\n    1,  # one\n    2,  # two\n]\n",
  "def f():\n    return (\n        1\n    )\n",
  "x = 1\n    \ny = 2\n",
  "class A:\n    def f(self):\n        pass\n\n    def g(self):\n        pass\n",
  "if a:\n    if b:\n        pass\nelse:\n    pass\n",
  "x = \\\n  1\n",
  "x = {\n}\n",
  "\u00e9t\u00e9 = 1\nprint(\u00e9t\u00e9)\n",
  "x = '\u00e9' + b\n",
  "\ufb01 = 1\n",
  "print >> f\nprint = 3\nprint(1)\nprint[0]\nprint -1\n",
  "match = 1\ncase = 2\ntype = 3\n_ = 4\nmatch(x)\n",
  "x = a if b else(c)\ny = [a for a in(b)]\n",
  "x = 1if y else 2\n",
  "x = [1, 2][0]\ny = {}.get(1)\nz = ().count(1)\n",
  "x = 0 if a else 1 or 2\n",
  "a = not b == c\n",
  "x = a is not None\ny = a not in b\n",
  "x = (a) = 1\n",
  "x = ((a, b)) = c\n",
  "x = lambda: (yield)\n",
  "x = lambda a=lambda: 1: a\n",
  "x = f(a)(b=1)\n",
  "x = a[1:2][3]\n",
  "x = a if b else lambda: c\n",
  "x = [lambda: i for i in range(3)]\n",
  "x = {**a}\ny = {'a': 1, **b, 'c': 2}\n",
  "def f(*, a=1, b): pass\n",
  "def f(a=1, /, b=2): pass\n",
  "x = (  # comment\n  1 +  # another\n  2\n)\n",
  "for i in range(10):\n    if i % 2:\n        continue\n    elif i > 7:\n        break\n    print(i)\n",
  "x = 'a' 'b' 'c'\ny = b'a' b'b'\n",
  "x = (\n  'a'\n  'b'\n)\n",
  "x = [i for i in range(3)][::-1]\n",
  "x = a.b(c).d[e](f)\n",
  "assert isinstance(x, int), f'bad {x!r}'\n",
  "while not done and count < 10:\n    count += 1\n",
  "x = y = z = []\n",
  "a[b] = c[d] = e\n",
  "x = 1 + 2 * 3 ** 4 // 5 % 6 - 7\n",
  "x = a == b == c\n",
  "x = (a == b) == c\n",
  "x = a < (b < c)\n",
  "x = a + (b + c)\n",
  "x = -(-a)\n",
  "x = await_ + async_\n",
  "def f():\n    yield (a, b)\n    yield [a]\n",
  "x = [*a]\n(*a,) = b\n",
  "x = a[1:2, ...]\n",
  "x = 1e1_0 + 1_0.0_1 + 0.1e-1_0j\n",
  "x = 0xDEAD_BEEF\n",
  "x = '\\t'.join(['a', 'b'])\n",
  "x = '%s' % (a,)\n",
  // valid for the parser; the compiler rejects some of them
  "x = ()()\nx = 1 ++ 2\n",
  "nonlocal x\nbreak\ncontinue\nyield 1\nawait x\n",
  "def f(a, a): pass\n",

  // programs in the style of the playground, and layout corner cases

  "result = compute(\n    alpha=1,\n    beta=[1, 2,\n          3],\n    **extra,\n)\n",
  "msg = ('a' f'{b}'\n       'c' if False else 'd')\n",
  "value = (obj\n         .method()\n         .other(1)\n         .last)\n",
  "@decorator(\n    arg=1,\n)\nclass Thing(\n    Base,\n    metaclass=Meta,\n):\n    pass\n",
  "squares = {\n    n: n * n\n    for n in range(10)\n    if n % 2\n}\n",
  "def f(a, key=lambda x: -x, *, flag=False):\n    return sorted(a, key=key)\n",
  "def counter():\n    count = 0\n    def inc():\n        nonlocal count\n        count += 1\n        return count\n    return inc\n",
  "for i in range(3):\n    try:\n        risky(i)\n    except (ValueError, TypeError):\n        continue\n    finally:\n        cleanup()\n",
  "while True:\n    if done():\n        break\nelse:\n    never()\n",
  "x = 'é' + y\nz = '😀' + w\n",
  "s = f'{\"é\"}{x}' + y\n",
  "print(f'{x!r:>{width}}', end='')\n",
  "lock = threading.Lock()\nwith lock:\n    shared += 1\n",
  "with ThreadPoolExecutor(max_workers=3) as pool:\n    futures = [pool.submit(work, n) for n in range(3)]\n    for f in as_completed(futures):\n        print(f.result())\n",
  "q = queue.Queue()\nt = threading.Thread(target=worker, args=(q,), daemon=True)\nt.start()\n",
  "if __name__ == '__main__':\n    main()\n",
  "class Point:\n    x: int\n    y: int = 0\n    def __repr__(self) -> str:\n        return f'Point({self.x}, {self.y})'\n",
  "a = b if c else d if e else f\n",
  "x = [\n    a\n    for a in b\n]\n",
  "print(*[1, 2], **{'sep': ', '})\n",
  "x = y = z = f(\n    1)\n",
  "def g():\n    x = yield\n    y = yield x\n    return (yield)\n",
  "assert all(\n    x > 0\n    for x in xs\n), 'positive'\n",
  "x = not (a and b)\n",
  "if (a and\n        b):\n    pass\n",
  "del x[0], y.attr, (z)\n",
  "try:\n    pass\nexcept Exception as e:\n    raise RuntimeError('wrapped') from e\n",
  "x = {**a, **{'b': 1}}\n",
  "x = [*a, *(b for b in c)]\n",
  "f(*args, key=1, *more, **kw)\n",
  "import os.path as osp, sys\nfrom collections import (\n    OrderedDict,\n    defaultdict as dd,\n)\n",
  "x = 1 if y else(2)\n",
  "a = b = c\n\n\n# trailing comment",
  "def f():\n    '''Doc.'''\n    # comment\n    return  # after\n",
  "x = (\n    # leading comment\n    1\n)\n",
  "x = 3 if a else \\\n    4\n",
  "f'{x}' f'{y}' 'z'\n",
  "f'{x:{y}}' 'z'\n",
  "x = a@b\nx @= c\n",
  "x = 1_0j + 0_1.5\n",
];

/** The seed programs of the project (trailing spaces and a typographic apostrophe included). */
const SEED_SAMPLES: Record<string, string> = {
  "01_thread_pool_futures.py":
    'from concurrent.futures import ThreadPoolExecutor\nimport time\n\ndef lengthy_task(n):\n    time.sleep(n) \n    return f"Completed {n} second task"\n\npool = ThreadPoolExecutor(max_workers=3)\n\nfuture1 = pool.submit(lengthy_task, 3) \nfuture2 = pool.submit(lengthy_task, 5)  \n\nresult1 = future1.result() # "Completed 3 second task"  \nresult2 = future2.result() # "Completed 5 second task"\n',
  "02_shared_variable.py":
    "import threading\nimport time\n\nresult = None  \n\ndef lengthy_task():\n    global result \n    time.sleep(3)\n    result = 42\n    return\n\nthread1 = threading.Thread(target=lengthy_task) \nthread2 = threading.Thread(target=lengthy_task)  \n\nthread1.start()  \nthread2.start()\n\nthread1.join()\nthread2.join()\nprint(result) # 42\n",
  "03_shared_variable_lock.py":
    "import threading\nimport time\n\nlock = threading.Lock()\nresult = None   \n\ndef lengthy_task():\n    global result, lock\n    time.sleep(3)  \n    with lock:\n        result = 42 \n    return\n",
  "04_queue.py":
    "from queue import Queue\nimport threading \nimport time\n\ndef lengthy_task(queue):\n    time.sleep(5)\n    queue.put(42)\n\nq = Queue()\n\nthread = threading.Thread(target=lengthy_task, args=(q,))\nthread.start()  \n\nprint(q.get()) # Prints 42 after waiting 5 seconds\n",
  "05_callback.py":
    'import threading\nimport time\n\ndef lengthy_task(callback):\n    time.sleep(3) \n    callback(42)\n\ndef result_handler(result):\n    print(f"Got result: {result}") \n\nthread = threading.Thread(target=lengthy_task,  \n                          args=(result_handler,))\n\nthread.start() # doesn‘t block\n',
};

const SEED_DIR = "/work/shared/seed/samples";

function pyFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return pyFiles(p);
    return e.name.endsWith(".py") ? [p] : [];
  });
}

/** Our AST in the JSON encoding of scripts/ast-to-json.py. */
function encode(v: unknown): unknown {
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") {
    if (Number.isNaN(v)) return "nan";
    if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
    return v;
  }
  if (v instanceof Uint8Array) return Buffer.from(v).toString("hex");
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encode(x)]));
  return v;
}

function ours(source: string): unknown {
  try {
    return { ok: encode(parseModule(source)) };
  } catch (e) {
    if (e instanceof PySyntaxError)
      return { error: { kind: e.kind, msg: e.msg, lineno: e.lineno, offset: e.offset } };
    if (e instanceof UnsupportedError) return { unsupported: e.message };
    throw e;
  }
}

const cases: { name: string; source: string }[] = [
  ...SNIPPETS.map((source, i) => ({
    name: `snippet ${i}: ${JSON.stringify(source).slice(0, 60)}`,
    source,
  })),
  ...Object.entries(SEED_SAMPLES).map(([name, source]) => ({ name: `seed ${name}`, source })),
  ...pyFiles(SEED_DIR)
    .filter((p) => !(p.split("/").pop()! in SEED_SAMPLES))
    .map((p) => ({ name: `seed ${p}`, source: readFileSync(p, "utf8") })),
  ...pyFiles(join(ROOT, "tests", "conformance"))
    .sort()
    .map((p) => ({ name: relative(ROOT, p), source: readFileSync(p, "utf8") })),
];

const python = spawnSync("python3", ["--version"]);
const hasPython = python.status === 0;

/** CPython's answers, from one python3 run. */
function cpython(sources: string[]): unknown[] {
  const run = spawnSync("python3", [join(ROOT, "scripts", "ast-to-json.py")], {
    input: JSON.stringify(sources),
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`ast-to-json.py failed: ${run.stderr.toString()}`);
  return JSON.parse(run.stdout.toString()) as unknown[];
}

describe.skipIf(!hasPython)("parseModule matches CPython's ast.parse (needs python3)", () => {
  let expected: unknown[] = [];
  beforeAll(() => {
    expected = cpython(cases.map((c) => c.source));
  }, 120_000); // one python3 run for all programs; slow machines need more than the default 10 s

  it("parses the five seed samples", () => {
    expect(Object.keys(SEED_SAMPLES)).toHaveLength(5);
    for (const source of Object.values(SEED_SAMPLES))
      expect(() => parseModule(source)).not.toThrow();
  });

  it.each(cases.map((c, i) => ({ ...c, i })))("$name", ({ name, source, i }) => {
    const cp = expected[i] as { ok?: unknown; error?: Record<string, unknown> };
    if (cp.error) {
      // A few conformance programs are syntax errors on purpose; compare what CPython reports.
      expect(name.startsWith("snippet"), "snippets must be valid Python").toBe(false);
      const { kind, msg, lineno, offset } = cp.error;
      expect(ours(source)).toEqual({ error: { kind, msg, lineno, offset } });
      return;
    }
    expect(ours(source)).toEqual(cp);
  });
});
