// A small static server for the release build: serves files from a folder on 127.0.0.1 and
// answers every path that is not a file with index.html, as a single-page app host must. It sends
// the headers docs/hosting.md asks of a CareerLens host, so the tests run as production would.
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

// What docs/hosting.md lists: any site may frame the embed pages and only CareerLens the others (a
// meta tag cannot set frame-ancestors); the script embed's files and the data may be read from
// any origin.
function hostingHeaders(urlPath) {
  const headers = {
    "content-security-policy": urlPath.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'self'",
    "x-content-type-options": "nosniff",
  };
  if (urlPath === "/widget.js" || urlPath.startsWith("/widget/") || urlPath.startsWith("/data/")) {
    headers["access-control-allow-origin"] = "*";
  }
  return headers;
}

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
  const directoryIndex = join(candidate, "index.html");
  const file =
    insideRoot && isFile(candidate)
      ? candidate
      : insideRoot && isRoute && isFile(directoryIndex)
        ? directoryIndex
        : isRoute
          ? join(rootDir, "index.html")
          : null;
  if (!file) {
    // CORS headers on errors too, or a card on another site sees a network error, not a 404.
    response.writeHead(404, { "content-type": "text/plain", ...hostingHeaders(urlPath) }).end("not found");
    return;
  }
  response.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    ...hostingHeaders(urlPath),
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${rootDir} on http://127.0.0.1:${port}`);
});
