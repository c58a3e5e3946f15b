// Trunk's post-build hook: writes the iframe embed's page for every occupation in the staged
// dataset, at embed/occupation/<slug>/index.html, so any static host serves
// /embed/occupation/<slug> without a rewrite rule and the frame loads the small card wasm rather
// than the whole app. Each page only names its occupation; embed-frame.js does the rest.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error("embed-pages: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook");
  process.exit(1);
}

const escapeHtml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The frame's own policy: everything from CareerLens, nothing inline, no forms or plugins.
// Who may frame it is a header (frame-ancestors), which a meta tag cannot set: docs/hosting.md.
const POLICY =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

const page = (title) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${POLICY}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex" />
    <title>${escapeHtml(title)} · CareerLens card</title>
    <script type="module" src="/embed-frame.js"></script>
  </head>
  <body></body>
</html>
`;

const chunks = join(stagingDir, "data", "occupations");
const files = readdirSync(chunks).filter((name) => name.endsWith(".json")).sort();
for (const name of files) {
  const slug = name.slice(0, -".json".length);
  const { title } = JSON.parse(readFileSync(join(chunks, name), "utf8"));
  const dir = join(stagingDir, "embed", "occupation", slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "index.html"), page(title));
}
console.log(`embed-pages: wrote ${files.length} embed pages`);
