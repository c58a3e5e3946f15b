// The host site of the embed tests: a second origin (http://localhost:PORT, while CareerLens is at
// http://127.0.0.1:PORT-1) that serves the pages a test posts to it, each with the
// Content-Security-Policy the test asks for, and its own stylesheet. Test-only: it stores pages in
// memory and trusts its caller.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";

const [port = "4174"] = process.argv.slice(2);
const stylesheet = readFileSync(join(import.meta.dirname, "host.css"));
const pages = new Map();

createServer((request, response) => {
  const path = new URL(request.url, "http://localhost").pathname;
  if (request.method === "POST" && path === "/pages") {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const { html, policy } = JSON.parse(body);
      const page = `/pages/${pages.size + 1}`;
      pages.set(page, { html, policy });
      response.writeHead(201, { "content-type": "application/json" }).end(JSON.stringify({ path: page }));
    });
    return;
  }
  if (path === "/favicon.ico") {
    response.writeHead(204).end();
    return;
  }
  if (path === "/host.css") {
    response.writeHead(200, { "content-type": "text/css; charset=utf-8" }).end(stylesheet);
    return;
  }
  const page = pages.get(path);
  if (request.method === "GET" && page) {
    response
      .writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": page.policy })
      .end(page.html);
    return;
  }
  response.writeHead(404, { "content-type": "text/plain" }).end("not found");
  // No host name: both 127.0.0.1 and ::1, whichever `localhost` resolves to first.
}).listen(Number(port), () => console.log(`host site on http://localhost:${port}`));
