/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

/** Vite (app) and Vitest (unit tests) configuration. */
export default defineConfig({
  // Relative asset URLs so dist/ works from any sub-path, including the worker chunks.
  base: "./",
  plugins: [svelte()],
  worker: { format: "es" },
  optimizeDeps: {
    // Imported only from Web Workers, so the dev server would discover them late and
    // reload the page mid-session; pre-bundle them up front instead.
    // The editor (loaded lazily) and d3 are found late too; a mid-test reload loses a run.
    include: [
      "@lezer/python",
      "@lezer/common",
      "@lezer/highlight",
      "comlink",
      "codemirror",
      "@codemirror/lang-python",
      "@codemirror/language",
      "@codemirror/state",
      "@codemirror/view",
      "d3",
    ],
  },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**", "dist/**"],
    environment: "node",
    // A hang guard, not a speed check: engine tests run whole programs, and these shared
    // 2-core machines can be many times slower than a laptop.
    testTimeout: 60_000,
  },
});
