import { vitePreprocess } from "@sveltejs/vite-plugin-svelte";

/**
 * Svelte compiler options shared by Vite, svelte-check and eslint-plugin-svelte.
 * @type {import("@sveltejs/vite-plugin-svelte").SvelteConfig}
 */
export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Our components are Svelte 5 runes only; libraries keep whatever mode they were written in.
    runes: ({ filename }) => (filename.split(/[/\\]/).includes("node_modules") ? undefined : true),
  },
};
