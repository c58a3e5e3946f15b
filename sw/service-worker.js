// CareerLens's service worker: keeps the site usable without a connection after a first visit.
//
// One cache per release, named after it. Installing a release caches its app shell (the page every
// address falls back to, the app's script, wasm and styles) and the assessment's page. Every other
// file is cached as the visitor opens it, and a page's files loaded before this worker took over
// are handed to it by the page (a "seen" message).
//
// Online, every request goes to the network first, so a visitor always gets what the server
// has now, exactly as without this worker; the cache answers only when the network does not.
// A new release's worker starts an empty cache of its own and, once it takes over, deletes the
// old release's whole cache: files of two releases are never served side by side from here.
//
// scripts/finish-page.mjs writes sw.js from this file, filling in the release and its shell.
const RELEASE = "%RELEASE%";
const SHELL = JSON.parse('%SHELL%');
const CACHE = `careerlens-${RELEASE}`;
/** The page every address without a page of its own falls back to, as the host does. */
const FALLBACK = "/app.html";

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith("careerlens-") && name !== CACHE).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

/** Only the site's own files are cached: GET requests to this origin without a query. */
function cacheable(request) {
  const url = new URL(request.url);
  return request.method === "GET" && url.origin === self.location.origin && !url.search && url.pathname !== "/sw.js";
}

/**
 * The address a file is kept under: without the fragment, which may hold a share link's answers
 * and must never be stored.
 */
function key(request) {
  const url = new URL(request.url);
  return url.origin + url.pathname;
}

self.addEventListener("message", (event) => {
  if (event.data?.type !== "seen" || !Array.isArray(event.data.urls)) return;
  const urls = event.data.urls
    .filter((url) => typeof url === "string" && cacheable(new Request(url)))
    .map((url) => key(new Request(url)));
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(urls.map((url) => cache.match(url).then((hit) => hit ?? cache.add(url).catch(() => {})))),
    ),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (!cacheable(request) && request.mode !== "navigate") return;
  event.respondWith(networkFirst(request));
});

/** The network's answer, kept for later; without a network, the kept answer or the fallback page. */
async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && cacheable(request)) await cache.put(key(request), response.clone());
    return response;
  } catch (offline) {
    const kept = await cache.match(key(request));
    if (kept) return kept;
    if (request.mode === "navigate") {
      const fallback = await cache.match(FALLBACK);
      if (fallback) return fallback;
    }
    throw offline;
  }
}
