//! Rendering pages to HTML at build time, for `src/bin/prerender.rs`. The page around the app is
//! trunk's own `index.html` (its scripts, styles and Content-Security-Policy); the app's markup
//! goes into its body, inside the root the app hydrates (`crate::hydration`), and the head tags
//! the page's components set go into its head, with preload links to the data files the page
//! was rendered from.

use crate::data::DATA_ROOT;
use crate::hydration::{PRERENDERED, ROOT_CLASS};
use crate::islands::{ISLANDS_ONLY, islands_only};

/// Trunk's page as built, which a host serves for every address without a file of its own: the
/// app then renders that address in the browser.
pub const SHELL_FILE: &str = "app.html";

/// The title trunk's page carries; a rendered page's own replaces it.
const SHELL_TITLE: &str = "<title>CareerLens</title>";
/// Trunk's empty body, where the rendered markup goes.
const SHELL_BODY: &str = "<body></body>";
/// The end of trunk's head, where the page's own head tags go.
const SHELL_HEAD_END: &str = "</head>";
/// Where leptos_meta puts the head tags, and where it finds them when the app hydrates the page.
const HEAD_MARKER: &str = "<!--HEAD-->";

/// Trunk's page, split where a rendered page differs.
pub struct PageFrame {
    shell: String,
}

impl PageFrame {
    /// Checks that `shell` has the one title and the empty body a rendered page replaces.
    pub fn new(shell: String) -> Result<Self, String> {
        for part in [SHELL_TITLE, SHELL_BODY, SHELL_HEAD_END] {
            if shell.matches(part).count() != 1 {
                return Err(format!("the built index.html should hold {part} once"));
            }
        }
        Ok(PageFrame { shell })
    }

    /// Trunk's page as it is.
    pub fn shell(&self) -> &str {
        &self.shell
    }

    /// The page for `path` with `body` (the app's markup) inside the root the app hydrates,
    /// and a preload link to each of the `data` files (relative to [`DATA_ROOT`]) the markup was
    /// rendered from, at low priority after the markup: the browser asks for them once it has
    /// the whole page, so they do not share the connection with the page and its stylesheets,
    /// which it cannot paint without. The title goes: the page's head tags bring their own.
    pub fn page(&self, path: &str, body: &str, data: &[String]) -> String {
        // A page its islands serve alone says so, for the loader to fetch their wasm.
        let islands = if islands_only(path) {
            format!(" {ISLANDS_ONLY}")
        } else {
            String::new()
        };
        let preloads: String = data
            .iter()
            .map(|file| {
                format!(
                    "<link rel=\"preload\" href=\"{DATA_ROOT}/{}\" as=\"fetch\" crossorigin \
                     fetchpriority=\"low\">",
                    escape_attribute(file)
                )
            })
            .collect();
        let root = format!(
            "<body><div class=\"{ROOT_CLASS}\" {PRERENDERED}=\"{}\"{islands}>{body}</div>\
             {preloads}</body>",
            escape_attribute(path)
        );
        self.shell
            .replacen(SHELL_TITLE, "", 1)
            .replacen(SHELL_HEAD_END, &format!("{HEAD_MARKER}{SHELL_HEAD_END}"), 1)
            .replacen(SHELL_BODY, &root, 1)
    }
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
}

#[cfg(feature = "ssr")]
mod render {
    use futures::StreamExt;
    use leptos::prelude::*;
    use leptos_meta::ServerMetaContext;
    use leptos_router::location::RequestUrl;

    use super::PageFrame;
    use crate::data::{Dataset, Preloaded};
    use crate::site::SiteOrigin;

    /// Sets up the executor that leptos_meta's head output runs on; call once.
    pub fn init() {
        _ = any_spawner::Executor::init_futures_executor();
    }

    impl PageFrame {
        /// Renders the app at `path` from `preloaded` data, as served from `origin`, into a
        /// complete page.
        pub fn render(&self, path: &str, origin: &str, preloaded: Preloaded) -> String {
            let owner = Owner::new();
            let (body, head, data) = owner.with(|| {
                provide_context(RequestUrl::new(path));
                provide_context(SiteOrigin(origin.to_owned()));
                let (meta, head) = ServerMetaContext::new();
                provide_context(meta);
                Dataset::provide_preloaded(preloaded);
                let body = view! { <crate::App /> }.to_html();
                (body, head, Dataset::expect().files_read())
            });
            let page = self.page(path, &body, &data);
            let page = futures::executor::block_on(async move {
                head.inject_meta_context(futures::stream::iter([page]))
                    .await
                    .collect::<String>()
                    .await
            });
            drop(owner);
            page
        }
    }
}

#[cfg(feature = "ssr")]
pub use render::init;

#[cfg(test)]
mod tests {
    use super::PageFrame;

    const SHELL: &str =
        "<html><head><title>CareerLens</title><script>x</script></head><body></body></html>";

    #[test]
    fn a_page_puts_the_markup_in_the_root_named_by_its_path_and_preloads_its_data_after_it() {
        let frame = PageFrame::new(SHELL.to_owned()).unwrap();
        assert_eq!(
            frame.page(
                "/a&b",
                "<main>hi</main>",
                &["manifest.json".to_owned(), "occupations/x.json".to_owned()]
            ),
            "<html><head><script>x</script><!--HEAD--></head><body><div class=\"app-root\" \
             data-prerendered=\"/a&amp;b\"><main>hi</main></div><link rel=\"preload\" \
             href=\"/data/manifest.json\" as=\"fetch\" crossorigin fetchpriority=\"low\">\
             <link rel=\"preload\" href=\"/data/occupations/x.json\" as=\"fetch\" crossorigin \
             fetchpriority=\"low\"></body></html>"
        );
        assert_eq!(frame.shell(), SHELL);
    }

    #[test]
    fn a_profile_and_the_home_and_methodology_pages_are_marked_as_served_by_their_islands() {
        let frame = PageFrame::new(SHELL.to_owned()).unwrap();
        let profile = frame.page("/occupation/baker", "", &[]);
        assert!(
            profile.contains("data-prerendered=\"/occupation/baker\" data-islands>"),
            "{profile}"
        );
        for path in ["/", "/methodology"] {
            assert!(
                frame.page(path, "", &[]).contains("data-islands>"),
                "{path}"
            );
        }
        for path in ["/assessment", "/browse", "/occupation/", "/occupation/a/b"] {
            assert!(
                !frame.page(path, "", &[]).contains("data-islands"),
                "{path}"
            );
        }
    }

    #[test]
    fn a_shell_without_its_empty_body_is_refused() {
        let error = PageFrame::new("<title>CareerLens</title><body><p></p></body>".to_owned())
            .err()
            .unwrap();
        assert!(error.contains("<body></body>"), "{error}");
    }
}
