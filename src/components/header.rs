//! The site header: product name, the occupation search and the main navigation.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::routes::Page;

/// The header shown on every page.
#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <A href=Page::Home.path() attr:class="site-header__brand">
                    <span class="site-header__logo" aria-hidden="true">"◎"</span>
                    "CareerLens"
                </A>
                <HeaderSearch />
                <nav class="site-header__nav" aria-label="Main">
                    <A href=Page::Assessment.path()>"Assessment"</A>
                    <A href=Page::Methodology.path()>"Methodology"</A>
                </nav>
            </div>
        </header>
    }
}

/// The occupation search box. Searching needs the occupation index, which the profile pages
/// bring; until then the box says so instead of pretending to search.
#[component]
fn HeaderSearch() -> impl IntoView {
    let (query, set_query) = signal(String::new());
    view! {
        <form class="header-search" role="search" on:submit=|ev| ev.prevent_default()>
            <label class="visually-hidden" for="occupation-search">"Search occupations"</label>
            <input
                id="occupation-search"
                class="header-search__input"
                type="search"
                placeholder="Search occupations"
                autocomplete="off"
                aria-describedby="occupation-search-status"
                prop:value=query
                on:input=move |ev| set_query.set(event_target_value(&ev))
            />
            <p id="occupation-search-status" class="header-search__status" aria-live="polite">
                {move || {
                    (!query.get().trim().is_empty())
                        .then_some("Occupation search is not built yet.")
                }}
            </p>
        </form>
    }
}
