/** The compiled-code cache the explorer and the library modules share. */
import { describe, expect, test } from "vitest";
import { CodeCache } from "../../src/engine/compile/cache";
import { compileSource } from "../../src/engine/run";

describe("CodeCache", () => {
  test("one compilation per file and source; another file or source compiles anew", () => {
    let compiles = 0;
    const cache = new CodeCache((s, f) => (compiles++, compileSource(s, f)));
    const a = cache.get("x = 1\n", "a.py");
    expect(cache.get("x = 1\n", "a.py")).toBe(a);
    // Equal text built anew (not the same string object) still hits.
    expect(cache.get(["x = ", "1\n"].join(""), "a.py")).toBe(a);
    expect(cache.get("x = 1\n", "b.py")).not.toBe(a);
    expect(cache.get("x = 2\n", "a.py")).not.toBe(a);
    expect(compiles).toBe(3);
  });

  test("past its limit a level starts over (edited programs do not pile up)", () => {
    let compiles = 0;
    const cache = new CodeCache((s, f) => (compiles++, compileSource(s, f)), 2);
    const first = cache.get("x = 0\n", "main.py");
    cache.get("x = 1\n", "main.py");
    cache.get("x = 2\n", "main.py"); // the file's sources start over here
    expect(cache.get("x = 2\n", "main.py")).toBeDefined();
    expect(compiles).toBe(3);
    expect(cache.get("x = 0\n", "main.py")).not.toBe(first);
    expect(compiles).toBe(4);
  });
});
