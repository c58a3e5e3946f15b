// Trunk's post-build hook: adds the SHA-256 of every inline <script> in the staged index.html to
// the script-src directive of its Content-Security-Policy meta tag. Inline scripts stay blocked
// unless their exact bytes were built by trunk, so the policy needs no 'unsafe-inline'.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const stagingDir = process.env.TRUNK_STAGING_DIR;
if (!stagingDir) {
  console.error("csp-hashes: TRUNK_STAGING_DIR is not set; run this as a trunk post_build hook");
  process.exit(1);
}
const indexPath = join(stagingDir, "index.html");
const html = readFileSync(indexPath, "utf8");

const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
const hashes = inlineScripts.map(
  ([, body]) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`,
);

const cspPattern = /(http-equiv="Content-Security-Policy"\s+content="[^"]*script-src [^;"]*)/;
if (!cspPattern.test(html)) {
  console.error(`csp-hashes: no script-src in a Content-Security-Policy meta tag in ${indexPath}`);
  process.exit(1);
}
const updated = html.replace(cspPattern, (directive) =>
  [directive, ...hashes.filter((hash) => !directive.includes(hash))].join(" "),
);
writeFileSync(indexPath, updated);
console.log(`csp-hashes: allowed ${hashes.length} inline script(s) by hash`);
