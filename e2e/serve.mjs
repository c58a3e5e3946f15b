// A small static server for the release build: serves files from a folder on 127.0.0.1 and
// answers every path that is not a file (nor a folder with an index.html) with app.html, the
// app's empty page, as a single-page app host must. It sends
// the headers docs/hosting.md asks of a CareerLens host and compresses text and wasm with brotli
// or gzip as the browser asks, as static hosts do, so the tests and the page-load benchmark run
// as production would. `make serve` uses it too.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** The browser features the app never uses, turned off for every page (docs/hosting.md). */
const PERMISSIONS_POLICY =
  "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

// What docs/hosting.md lists: any site may frame the embed pages and only CareerLens the others (a
// meta tag cannot set frame-ancestors); the script embed's files and the data may be read from
// any origin.
function hostingHeaders(urlPath) {
  const headers = {
    "content-security-policy": urlPath.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "permissions-policy": PERMISSIONS_POLICY,
    // Ignored over plain HTTP, as here; sent as a host serving HTTPS sends it.
    "strict-transport-security": "max-age=31536000; includeSubDomains",
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

// Compressed bodies, kept per file and encoding while the file is unchanged: brotli at its best
// quality, as a host that precompresses its files serves them, takes seconds for the 2 MB index,
// so it is done once per file, not per request.
const compressed = new Map();
const compressible = new Set([".html", ".js", ".wasm", ".css", ".json", ".svg", ".xml", ".txt"]);

function body(file, acceptEncoding) {
  const encoding = !compressible.has(extname(file))
    ? null
    : /\bbr\b/.test(acceptEncoding)
      ? "br"
      : /\bgzip\b/.test(acceptEncoding)
        ? "gzip"
        : null;
  if (!encoding) return { bytes: readFileSync(file), encoding: null };
  const key = `${encoding} ${file}`;
  const mtime = statSync(file).mtimeMs;
  const cached = compressed.get(key);
  if (cached && cached.mtime === mtime) return { bytes: cached.bytes, encoding };
  const raw = readFileSync(file);
  const bytes =
    encoding === "br"
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
      : gzipSync(raw, { level: 9 });
  compressed.set(key, { mtime, bytes });
  return { bytes, encoding };
}

// Large files are compressed before the server listens: brotli at quality 11 blocks for seconds
// per megabyte, and a first request must not wait on it (nor stall every other request).
function precompress(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) precompress(path);
    else if (compressible.has(extname(path)) && statSync(path).size > 100_000) {
      body(path, "br");
      body(path, "gzip");
    }
  }
}
precompress(rootDir);

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
          ? join(rootDir, "app.html")
          : null;
  if (!file) {
    // CORS headers on errors too, or a card on another site sees a network error, not a 404.
    response.writeHead(404, { "content-type": "text/plain", ...hostingHeaders(urlPath) }).end("not found");
    return;
  }
  const headers = {
    "content-type": types[extname(file)] ?? "application/octet-stream",
    "cache-control": "no-store",
    vary: "accept-encoding",
    ...hostingHeaders(urlPath),
  };
  // A HEAD answers from the file's size: reading and compressing thousands of chunks to answer
  // a sitemap check would take minutes and send nothing.
  if (request.method === "HEAD") {
    response.writeHead(200, { ...headers, "content-length": statSync(file).size }).end();
    return;
  }
  const { bytes, encoding } = body(file, String(request.headers["accept-encoding"] ?? ""));
  response.writeHead(200, {
    ...headers,
    ...(encoding ? { "content-encoding": encoding } : {}),
    "content-length": bytes.length,
  });
  response.end(bytes);
}).listen(Number(port), "127.0.0.1", () => {
  console.log(`serving ${rootDir} on http://127.0.0.1:${port}`);
});
