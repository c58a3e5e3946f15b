//! How to embed a CareerLens card: the two ways, the sections and themes, styling, and what a
//! host page's security policy must allow. The snippets themselves come from each profile's
//! "Embed this" dialog.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::SearchBox;
use crate::data::{Dataset, SEARCH};
use crate::widget::CardSection;

/// The custom properties a host page may set on a card, with what each colours.
const CUSTOM_PROPERTIES: [(&str, &str); 11] = [
    ("--careerlens-surface", "the card's background"),
    ("--careerlens-text", "its text"),
    ("--careerlens-muted", "secondary text"),
    ("--careerlens-border", "borders"),
    ("--careerlens-accent", "links and buttons"),
    (
        "--careerlens-accent-text",
        "text on accent-coloured buttons",
    ),
    ("--careerlens-accent-soft", "tags and chart backgrounds"),
    ("--careerlens-focus", "the keyboard focus ring"),
    ("--careerlens-danger", "error messages"),
    ("--careerlens-radius", "corner radius"),
    ("--careerlens-font", "the font family"),
];

/// What each section shows.
fn section_description(section: CardSection) -> &'static str {
    match section {
        CardSection::Outlook => {
            "the resilience score and AI exposure, with how they are calculated"
        }
        CardSection::Skills => "the essential and optional skills and knowledge, from ESCO",
        CardSection::Similar => "the most similar occupations and the skills each would add",
        CardSection::Fit => "three quick questions on the work styles the role relies on most",
        CardSection::Full => "the description and all of the above",
    }
}

/// The embed page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let dataset = Dataset::expect();
    let index = Signal::derive(move || dataset.index_with(SEARCH));
    let origin = crate::site::origin();
    view! {
        <Title text="Embed a career card" />
        <Meta name="description" content="Show a CareerLens occupation card on your own site with one snippet: no cookies, no tracking." />
        <div class="embed-page">
            <h1>"Embed a career card"</h1>
            <p class="hero__lead">
                "Schools, careers services and job boards can show a CareerLens occupation card on \
                 their own pages with one snippet. The card brings its own data and styles, sets no \
                 cookies, tracks no one and reads nothing of your page."
            </p>

            <h2>"Get a snippet"</h2>
            <ol>
                <li>"Find the occupation:" <SearchBox index input_id="embed-search" label="Find an occupation to embed" /></li>
                <li>"On its profile, choose " <strong>"Embed this"</strong> ", then the section and the theme. The preview shows the card as your page will."</li>
                <li>"Copy the script embed or the iframe embed and paste it into your page."</li>
            </ol>

            <h2>"Two ways to embed"</h2>
            <h3>"Script embed"</h3>
            <p>
                "One script tag, " <code>{format!("{origin}/widget.js")}</code> ", and a "
                <code>"<careerlens-card>"</code> " element for each card, with "
                <code>"occupation"</code> " (the last part of the profile's address), "
                <code>"section"</code> " and " <code>"theme"</code> " attributes. Each card renders \
                 in its own shadow root, so your styles do not change it and its styles do not \
                 change your page. Several cards share one download; removing an element removes \
                 its card."
            </p>
            <h3>"Iframe embed"</h3>
            <p>
                "A frame of " <code>{format!("{origin}/embed/occupation/<occupation>?section=…&theme=…")}</code>
                ", for pages that cannot run other sites' scripts. The frame tells your page one \
                 thing, its height, and the snippet's small script sizes the frame from that message \
                 only when it comes from this site and from that frame."
            </p>

            <h2>"Sections and themes"</h2>
            <ul>
                {CardSection::ALL
                    .into_iter()
                    .map(|section| view! {
                        <li><code>{section.name()}</code> ": " {section_description(section)}</li>
                    })
                    .collect_view()}
            </ul>
            <p>
                <code>"theme"</code> " is " <code>"light"</code> ", " <code>"dark"</code> " or "
                <code>"auto"</code> " (the default), which follows the reader's system setting."
            </p>

            <h2>"Styling the script embed"</h2>
            <p>"Set any of these custom properties on the element or an ancestor, in either theme:"</p>
            <ul>
                {CUSTOM_PROPERTIES
                    .into_iter()
                    .map(|(name, what)| view! { <li><code>{name}</code> ": " {what}</li> })
                    .collect_view()}
            </ul>

            <h2>"Your page's security policy"</h2>
            <p>"If your page sends a Content-Security-Policy, it must allow:"</p>
            <ul>
                <li>
                    "for the script embed: " <code>{origin.clone()}</code> " in " <code>"script-src"</code>
                    " and " <code>"connect-src"</code> ", and " <code>"'wasm-unsafe-eval'"</code>
                    " in " <code>"script-src"</code> ". The card's styles are constructed \
                     stylesheets, which " <code>"style-src"</code> " does not block."
                </li>
                <li>
                    "for the iframe embed: " <code>{origin.clone()}</code> " in " <code>"frame-src"</code>
                    ", and the snippet's inline script, by its hash or with " <code>"'unsafe-inline'"</code> "."
                </li>
            </ul>

            <h2>"Privacy"</h2>
            <p>
                "A card loads only this site's files: its script, its WebAssembly and the one \
                 occupation's data. It sets no cookie, stores nothing, reads nothing of your page \
                 and sends nothing about your visitors. Links in a card open the full profile in a \
                 new tab."
            </p>
        </div>
    }
}
