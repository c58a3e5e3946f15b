//! "Embed this": the profile's dialog to pick a card's section and theme, see it live, and copy
//! either snippet.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen_futures::spawn_local;

use super::CardSection;
use super::snippet::{CardTheme, Embed};
use crate::components::copy_text;

/// The button that opens the dialog, and the dialog.
#[component]
pub fn EmbedDialog(slug: String, title: String) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    let section = RwSignal::new(CardSection::Outlook);
    let theme = RwSignal::new(CardTheme::Auto);
    let open = RwSignal::new(false);
    let origin = StoredValue::new(crate::site::origin());
    let (slug, title) = (StoredValue::new(slug), StoredValue::new(title));
    let snippet = move |pick: fn(&Embed) -> String| {
        let (section, theme) = (section.get(), theme.get());
        origin.with_value(|origin| {
            slug.with_value(|slug| {
                title.with_value(|title| {
                    pick(&Embed {
                        origin,
                        slug,
                        title,
                        section,
                        theme,
                    })
                })
            })
        })
    };
    let show = move |_| {
        if let Some(dialog) = dialog.get_untracked() {
            open.set(true);
            _ = dialog.show_modal();
        }
    };
    view! {
        <button type="button" class="button button--small" on:click=show>"Embed this"</button>
        <dialog
            node_ref=dialog
            class="embed-dialog"
            aria-labelledby="embed-dialog-title"
            on:close=move |_| open.set(false)
        >
            <div class="embed-dialog__head">
                <h2 id="embed-dialog-title">"Embed this card on your site"</h2>
                <button
                    type="button"
                    class="button button--small"
                    on:click=move |_| {
                        if let Some(dialog) = dialog.get_untracked() {
                            dialog.close();
                        }
                    }
                >
                    "Close"
                </button>
            </div>
            // Built when opened: the page loads no preview frame, and a prerendered profile has
            // less to hydrate.
            {move || {
                open.get()
                    .then(|| {
                        view! {
                    <p class="muted">
                        "The card shows CareerLens data on your page without cookies or tracking, and reads \
                         nothing of your page. "
                        <a href="/embed">"How embedding works"</a>
                    </p>
                    <div class="embed-dialog__options">
                        <Choice label="Section" options=CardSection::ALL.map(|s| (s.name(), s.label())) chosen=section by_name=|name| CardSection::ALL.into_iter().find(|s| s.name() == name) name=|s| s.name() />
                        <Choice label="Theme" options=CardTheme::ALL.map(|t| (t.name(), t.label())) chosen=theme by_name=|name| CardTheme::ALL.into_iter().find(|t| t.name() == name) name=|t| t.name() />
                    </div>
                    <h3>"Preview"</h3>
                    <Preview
                        url=Signal::derive(move || snippet(|embed| embed.frame_url()))
                        title=title.get_value()
                    />
                    <SnippetBox
                        id="embed-script"
                        label="Script embed"
                        hint="Paste it where the card should appear. Your page's Content-Security-Policy, if it has one, must allow this site in script-src and connect-src, and 'wasm-unsafe-eval'."
                        text=Signal::derive(move || snippet(|embed| embed.script_snippet()))
                    />
                    <SnippetBox
                        id="embed-frame"
                        label="Iframe embed"
                        hint="For pages that cannot run other sites' scripts. The small script sizes the frame to its card; a policy must allow this site in frame-src."
                        text=Signal::derive(move || snippet(|embed| embed.frame_snippet()))
                    />
                        }
                    })
            }}
        </dialog>
    }
}

/// A labelled select over `options` (value, words).
#[component]
fn Choice<T: Copy + Send + Sync + PartialEq + 'static, const N: usize>(
    label: &'static str,
    options: [(&'static str, &'static str); N],
    chosen: RwSignal<T>,
    by_name: fn(&str) -> Option<T>,
    name: fn(T) -> &'static str,
) -> impl IntoView {
    let id = format!("embed-{}", label.to_lowercase());
    view! {
        <div class="embed-dialog__choice">
            <label for=id.clone()>{label}</label>
            <select
                id=id
                on:change=move |ev| {
                    if let Some(value) = by_name(&event_target_value(&ev)) {
                        chosen.set(value);
                    }
                }
            >
                {options
                    .into_iter()
                    .map(|(value, words)| {
                        view! {
                            <option value=value selected=move || name(chosen.get()) == value>{words}</option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}

/// The card as a host page would show it: the iframe embed itself, so the site's own wasm need
/// not carry the card.
#[component]
fn Preview(url: Signal<String>, title: String) -> impl IntoView {
    view! {
        <iframe
            class="embed-dialog__preview"
            data-testid="embed-preview"
            src=move || url.get()
            title=format!("Preview of the CareerLens card for {title}")
        ></iframe>
    }
}

/// A snippet to copy, with its button and what happened.
#[component]
fn SnippetBox(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    text: Signal<String>,
) -> impl IntoView {
    let area = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(None::<&'static str>);
    let copy = move |_| {
        let value = text.get_untracked();
        spawn_local(async move {
            match copy_text(&value).await {
                Ok(()) => status.set(Some("Copied.")),
                Err(()) => {
                    if let Some(area) = area.get_untracked() {
                        area.select();
                    }
                    status.set(Some("Copying is not allowed here: the snippet is selected, so copy it yourself."));
                }
            }
        });
    };
    let hint_id = format!("{id}-hint");
    view! {
        <div class="embed-dialog__snippet">
            <label for=id>{label}</label>
            <p id=hint_id.clone() class="small muted">{hint}</p>
            <textarea id=id node_ref=area readonly rows="6" aria-describedby=hint_id prop:value=move || text.get()></textarea>
            <button type="button" class="button button--small" on:click=copy>{format!("Copy the {}", label.to_lowercase())}</button>
            <p class="small" aria-live="polite">{move || status.get()}</p>
        </div>
    }
}
