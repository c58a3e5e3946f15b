//! The site footer with the attribution every data licence asks for.

use careerlens_engine::attribution;
use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Page;

/// The footer shown on every page.
#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="site-footer__inner">
                <p class="site-footer__privacy">
                    "CareerLens runs in your browser: no account, no cookies, no tracking, and your \
                     assessment answers never leave this device."
                </p>
                <section aria-labelledby="footer-data-heading">
                    <h2 id="footer-data-heading" class="site-footer__heading">"Data sources"</h2>
                    <p>{attribution::ESCO.text}</p>
                    <p>{attribution::ONET.text} " " {attribution::ONET_MODIFIED}</p>
                    <p>
                        "Work activities: " {attribution::ONET_WORK_ACTIVITIES.text}
                        " Abilities: " {attribution::ONET_ABILITIES.text}
                    </p>
                    <p>
                        "AI-exposure research: Eloundou et al. (2024), Microsoft Research (2025) \
                         and the Anthropic Economic Index. "
                        <A href=Page::Methodology.path()>"Full sources and method"</A>
                    </p>
                </section>
            </div>
        </footer>
    }
}
