//! Embedding a CareerLens card: the sections a card can show and the two snippets a host page
//! pastes, the script embed and the iframe embed with its height listener. The app's embed
//! dialog shows the snippets, the build writes the iframe into each occupation's oEmbed file,
//! and docs/hosting.md explains them.

/// The one message the iframe embed posts to its parent.
pub const HEIGHT_MESSAGE: &str = "careerlens:height";

/// The tallest height, in CSS pixels, the host snippet accepts from a frame.
pub const MAX_FRAME_HEIGHT: u32 = 10_000;

/// The iframe's height before its first message arrives.
const INITIAL_FRAME_HEIGHT: u32 = 600;

/// The part of a profile a card shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CardSection {
    /// Resilience and AI exposure.
    Outlook,
    /// Essential and optional skills and knowledge.
    Skills,
    /// The most similar roles and the skills each would add.
    Similar,
    /// The three quick fit questions.
    Fit,
    /// All of the above, with the occupation's description.
    Full,
}

impl CardSection {
    pub const ALL: [CardSection; 5] = [
        CardSection::Outlook,
        CardSection::Skills,
        CardSection::Similar,
        CardSection::Fit,
        CardSection::Full,
    ];

    /// The value of the `section` attribute or query parameter.
    pub fn name(self) -> &'static str {
        match self {
            CardSection::Outlook => "outlook",
            CardSection::Skills => "skills",
            CardSection::Similar => "similar",
            CardSection::Fit => "fit",
            CardSection::Full => "full",
        }
    }

    /// What the section shows, in a few words, for the embed dialog.
    pub fn label(self) -> &'static str {
        match self {
            CardSection::Outlook => "Future outlook",
            CardSection::Skills => "Skills and knowledge",
            CardSection::Similar => "Similar roles",
            CardSection::Fit => "Quick fit questions",
            CardSection::Full => "Full card",
        }
    }
}

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
            "{frame}\n<script>\n{listener}</script>",
            frame = self.frame_element(),
            listener = height_listener(self.origin),
        )
    }

    /// The frame alone, at its initial height: what an oEmbed consumer embeds, since a CMS
    /// strips scripts. Without the listener the frame keeps that height and scrolls inside.
    pub fn frame_element(&self) -> String {
        format!(
            "<iframe data-careerlens src=\"{url}\" title=\"CareerLens: {title}\" width=\"100%\" \
             height=\"{INITIAL_FRAME_HEIGHT}\" loading=\"lazy\"></iframe>",
            url = attribute(&self.frame_url()),
            title = attribute(self.title),
        )
    }

    /// The occupation's oEmbed response (type `rich`): the frame as its `html`, with the sizes
    /// a consumer reserves for it.
    pub fn oembed(&self) -> OEmbed {
        OEmbed {
            version: "1.0",
            kind: "rich",
            title: format!("{} · CareerLens", self.title),
            provider_name: "CareerLens",
            provider_url: format!("{}/", self.origin),
            html: self.frame_element(),
            width: OEMBED_WIDTH,
            height: INITIAL_FRAME_HEIGHT,
        }
    }
}

/// The width an oEmbed consumer is told the frame takes: the card's widest layout. The frame
/// itself fills its column (`width="100%"`).
pub const OEMBED_WIDTH: u32 = 640;

/// An oEmbed 1.0 response of type `rich` (oembed.com), as the build writes it to
/// `oembed/<slug>.json`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct OEmbed {
    pub version: &'static str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: String,
    pub provider_name: &'static str,
    pub provider_url: String,
    pub html: String,
    pub width: u32,
    pub height: u32,
}

impl Embed<'_> {
    /// Where the occupation's oEmbed file is, for the discovery link.
    pub fn oembed_url(&self) -> String {
        format!("{}/oembed/{}.json", self.origin, self.slug)
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
    use super::{CardSection, CardTheme, Embed, height_listener};

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
    fn the_oembed_response_carries_the_frame_without_its_script() {
        let e = embed("sommelier");
        let o = e.oembed();
        assert_eq!((o.version, o.kind), ("1.0", "rich"));
        assert_eq!(o.html, e.frame_element());
        assert!(e.frame_snippet().starts_with(&o.html));
        assert!(!o.html.contains("<script"));
        assert_eq!((o.width, o.height), (640, 600));
        assert_eq!(o.provider_url, "https://careerlens.example/");
        assert_eq!(
            e.oembed_url(),
            "https://careerlens.example/oembed/sommelier.json"
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
