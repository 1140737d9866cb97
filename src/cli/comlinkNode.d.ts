/** Types of comlink's worker_threads adapter (shipped beside it as node-adapter.d.ts). */
declare module "comlink/dist/esm/node-adapter.mjs" {
  import nodeEndpoint from "comlink/dist/esm/node-adapter";
  export default nodeEndpoint;
}
