/** Browser entry point: mounts the playground, or its embed mode (`?embed`), into #app. */
import { mount } from "svelte";
import App from "./App.svelte";
import EmbedApp from "./EmbedApp.svelte";
import { isEmbed } from "./share/embedOptions";
import { disableStorage } from "./state/storage";
import "./app.css";

const target = document.getElementById("app");
if (!target) throw new Error("index.html has no #app element");

const embed = isEmbed(location.search);
// An embed must neither show nor overwrite the code a reader keeps in the full playground.
if (embed) disableStorage();

/** The mounted root component. */
export const app = mount(embed ? EmbedApp : App, { target });
