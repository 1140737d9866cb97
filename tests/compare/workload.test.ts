/** The Compare form: text fields → workload, with one actionable message per bad field. */
import { describe, expect, it } from "vitest";
import { DEFAULT_WORKLOAD } from "../../src/compare/programs";
import { fieldsOf, parseWorkload, sameWorkload } from "../../src/compare/workload";

describe("parseWorkload", () => {
  it("round-trips the default workload through its fields", () => {
    expect(fieldsOf(DEFAULT_WORKLOAD)).toEqual({
      durations: "3, 5, 1, 2",
      workers: "2",
      failing: "3",
    });
    expect(parseWorkload(fieldsOf(DEFAULT_WORKLOAD))).toEqual({
      ok: true,
      workload: DEFAULT_WORKLOAD,
    });
  });

  it("accepts commas or spaces and decimals", () => {
    expect(
      parseWorkload({ durations: " 0.5 2,1.25 ,.5", workers: " 3 ", failing: "none" }),
    ).toEqual({
      ok: true,
      workload: { durations: [0.5, 2, 1.25, 0.5], workers: 3, failing: null },
    });
  });

  it.each([
    [{ durations: "" }, "durations", "Enter at least one task duration"],
    [{ durations: "3, x" }, "durations", '"x" is not a duration'],
    [{ durations: "-1" }, "durations", '"-1" is not a duration'],
    [{ durations: "1e3" }, "durations", '"1e3" is not a duration'],
    [{ durations: "0.125" }, "durations", "at most two decimals"],
    [{ durations: "31" }, "durations", "at most 30 seconds"],
    [{ durations: "1 1 1 1 1 1 1" }, "durations", "At most 6 tasks"],
    [{ workers: "0" }, "workers", "from 1 to 4"],
    [{ workers: "2.5" }, "workers", "from 1 to 4"],
    [{ workers: "9" }, "workers", "from 1 to 4"],
    [{ failing: "5" }, "failing", "There is no task 5: the workload has 4 tasks."],
  ])("%o → a message on %s", (change, field, message) => {
    const r = parseWorkload({ ...fieldsOf(DEFAULT_WORKLOAD), ...change });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(Object.keys(r.errors)).toEqual([field]);
      expect(r.errors[field as keyof typeof r.errors]).toContain(message);
    }
  });

  it("compares workloads by value", () => {
    expect(sameWorkload(DEFAULT_WORKLOAD, { ...DEFAULT_WORKLOAD, durations: [3, 5, 1, 2] })).toBe(
      true,
    );
    expect(sameWorkload(DEFAULT_WORKLOAD, { ...DEFAULT_WORKLOAD, workers: 3 })).toBe(false);
  });
});
