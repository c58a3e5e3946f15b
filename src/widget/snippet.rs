//! The two snippets a host page pastes to embed a card: the script embed and the iframe embed with
//! its height listener. The embed dialog shows them; docs/hosting.md explains them.

use super::request::CardSection;

/// The one message the iframe embed posts to its parent.
pub const HEIGHT_MESSAGE: &str = "careerlens:height";

/// The tallest height, in CSS pixels, the host snippet accepts from a frame.
pub const MAX_FRAME_HEIGHT: u32 = 10_000;

/// The iframe's height before its first message arrives.
const INITIAL_FRAME_HEIGHT: u32 = 600;

/// A card's theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardTheme {
    /// The reader's system setting.
    Auto,
    Light,
    Dark,
}

impl CardTheme {
    pub const ALL: [CardTheme; 3] = [CardTheme::Auto, CardTheme::Light, CardTheme::Dark];

    /// The value of the `theme` attribute or query parameter.
    pub fn name(self) -> &'static str {
        match self {
            CardTheme::Auto => "auto",
            CardTheme::Light => "light",
            CardTheme::Dark => "dark",
        }
    }

    /// The theme in words, for the embed dialog.
    pub fn label(self) -> &'static str {
        match self {
            CardTheme::Auto => "Follow the reader's system",
            CardTheme::Light => "Light",
            CardTheme::Dark => "Dark",
        }
    }
}

/// What to embed, and from which CareerLens site (an origin such as `https://careerlens.example`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed<'a> {
    pub origin: &'a str,
    pub slug: &'a str,
    pub title: &'a str,
    pub section: CardSection,
    pub theme: CardTheme,
}

/// Escapes text for an HTML attribute value in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

impl Embed<'_> {
    /// The script embed: the widget script and one card element.
    pub fn script_snippet(&self) -> String {
        format!(
            "<script type=\"module\" src=\"{origin}/widget.js\"></script>\n\
             <careerlens-card occupation=\"{slug}\" section=\"{section}\" theme=\"{theme}\"></careerlens-card>",
            origin = attribute(self.origin),
            slug = attribute(self.slug),
            section = self.section.name(),
            theme = self.theme.name(),
        )
    }

    /// The iframe's address.
    pub fn frame_url(&self) -> String {
        format!(
            "{}/embed/occupation/{}?section={}&theme={}",
            self.origin,
            self.slug,
            self.section.name(),
            self.theme.name()
        )
    }

    /// The iframe embed: the frame, and a listener that sets its height from the frame's own
    /// messages only (the CareerLens origin, and the frame's window as the source). The listener
    /// is the same for every card, so a host page's policy can allow it by one hash.
    pub fn frame_snippet(&self) -> String {
        format!(
            "<iframe data-careerlens src=\"{url}\" title=\"CareerLens: {title}\" width=\"100%\" \
             height=\"{INITIAL_FRAME_HEIGHT}\" loading=\"lazy\"></iframe>\n\
             <script>\n{listener}</script>",
            url = attribute(&self.frame_url()),
            title = attribute(self.title),
            listener = height_listener(self.origin),
        )
    }
}

/// The host page's script that sizes CareerLens frames.
pub fn height_listener(origin: &str) -> String {
    let origin = origin.replace('\\', "\\\\").replace('"', "\\\"");
    format!(
        "addEventListener(\"message\", (event) => {{\n\
         \x20 if (event.origin !== \"{origin}\" || event.data?.type !== \"{HEIGHT_MESSAGE}\") return;\n\
         \x20 const frame = [...document.querySelectorAll(\"iframe[data-careerlens]\")].find((f) => f.contentWindow === event.source);\n\
         \x20 const height = event.data.height;\n\
         \x20 if (frame && Number.isFinite(height) && height > 0 && height <= {MAX_FRAME_HEIGHT}) frame.height = String(Math.ceil(height));\n\
         }});\n"
    )
}

#[cfg(test)]
mod tests {
    use super::{CardTheme, Embed, height_listener};
    use crate::widget::CardSection;

    fn embed(title: &str) -> Embed<'_> {
        Embed {
            origin: "https://careerlens.example",
            slug: "sommelier",
            title,
            section: CardSection::Skills,
            theme: CardTheme::Dark,
        }
    }

    #[test]
    fn the_script_snippet_loads_the_widget_and_names_the_card() {
        assert_eq!(
            embed("sommelier").script_snippet(),
            "<script type=\"module\" src=\"https://careerlens.example/widget.js\"></script>\n\
             <careerlens-card occupation=\"sommelier\" section=\"skills\" theme=\"dark\"></careerlens-card>"
        );
    }

    #[test]
    fn the_frame_url_carries_section_and_theme_and_is_escaped_in_the_attribute() {
        let snippet = embed("sommelier").frame_snippet();
        assert!(snippet.starts_with(
            "<iframe data-careerlens src=\"https://careerlens.example/embed/occupation/sommelier?section=skills&amp;theme=dark\""
        ));
    }

    #[test]
    fn a_title_with_quotes_and_markup_stays_inside_its_attribute() {
        let snippet = embed("\"chef\" <b>&</b>").frame_snippet();
        assert!(
            snippet.contains("title=\"CareerLens: &quot;chef&quot; &lt;b&gt;&amp;&lt;/b&gt;\"")
        );
    }

    #[test]
    fn the_listener_checks_origin_type_and_source_before_it_sizes_a_frame() {
        let listener = height_listener("https://careerlens.example");
        assert!(listener.contains("event.origin !== \"https://careerlens.example\""));
        assert!(listener.contains("event.data?.type !== \"careerlens:height\""));
        assert!(listener.contains("f.contentWindow === event.source"));
        assert!(listener.contains("height <= 10000"));
    }
}
