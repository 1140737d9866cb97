/** Web Worker running one part of a race exploration at a time (see exploreApi.ts). */
import * as Comlink from "comlink";
import { createExploreApi, messagePause } from "./exploreApi";

Comlink.expose(createExploreApi({ now: () => performance.now(), pause: messagePause() }));
