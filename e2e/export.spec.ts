import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { laneNames, openApp, pickStrategy, run } from "./helpers";

async function runPool(page: Page) {
  await openApp(page);
  await pickStrategy(page, "Thread pool & futures");
  await run(page);
}

/** Click `name` and return the downloaded file's name and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

test("Download trace: Chrome Trace Event JSON with one named thread per lane", async ({ page }) => {
  await runPool(page);
  const lanes = await laneNames(page);
  const file = await download(page, "Download trace");
  expect(file.name).toBe("interleave-pool-futures.trace.json");
  const json = JSON.parse(file.bytes.toString("utf8"));
  expect(Array.isArray(json.traceEvents)).toBe(true);
  const threads = json.traceEvents
    .filter((e: { ph: string; name: string }) => e.ph === "M" && e.name === "thread_name")
    .map((e: { args: { name: string } }) => e.args.name);
  expect(threads).toEqual(lanes);
  const slices = json.traceEvents.filter((e: { ph: string }) => e.ph === "X");
  expect(slices.length).toBeGreaterThan(lanes.length);
});

test("Save image: a valid SVG with title, axis, legend and lane names; and a PNG", async ({
  page,
}) => {
  await runPool(page);
  const lanes = await laneNames(page);
  const svg = await download(page, "Save image as SVG");
  expect(svg.name).toBe("interleave-pool-futures.timeline.svg");
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, "image/svg+xml");
    const texts = [...doc.querySelectorAll("text")].map((t) => t.textContent);
    return {
      error: doc.querySelector("parsererror")?.textContent ?? null,
      root: doc.documentElement.nodeName,
      title: doc.querySelector("svg > title")?.textContent,
      texts,
    };
  }, svg.bytes.toString("utf8"));
  expect(parsed.error).toBeNull();
  expect(parsed.root).toBe("svg");
  expect(parsed.title).toBe("Interleave: Thread pool & futures");
  expect(parsed.texts).toContain("Interleave: Thread pool & futures");
  for (const lane of lanes) expect(parsed.texts).toContain(lane);
  for (const legend of ["running", "waiting for the GIL", "sleeping", "hand-off"])
    expect(parsed.texts).toContain(legend);
  expect(parsed.texts).toContain("virtual time →");
  expect(parsed.texts.some((t) => /^\d+(\.\d+)? (ms|s)$/.test(t ?? ""))).toBe(true);

  const png = await download(page, "Save image as PNG");
  expect(png.name).toBe("interleave-pool-futures.timeline.png");
  expect([...png.bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  // Width and height from the IHDR chunk: twice the SVG's 1200 px, for sharp text.
  expect(png.bytes.readUInt32BE(16)).toBe(2400);
  await expect(page.getByText("Timeline image saved (PNG).")).toBeVisible();
});

test("Open in Perfetto: PING until PONG, then the trace is posted to the Perfetto tab", async ({
  page,
  context,
}) => {
  // A stand-in for ui.perfetto.dev (no network here) that follows its documented protocol.
  await context.route("https://ui.perfetto.dev/**", (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>Perfetto stand-in</title><script>
        let pings = 0;
        addEventListener("message", (e) => {
          if (e.data === "PING") { if (++pings >= 2) e.source.postMessage("PONG", "*"); return; }
          const p = e.data && e.data.perfetto;
          if (!p) return;
          const trace = JSON.parse(new TextDecoder().decode(p.buffer));
          document.title = "got " + p.title + " / " + p.fileName + " / " + trace.traceEvents.length;
        });
      </script>`,
    }),
  );
  await runPool(page);
  const [popup] = await Promise.all([
    page.waitForEvent("popup"),
    page.getByRole("button", { name: "Open in Perfetto" }).click(),
  ]);
  await expect(popup).toHaveTitle(
    /^got Interleave: Thread pool & futures \/ interleave-pool-futures.trace.json \/ \d+$/,
  );
  await expect(page.getByText("Trace sent to Perfetto (in the new tab).")).toBeVisible();
});

test("offline, Open in Perfetto says it needs the network; Download trace still works", async ({
  page,
  context,
}) => {
  await runPool(page);
  await context.setOffline(true);
  await expect(page.getByRole("button", { name: "Open in Perfetto" })).toBeDisabled();
  await expect(page.getByText("Offline: Open in Perfetto needs the network")).toBeVisible();
  const file = await download(page, "Download trace");
  expect(JSON.parse(file.bytes.toString("utf8")).traceEvents.length).toBeGreaterThan(0);
  await context.setOffline(false);
});
