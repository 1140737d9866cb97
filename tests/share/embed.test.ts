/** Embed mode: URL options, the iframe snippet, and strict checks of host messages. */
import { describe, expect, test } from "vitest";
import {
  DEFAULT_PANELS,
  embedUrl,
  iframeSnippet,
  isEmbed,
  parseEmbedOptions,
  parseHostMessage,
  resizeMessage,
} from "../../src/share/embedOptions";

describe("embed options", () => {
  test("defaults", () => {
    expect(isEmbed("?embed")).toBe(true);
    expect(isEmbed("?x=1")).toBe(false);
    expect(parseEmbedOptions("?embed")).toEqual({
      readonly: false,
      panels: DEFAULT_PANELS,
      theme: "auto",
      autorun: false,
      step: null,
    });
  });

  test("every parameter", () => {
    expect(
      parseEmbedOptions("?embed&readonly&autorun&theme=dark&step=4&panels=output,Timeline"),
    ).toEqual({
      readonly: true,
      panels: ["timeline", "output"],
      theme: "dark",
      autorun: true,
      step: 4,
    });
  });

  test("unknown panels and bad values are ignored, not errors", () => {
    const o = parseEmbedOptions("?embed&panels=chart,outcomes,,x&theme=neon&step=-2&readonly=0");
    expect(o.panels).toEqual(["outcomes"]);
    expect(o.theme).toBe("auto");
    expect(o.step).toBeNull();
    expect(o.readonly).toBe(false);
    expect(parseEmbedOptions("?embed&panels=nope").panels).toEqual(DEFAULT_PANELS);
  });

  test("embedUrl and parseEmbedOptions agree", () => {
    const url = embedUrl("https://x.org/a/", "v1=abc", {
      readonly: true,
      autorun: true,
      panels: ["timeline", "output"],
      theme: "light",
      step: 3,
    });
    expect(url).toBe(
      "https://x.org/a/?embed&readonly&autorun&panels=timeline,output&theme=light&step=3#v1=abc",
    );
    const u = new URL(url);
    expect(parseEmbedOptions(u.search)).toMatchObject({ readonly: true, step: 3, theme: "light" });
  });

  test("the snippet escapes attributes", () => {
    expect(iframeSnippet('https://x.org/?a&b"', "Pool <demo>", 400)).toBe(
      '<iframe src="https://x.org/?a&amp;b&quot;" title="Pool &lt;demo&gt;" width="100%" height="400" style="border: 0" loading="lazy"></iframe>',
    );
  });
});

describe("host messages", () => {
  test("resize messages carry whole pixels", () => {
    expect(resizeMessage(300.2)).toEqual({ type: "interleave:resize", height: 301 });
  });

  test("messages that are not ours are ignored", () => {
    for (const data of [null, "PING", 42, { type: "other" }, [1], { type: "interleave:resize" }])
      expect(parseHostMessage(data)).toBeNull();
  });

  test("a valid load message", () => {
    expect(
      parseHostMessage({ type: "interleave:load", code: "print(1)", settings: { seed: 7 } }),
    ).toEqual({
      ok: true,
      message: { type: "interleave:load", code: "print(1)", settings: { seed: 7 }, run: false },
    });
    expect(parseHostMessage({ type: "interleave:load", code: "", run: true })).toMatchObject({
      ok: true,
      message: { run: true, settings: {} },
    });
    const explore = { mode: "exhaustive", model: "gil", runs: 500, preemptions: 2 };
    expect(
      parseHostMessage({ type: "interleave:load", code: "x", run: true, explore }),
    ).toMatchObject({ ok: true, message: { run: true, explore } });
  });

  test.each([
    [{ type: "interleave:load" }, /code must be a string/],
    [{ type: "interleave:load", code: () => 1 }, /code must be a string/],
    [{ type: "interleave:load", code: "x", settings: { model: "jython" } }, /settings.model/],
    [{ type: "interleave:load", code: "x", settings: { seed: "7" } }, /settings.seed/],
    [{ type: "interleave:load", code: "x", settings: { onload: "x" } }, /unknown field/],
    [{ type: "interleave:load", code: "x", script: "alert(1)" }, /unknown field "script"/],
    [{ type: "interleave:load", code: "x", run: "yes" }, /run must be/],
    [{ type: "interleave:load", code: "x", explore: true }, /explore must be an object/],
    [
      { type: "interleave:load", code: "x", explore: { mode: "pct", model: "any", runs: -1 } },
      /explore.runs/,
    ],
    [{ type: "interleave:eval", code: "x" }, /unknown message type/],
    [{ type: "interleave:load", code: "x".repeat(200_001) }, /longer than/],
  ])("%# is rejected with a reason", (data, reason) => {
    const r = parseHostMessage(data);
    expect(r).toMatchObject({ ok: false });
    expect((r as { error: string }).error).toMatch(reason);
  });
});
