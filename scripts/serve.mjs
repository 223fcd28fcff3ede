/**
 * A small static file server for dist/, bound to this machine only (127.0.0.1).
 * Used by `npm start` where there is no desktop Excel, and by the browser tests.
 */
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** Serve `root` on 127.0.0.1, trying the next ports when one is taken; resolves with the server and its port. */
export function serve(root, port = 3000, attempts = 20) {
  const base = resolve(root);
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://localhost");
    const path = normalize(
      join(base, decodeURIComponent(url.pathname === "/" ? "/index.html" : url.pathname))
    );
    let file = path;
    try {
      if (!path.startsWith(base)) throw new Error("outside root");
      if (statSync(path).isDirectory()) file = join(path, "index.html");
      statSync(file);
    } catch {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("404");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    const tryPort = (p, left) => {
      server.once("error", (error) => {
        if (error.code === "EADDRINUSE" && left > 0) tryPort(p + 1, left - 1);
        else reject(error);
      });
      server.listen(p, "127.0.0.1", () => resolvePromise({ server, port: p }));
    };
    tryPort(port, attempts);
  });
}
