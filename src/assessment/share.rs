//! Saving and sharing results: a share link that carries the answers in the URL fragment (never
//! sent to a server), a JSON download in the answers format, an import of that file, and print.

use careerlens_engine::assessment::{Answers, share};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{JsFuture, spawn_local};

use super::store::AssessmentStore;
use crate::components::copy_text;
use crate::routes::Page;

/// The file name of the download.
const DOWNLOAD_NAME: &str = "careerlens-answers.json";

/// The full share link for a set of answers.
fn share_url(answers: &Answers) -> String {
    let origin = crate::site::origin();
    format!(
        "{origin}{}#{}",
        Page::AssessmentResults.path(),
        share::encode(answers)
    )
}

/// Offers the answers file as a download.
fn download(json: &str) -> Result<(), String> {
    let fail = |_| "Your browser did not allow the download.".to_owned();
    let parts = js_sys::Array::of1(&json.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let anchor: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(fail)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(DOWNLOAD_NAME);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Share link, download, import and print.
#[component]
pub fn ShareTools(
    /// The answers to share.
    answers: Signal<Answers>,
) -> impl IntoView {
    let link = Memo::new(move |_| answers.with(share_url));
    let copy_status = RwSignal::new(None::<String>);
    let link_input = NodeRef::<leptos::html::Input>::new();
    let download_status = RwSignal::new(None::<String>);

    let copy = move |_| {
        let text = link.get_untracked();
        let select_instead = move || {
            if let Some(input) = link_input.get_untracked() {
                input.select();
            }
            copy_status.set(Some(
                "Copying is not allowed here: the link is selected, so copy it yourself."
                    .to_owned(),
            ));
        };
        spawn_local(async move {
            match copy_text(&text).await {
                Ok(()) => copy_status.set(Some("Link copied.".to_owned())),
                Err(()) => select_instead(),
            }
        });
    };

    view! {
        <section class="results-section share-tools" aria-labelledby="share-heading">
            <h2 id="share-heading">"Save, share or print"</h2>
            <p class="muted">
                "The link holds your answers after the # sign, which browsers never send to a server: \
                 whoever opens it sees these results, computed in their own browser."
            </p>
            <label class="share-tools__label" for="share-link">"Share link"</label>
            <div class="share-tools__row">
                <input id="share-link" type="text" readonly node_ref=link_input prop:value=move || link.get() data-testid="share-link" />
                <button type="button" class="button" on:click=copy>"Copy link"</button>
            </div>
            <p class="small" aria-live="polite">{move || copy_status.get()}</p>
            <div class="share-tools__row">
                <button type="button" class="button" on:click=move |_| {
                    let status = download(&answers.with_untracked(Answers::to_json))
                        .err();
                    download_status.set(status);
                }>"Download my answers (JSON)"</button>
                <button type="button" class="button" on:click=move |_| {
                    if let Some(window) = web_sys::window() {
                        let _ = window.print();
                    }
                }>"Print"</button>
            </div>
            <p class="small" role="alert">{move || download_status.get()}</p>
            <ImportAnswers />
        </section>
    }
}

/// Reads an answers file into this browser's saved answers; a refused file changes nothing.
#[component]
pub fn ImportAnswers() -> impl IntoView {
    let store = AssessmentStore::expect();
    let import_status = RwSignal::new(None::<Result<String, String>>);
    let import = move |event: web_sys::Event| {
        let Some(input) = event
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > careerlens_engine::assessment::answers::MAX_ANSWERS_FILE_BYTES as f64 {
            import_status.set(Some(Err(
                "This file is far larger than a CareerLens answers file, so it was not read."
                    .to_owned(),
            )));
            return;
        }
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            let result = match text {
                None => Err("The file could not be read.".to_owned()),
                Some(text) => Answers::from_json(&text)
                    .map(|answers| {
                        let count = answers.answered();
                        store.replace_answers(answers, true);
                        format!("Imported {count} answers. Your results below now use them.")
                    })
                    .map_err(|error| format!("{error} Nothing was changed.")),
            };
            import_status.set(Some(result));
        });
    };

    view! {
        <div class="share-tools__row">
            <label class="button share-tools__import">
                "Import answers (JSON)"
                <input type="file" accept=".json,application/json" class="visually-hidden" data-testid="import-answers" on:change=import />
            </label>
        </div>
        <div aria-live="polite" data-testid="import-status">
            {move || import_status.get().map(|status| match status {
                Ok(message) => view! { <p class="share-tools__ok">{message}</p> }.into_any(),
                Err(message) => view! { <p class="share-tools__error" role="alert">{message}</p> }.into_any(),
            })}
        </div>
    }
}
