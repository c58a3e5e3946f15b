// CareerLens cards for any web page:
//   <script type="module" src="https://CAREERLENS-ORIGIN/widget.js"></script>
//   <careerlens-card occupation="chief-ict-security-officer" section="outlook" theme="auto"></careerlens-card>
// Each card renders into its own shadow root from one shared wasm instance. The script reads
// nothing of the host page but the card's own attributes, stores nothing, adds no global name
// besides the element, and does nothing when included a second time.

const ELEMENT = "careerlens-card";

if (!customElements.get(ELEMENT)) {
  // The CareerLens site this script came from: the card's data and links come from there too.
  const site = new URL("./", import.meta.url).href;
  let core = null;
  const loadCore = () => {
    core ??= import(new URL("widget/careerlens_card.js", site).href).then(async (module) => {
      await module.default();
      return module;
    });
    return core;
  };

  class CareerLensCard extends HTMLElement {
    static observedAttributes = ["occupation", "section"];
    #card = null;
    // Counts renders, so a slow load that an attribute change or a removal overtook is dropped.
    #generation = 0;

    connectedCallback() {
      this.#render();
    }

    disconnectedCallback() {
      this.#generation += 1;
      this.#card?.free();
      this.#card = null;
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#render();
    }

    async #render() {
      const generation = ++this.#generation;
      const root = this.shadowRoot ?? this.attachShadow({ mode: "open" });
      let module;
      try {
        module = await loadCore();
      } catch {
        if (generation === this.#generation) {
          root.textContent = "This CareerLens card could not load. The page's security policy may block it.";
        }
        return;
      }
      if (generation !== this.#generation || !this.isConnected) return;
      this.#card?.free();
      this.#card = module.mount(this, this.getAttribute("occupation"), this.getAttribute("section"), site);
    }
  }

  customElements.define(ELEMENT, CareerLensCard);
}
