// A small static server for the release build: serves files from a folder on 127.0.0.1 and
// answers every path that is not a file with index.html, as a single-page app host must.
import { createReadStream, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const [root = "dist", port = "4173"] = process.argv.slice(2);
const rootDir = resolve(root);
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

function isFile(path) {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

createServer((request, response) => {
  const urlPath = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
  const candidate = normalize(join(rootDir, urlPath));
  const insideRoot = candidate.startsWith(rootDir);
  // Only extension-less paths are app routes; a missing asset stays a real 404.
  const isRoute = extname(urlPath) === "";
  const file = insideRoot && isFile(candidate) ? candidate : isRoute ? join(rootDir, "index.html") : null;
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  response.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${rootDir} on http://127.0.0.1:${port}`);
});
