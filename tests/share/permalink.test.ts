/** Permalinks: round trip, and every kind of damaged link is a typed error, never a throw. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { decodeText, encodeText, fnv1a } from "../../src/share/codec";
import { decodePermalink, encodePermalink, type ShareState } from "../../src/share/permalink";
import { MAX_EXPLORE_RUNS } from "../../src/share/validate";

const STATE: ShareState = {
  preset: "pool-futures",
  code: 'print("héllo, 世界 🧵")\n# <script>alert(1)</script>\n',
  settings: { model: "free-threaded", switchInterval: 0.0025, cores: 8, seed: 123456 },
  explore: { mode: "pct", model: "gil", runs: 5000, seed: 7 },
  schedule: "1:120 2:40 1:7",
  step: 17,
};

const stateArb: fc.Arbitrary<ShareState> = fc.record(
  {
    preset: fc.string({ maxLength: 40 }),
    code: fc.string({ unit: "grapheme", maxLength: 400 }),
    settings: fc.record({
      model: fc.constantFrom("gil" as const, "free-threaded" as const),
      switchInterval: fc.double({ min: 1e-6, max: 10, noNaN: true }),
      cores: fc.integer({ min: 1, max: 64 }),
      seed: fc.maxSafeInteger(),
    }),
    explore: fc.oneof(
      fc.record(
        {
          mode: fc.constant("exhaustive" as const),
          model: fc.constantFrom("any" as const, "gil" as const),
          runs: fc.integer({ min: 1, max: MAX_EXPLORE_RUNS }),
          preemptions: fc.integer({ min: 0, max: 100 }),
        },
        { requiredKeys: ["mode", "model", "runs"] },
      ),
      fc.record({
        mode: fc.constantFrom("pct" as const, "random" as const),
        model: fc.constantFrom("any" as const, "gil" as const),
        runs: fc.integer({ min: 1, max: MAX_EXPLORE_RUNS }),
        seed: fc.maxSafeInteger(),
      }),
    ),
    schedule: fc
      .array(fc.tuple(fc.nat(20), fc.nat(100000)), { maxLength: 20 })
      .map((xs) => xs.map(([t, n]) => `${t}:${n}`).join(" ")),
    step: fc.integer({ min: 1, max: 1_000_000 }),
  },
  { requiredKeys: ["preset", "code", "settings"] },
);

describe("round trip", () => {
  test("a full state comes back equal, and the hash is URL-safe", () => {
    const hash = encodePermalink(STATE);
    expect(hash).toMatch(/^v1=[A-Za-z0-9_-]+$/);
    expect(decodePermalink(`#${hash}`)).toEqual({ ok: true, state: STATE });
    expect(decodePermalink(hash)).toEqual({ ok: true, state: STATE });
  });

  test("any state round-trips", () => {
    fc.assert(
      fc.property(stateArb, (s) => {
        const r = decodePermalink(encodePermalink(s));
        expect(r).toEqual({ ok: true, state: s });
      }),
    );
  });

  test("a preset program's link is shorter than its source", () => {
    const code = readFileSync(join(__dirname, "../../src/presets/pool_futures.py"), "utf8");
    expect(encodePermalink({ ...STATE, code }).length).toBeLessThan(code.length);
  });
});

describe("not a permalink", () => {
  test.each(["", "#", "#section-2", "#v=abc", "#vx=1"])("%j is no link at all", (h) => {
    expect(decodePermalink(h)).toEqual({ ok: "none" });
  });
});

describe("damaged links are typed errors", () => {
  const hash = encodePermalink(STATE);
  const body = hash.slice(3);

  test("a newer format version says so", () => {
    const r = decodePermalink(`#v2=${body}`);
    expect(r).toMatchObject({ ok: false, failure: "version" });
    expect((r as { message: string }).message).toMatch(/newer version/);
  });

  test("characters outside base64url", () => {
    expect(decodePermalink(`#v1=${body.slice(0, 10)}!${body.slice(11)}`)).toMatchObject({
      ok: false,
      failure: "alphabet",
    });
  });

  test("every truncation fails (never a throw, never a different program)", () => {
    for (let n = 0; n < body.length; n++) {
      const r = decodePermalink(`#v1=${body.slice(0, n)}`);
      expect(r.ok, `cut at ${n}`).toBe(false);
    }
  });

  test("every single-character substitution fails", () => {
    for (let i = 0; i < body.length; i++) {
      const c = body[i] === "A" ? "B" : "A";
      const r = decodePermalink(`#v1=${body.slice(0, i)}${c}${body.slice(i + 1)}`);
      expect(r.ok, `changed at ${i}`).toBe(false);
    }
  });

  test("random garbage never throws", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (junk) => {
        const r = decodePermalink(`#v1=${junk}`);
        expect(r.ok).toBe(false);
      }),
    );
  });

  test("valid data of the wrong shape is a shape error naming the field", () => {
    const wrap = (v: unknown) => `v1=${encodeText(JSON.stringify(v))}`;
    const cases: [unknown, RegExp][] = [
      [[1, 2], /does not hold a program/],
      [{ ...STATE, code: 42 }, /code must be a string/],
      [{ ...STATE, settings: { ...STATE.settings, model: "pypy" } }, /settings.model/],
      [{ ...STATE, settings: { ...STATE.settings, cores: 0 } }, /settings.cores/],
      [{ ...STATE, settings: { ...STATE.settings, switchInterval: -1 } }, /switchInterval/],
      [{ ...STATE, settings: { model: "gil" } }, /is missing/],
      [{ ...STATE, schedule: "rm -rf /" }, /schedule/],
      [{ ...STATE, step: 1.5 }, /step/],
      [{ ...STATE, explore: "pct" }, /explore must be an object/],
      [{ ...STATE, explore: { ...STATE.explore, mode: "bfs" } }, /explore.mode/],
      [{ ...STATE, explore: { ...STATE.explore, model: "free-threaded" } }, /explore.model/],
      [{ ...STATE, explore: { ...STATE.explore, runs: 0 } }, /explore.runs .* 1 to 1,000,000/],
      [{ ...STATE, explore: { ...STATE.explore, runs: 1e7 } }, /explore.runs/],
      [{ ...STATE, explore: { ...STATE.explore, seed: 0.5 } }, /explore.seed must be/],
      [{ ...STATE, explore: { ...STATE.explore, preemptions: 2 } }, /preemptions needs exhaustive/],
      [
        { ...STATE, explore: { mode: "exhaustive", model: "any", runs: 10, seed: 1 } },
        /seed needs pct or random/,
      ],
      [
        { ...STATE, explore: { mode: "exhaustive", model: "any", runs: 10, preemptions: -1 } },
        /preemptions must be a whole number from 0 to 100/,
      ],
      [{ ...STATE, explore: { ...STATE.explore, script: "x" } }, /explore has unknown field/],
      [{ ...STATE, __proto__x: 1 }, /unknown field/],
    ];
    for (const [value, message] of cases) {
      const r = decodePermalink(wrap(value));
      expect(r).toMatchObject({ ok: false, failure: "shape" });
      expect((r as { message: string }).message).toMatch(message);
    }
    expect(decodePermalink(`v1=${encodeText("{not json")}`)).toMatchObject({ failure: "json" });
  });
});

test("codec: the checksum covers the text", () => {
  expect(fnv1a("")).toBe("811c9dc5");
  expect(fnv1a("a")).not.toBe(fnv1a("b"));
  expect(decodeText(encodeText("x = 1"))).toEqual({ ok: true, text: "x = 1" });
});
