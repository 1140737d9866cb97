// Entry of one explorer worker thread (`interleave explore --workers N`). Loader hooks are
// per thread, so this plain-JS entry registers tsx before loading the TypeScript sources.
import { register } from "tsx/esm/api";

register();
await import("./exploreThread.ts");
