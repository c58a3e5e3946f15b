// Trunk's post-build hook for the staged index.html, the page every other page is made from:
//  1. The app starts once the page has loaded and painted. Trunk's loader imports the app's
//     script and preloads its wasm from the head, so both download while the page itself is
//     still arriving, and Lighthouse counts them towards the largest paint. A prerendered page
//     is readable without them; the loader now fetches them after the load event.
//  2. Puts the stylesheets in the page. A page cannot paint before its styles have arrived, and
//     on a phone's connection asking for them costs a round trip after the page's first bytes:
//     in the page, they arrive with it. (About 6 KB compressed, on every page.)
//  2b. Adds the SHA-256 of every inline <script> and <style> to the script-src and style-src
//     directives of the page's Content-Security-Policy meta tag. Inline scripts and styles stay
//     blocked unless their exact bytes were built here, so the policy needs no 'unsafe-inline'.
//  3. Names the islands' wasm and script (a prerendered profile's, src/islands.rs) by their
//     content, so that browsers can cache them for ever as they do the app's.
//  4. Writes sw.js, the service worker (sw/service-worker.js), with this release's name (a hash
//     of every file built) and the app shell it caches for use without a connection.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error("finish-page: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook");
  process.exit(1);
}
const indexPath = join(stagingDir, "index.html");
const fail = (message) => {
  console.error(`finish-page: ${message} in ${indexPath}`);
  process.exit(1);
};
let html = readFileSync(indexPath, "utf8");

// 1. Trunk's loader, as trunk 0.21 writes it.
const loader = html.match(
  /<script type="module">\s*import init, \* as bindings from '([^']+)';\s*const wasm = await init\(\{ module_or_path: '([^']+)' \}\);[\s\S]*?<\/script>/,
);
if (!loader) fail("no trunk loader script");
const [, script, wasm] = loader;

// 3. The islands' files, as trunk wrote them (islands/careerlens_islands.js and _bg.wasm).
const islandsName = "careerlens_islands";
const islandsDir = join(stagingDir, "islands");
const islandsHash = createHash("sha256")
  .update(readFileSync(join(islandsDir, `${islandsName}.js`)))
  .update(readFileSync(join(islandsDir, `${islandsName}_bg.wasm`)))
  .digest("hex")
  .slice(0, 16);
const islandsScript = `/islands/${islandsName}-${islandsHash}.js`;
const islandsWasm = `/islands/${islandsName}-${islandsHash}_bg.wasm`;
renameSync(join(islandsDir, `${islandsName}.js`), join(stagingDir, islandsScript));
renameSync(join(islandsDir, `${islandsName}_bg.wasm`), join(stagingDir, islandsWasm));
// A page without prerendered content (app.html, the fallback for every other path) says that
// it is loading; a program that cannot load or start says so on every page, with a retry,
// instead of leaving a blank or inert page.
const startAfterLoad = `
const notice = (role, lines, retry) => {
  const box = document.createElement("div");
  box.className = "app-notice";
  box.setAttribute("role", role);
  for (const line of lines) box.append(Object.assign(document.createElement("p"), { textContent: line }));
  if (retry) {
    const button = Object.assign(document.createElement("button"), { type: "button", className: "button", textContent: "Try again" });
    button.addEventListener("click", () => location.reload());
    box.append(button);
  }
  document.body.prepend(box);
  return box;
};
// The service worker keeps the site usable offline; it is handed the files this page loaded
// before it took over. Without one (a private window may refuse it) the site works online only.
const keepForOffline = () => {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker
    .register("/sw.js")
    .then(() => navigator.serviceWorker.ready)
    .then((registration) => {
      const urls = [location.pathname, ...performance.getEntriesByType("resource").map((entry) => entry.name)];
      registration.active?.postMessage({ type: "seen", urls });
    })
    .catch((error) => console.warn("CareerLens will work online only:", error));
};
const load = async (script, wasm, prerendered) => {
  try {
    const bindings = await import(script);
    await bindings.default({ module_or_path: wasm });
    // Once the page is idle: the worker's first install fetches the shell, which must not
    // compete with the page's own start.
    if ("requestIdleCallback" in window) requestIdleCallback(keepForOffline, { timeout: 10000 });
    else setTimeout(keepForOffline, 3000);
  } catch (error) {
    console.warn("CareerLens could not start:", error);
    notice("alert", [
      "CareerLens could not start: its program did not load. Check your connection, then try again.",
      prerendered
        ? "This page still reads as it is; search, the assessment and your personal fit need the program."
        : "This page needs the program to show anything.",
    ], true);
  }
};
const startApp = async () => {
  const prerendered = document.querySelector("[data-prerendered]");
  const loading = prerendered ? null : notice("status", ["Loading CareerLens…"]);
  await new Promise((loaded) => {
    const start = () => requestAnimationFrame(() => setTimeout(loaded));
    if (document.readyState === "complete") start();
    else addEventListener("load", start, { once: true });
  });
  // A page its islands serve alone loads their wasm, not the app's; they hand the page to the
  // app if they cannot serve it.
  if (prerendered?.hasAttribute("data-islands")) {
    addEventListener("careerlens:start-app", () => load('${script}', '${wasm}', true), { once: true });
    await load('${islandsScript}', '${islandsWasm}', true);
  } else {
    await load('${script}', '${wasm}', prerendered);
  }
  loading?.remove();
};
// An embed frame's address without a frame page of its own (an unknown occupation, on a host
// that falls back to app.html) is the card's to answer, with its own message: the card's script
// is all the frame needs, not the app.
if (location.pathname.startsWith("/embed/occupation/")) {
  document.head.append(Object.assign(document.createElement("script"), { type: "module", src: "/embed-frame.js" }));
} else {
  await startApp();
}
`;
html = html.replace(loader[0], `<script type="module">${startAfterLoad}</script>`);
const preloads = [`<link rel="modulepreload" href="${script}"`, `<link rel="preload" href="${wasm}"`];
for (const preload of preloads) {
  const link = new RegExp(`${preload.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^>]*>`);
  if (!link.test(html)) fail(`no ${preload}`);
  html = html.replace(link, "");
}

// 2. The stylesheets, in the page.
const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+\.css)"[^>]*>/g)];
if (stylesheets.length === 0) fail("no stylesheet links");
for (const [link, file] of stylesheets) {
  const css = readFileSync(join(stagingDir, file), "utf8");
  if (css.includes("</")) fail(`${file} holds "</", which would end its <style> early`);
  html = html.replace(link, () => `<style>${css}</style>`);
}

// 2b. The policy's hashes.
const sha256 = (body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
const allow = (directive, pattern) => {
  const hashes = [...html.matchAll(pattern)].map(([, body]) => sha256(body));
  const cspPattern = new RegExp(`(http-equiv="Content-Security-Policy"\\s+content="[^"]*${directive} [^;"]*)`);
  if (!cspPattern.test(html)) fail(`no ${directive} in a Content-Security-Policy meta tag`);
  html = html.replace(cspPattern, (current) =>
    [current, ...hashes.filter((hash) => !current.includes(hash))].join(" "),
  );
  return hashes.length;
};
const scriptHashes = allow("script-src", /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styleHashes = allow("style-src", /<style>([\s\S]*?)<\/style>/g);
writeFileSync(indexPath, html);

// 4. The service worker. The release is named by what the app and the data are made of: this page,
// the files it loads, the card and the dataset, so any change to them makes a new cache. (Not by
// every file in the staging folder: the embed pages' hook writes there at the same time.) The
// shell is what every page needs, plus the assessment's page: the data is kept as it is opened,
// so a first visit downloads no file it did not ask for.
const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
const linked = [...html.matchAll(/<link rel="icon" href="([^"]+)"/g)].map(([, href]) => href);
if (linked.length < 1) fail("no icon link");
const made = [script, wasm, islandsScript, islandsWasm, ...linked].map((path) => join(stagingDir, path))
  .concat(files(join(stagingDir, "data")), files(join(stagingDir, "widget")));
const release = createHash("sha256").update(html);
for (const file of made.sort()) {
  release.update(relative(stagingDir, file)).update("\0").update(readFileSync(file));
}
const shell = ["/app.html", script, wasm, islandsScript, islandsWasm, ...linked, "/assessment"];
const worker = readFileSync(new URL("../sw/service-worker.js", import.meta.url), "utf8")
  .replace("%RELEASE%", release.digest("hex").slice(0, 16))
  .replace("%SHELL%", JSON.stringify(shell));
writeFileSync(join(stagingDir, "sw.js"), worker);
console.log(
  `finish-page: the app starts after the load event; ${styleHashes} stylesheet(s) inlined; ${scriptHashes} inline script(s) and ${styleHashes} style(s) allowed by hash; sw.js caches ${shell.length} files`,
);
