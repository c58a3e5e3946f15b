//! The wasm of a prerendered page served by its islands alone (`careerlens::islands`): it
//! hydrates the page's interactive parts and links nothing else of the app.

fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(careerlens::islands::start());
}
