// The iframe embed's page, /embed/occupation/<slug>?section=…&theme=…: one <careerlens-card>
// filling the frame. The frame tells its parent one thing, its content height, whenever it
// changes; it listens to no message, so nothing a host or another frame posts can change it.
import "./widget.js";

const HEIGHT_MESSAGE = "careerlens:height";

const params = new URLSearchParams(location.search);
const slug = decodeURIComponent(location.pathname.replace(/^\/embed\/occupation\//, "").replace(/\/+$/, ""));
const card = document.createElement("careerlens-card");
card.setAttribute("occupation", slug);
for (const name of ["section", "theme"]) {
  const value = params.get(name);
  if (value !== null) card.setAttribute(name, value);
}

// No inline styles under the page's policy: a constructed sheet is allowed.
const sheet = new CSSStyleSheet();
sheet.replaceSync("html, body { margin: 0; background: transparent; } body { padding: 1px; }");
document.adoptedStyleSheets = [sheet];
document.body.append(card);

if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    // The height is no secret, and the frame cannot know which site embeds it.
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  }).observe(document.documentElement);
}
