import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

/** Lint rules for the whole repository (app, engine, tests, tooling). */
export default defineConfig(
  {
    ignores: [
      "dist/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "blob-report/",
      ".vite/",
    ],
  },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  svelte.configs.prettier,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { extraFileExtensions: [".svelte"] },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts", "**/*.svelte.js"],
    languageOptions: {
      parserOptions: { parser: ts.parser, svelteConfig },
    },
  },
  {
    // design.md: the engine is deterministic and host-independent (Node, Web Worker):
    // no DOM, no host globals, no randomness, no wall clock.
    files: ["src/engine/**/*.ts"],
    ignores: ["src/engine/**/*.test.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["window", "document", "navigator", "localStorage", "sessionStorage", "location"].map(
          (name) => ({
            name,
            message: "The engine has no DOM; it runs in Node and in a Web Worker.",
          }),
        ),
        ...["process", "require", "fetch", "setTimeout", "setInterval", "performance"].map(
          (name) => ({ name, message: "The engine uses no host APIs; pass what it needs in." }),
        ),
      ],
      "no-restricted-properties": [
        "error",
        {
          object: "Math",
          property: "random",
          message: "Use the seeded generator: runs must replay.",
        },
        { object: "Date", property: "now", message: "Use the virtual clock: runs must replay." },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "NewExpression[callee.name='Date']",
          message: "Use the virtual clock: runs must replay.",
        },
      ],
    },
  },
);
