// Trunk's post-build hook for the staged index.html, the page every other page is made from:
//  1. The app starts once the page has loaded and painted. Trunk's loader imports the app's
//     script and preloads its wasm from the head, so both download while the page itself is
//     still arriving, and Lighthouse counts them towards the largest paint. A prerendered page
//     is readable without them; the loader now fetches them after the load event.
//  2. Adds the SHA-256 of every inline <script> to the script-src directive of the page's
//     Content-Security-Policy meta tag. Inline scripts stay blocked unless their exact bytes
//     were built here, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

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
const startAfterLoad = `
await new Promise((loaded) => {
  const start = () => requestAnimationFrame(() => setTimeout(loaded));
  if (document.readyState === "complete") start();
  else addEventListener("load", start, { once: true });
});
const bindings = await import('${script}');
const wasm = await bindings.default({ module_or_path: '${wasm}' });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
`;
html = html.replace(loader[0], `<script type="module">${startAfterLoad}</script>`);
const preloads = [`<link rel="modulepreload" href="${script}"`, `<link rel="preload" href="${wasm}"`];
for (const preload of preloads) {
  const link = new RegExp(`${preload.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^>]*>`);
  if (!link.test(html)) fail(`no ${preload}`);
  html = html.replace(link, "");
}

// 2. The policy's hashes.
const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
const hashes = inlineScripts.map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);
const cspPattern = /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src [^;"]*)/;
if (!cspPattern.test(html)) fail("no script-src in a Content-Security-Policy meta tag");
html = html.replace(cspPattern, (directive) =>
  [directive, ...hashes.filter((hash) => !directive.includes(hash))].join(" "),
);
writeFileSync(indexPath, html);
console.log(`finish-page: the app starts after the load event; ${hashes.length} inline script(s) allowed by hash`);
