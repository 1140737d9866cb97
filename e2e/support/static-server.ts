/**
 * A tiny static file server for e2e: serves `dir` under the URL path `mount` (e.g. dist/ at
 * /some/sub/path/) on a free port, with no special headers, as a plain static host would.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".wasm": "application/wasm",
  ".txt": "text/plain; charset=utf-8",
};

/** A running server: its base URL (ending in the mount path) and how to stop it. */
export interface StaticServer {
  url: string;
  /** Every path requested, for checks such as "nothing was fetched from outside the mount". */
  requests: string[];
  close(): Promise<void>;
}

/** Serve `dir` at `mount` ("/" or "/a/b/") on 127.0.0.1 and a free port. */
export async function serveStatic(dir: string, mount = "/"): Promise<StaticServer> {
  const root = normalize(dir);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    requests.push(path);
    if (!path.startsWith(mount)) {
      res.writeHead(404).end("not found");
      return;
    }
    let file = normalize(join(root, path.slice(mount.length)));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end("forbidden");
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      statSync(file);
    } catch {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${mount}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
