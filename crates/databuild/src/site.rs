//! `databuild site`: the files the built site serves for machines, made from the dataset:
//! `sitemap.xml` (every page, every profile), `robots.txt`, and an oEmbed response per
//! occupation at `oembed/<slug>.json`, so a CMS that is given a profile's address gets the card.
//! The output depends only on the index and the origin, so two builds are byte-identical.

use std::path::Path;

use careerlens_engine::embed::{CardSection, CardTheme, Embed};
use careerlens_engine::model::Index;

use crate::error::{Error, Result};

/// The pages besides the profiles, as the app routes them.
pub const PAGES: [&str; 5] = ["/", "/browse", "/methodology", "/assessment", "/embed"];

/// Escapes text for XML character data.
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Every page's absolute address, the fixed pages first, then the profiles in index order.
pub fn page_urls(index: &Index, origin: &str) -> Vec<String> {
    PAGES
        .iter()
        .map(|path| format!("{origin}{path}"))
        .chain(
            index
                .occupations
                .iter()
                .map(|o| format!("{origin}/occupation/{}", o.slug)),
        )
        .collect()
}

/// `sitemap.xml` (sitemaps.org 0.9).
pub fn sitemap(index: &Index, origin: &str) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in page_urls(index, origin) {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml(&url)));
    }
    out.push_str("</urlset>\n");
    out
}

/// `robots.txt`: everything may be crawled but the embed frames (each marked `noindex` too)
/// and the assessment's personal results; the sitemap is named.
pub fn robots(origin: &str) -> String {
    format!(
        "User-agent: *\nDisallow: /embed/occupation/\nDisallow: /assessment/results\n\
         Sitemap: {origin}/sitemap.xml\n"
    )
}

/// The full card of one occupation, as a pasted profile address should embed it.
pub fn embed<'a>(origin: &'a str, slug: &'a str, title: &'a str) -> Embed<'a> {
    Embed {
        origin,
        slug,
        title,
        section: CardSection::Full,
        theme: CardTheme::Auto,
    }
}

/// Writes the sitemap, robots.txt and every oEmbed file under `out`.
pub fn write(index: &Index, origin: &str, out: &Path) -> Result<usize> {
    let origin = origin.trim_end_matches('/');
    if !(origin.starts_with("https://") || origin.starts_with("http://")) {
        return Err(Error::file(
            "--origin",
            format!("expected an origin such as https://careerlens.example, got {origin:?}"),
        ));
    }
    let write = |rel: &str, text: &str| {
        let path = out.join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| Error::file(dir.display().to_string(), e.to_string()))?;
        }
        std::fs::write(&path, text)
            .map_err(|e| Error::file(path.display().to_string(), e.to_string()))
    };
    write("sitemap.xml", &sitemap(index, origin))?;
    write("robots.txt", &robots(origin))?;
    for o in &index.occupations {
        let json = serde_json::to_string(&embed(origin, &o.slug, &o.title).oembed())
            .map_err(|e| Error::file("oembed", e.to_string()))?;
        write(&format!("oembed/{}.json", o.slug), &format!("{json}\n"))?;
    }
    Ok(index.occupations.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use careerlens_engine::model::IndexOccupation;

    fn index() -> Index {
        Index {
            occupations: vec![IndexOccupation {
                slug: "fish-&-chip-shop-owner".to_owned(),
                title: "fish & chip shop owner".to_owned(),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn the_sitemap_lists_the_pages_then_each_profile_escaped() {
        let map = sitemap(&index(), "https://careerlens.example");
        assert!(map.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset"));
        assert!(map.contains("  <url><loc>https://careerlens.example/</loc></url>\n"));
        assert!(map.contains(
            "<loc>https://careerlens.example/occupation/fish-&amp;-chip-shop-owner</loc>"
        ));
        assert_eq!(map.matches("<url>").count(), PAGES.len() + 1);
    }

    #[test]
    fn robots_names_the_sitemap_and_keeps_frames_out() {
        let text = robots("https://careerlens.example");
        assert!(text.contains("Disallow: /embed/occupation/\n"));
        assert!(text.ends_with("Sitemap: https://careerlens.example/sitemap.xml\n"));
    }

    #[test]
    fn an_origin_must_be_a_web_origin() {
        let dir = tempfile::tempdir().unwrap();
        let err = write(&index(), "careerlens.example", dir.path()).unwrap_err();
        assert!(err.to_string().contains("expected an origin"), "{err}");
        assert_eq!(
            write(&index(), "https://careerlens.example/", dir.path()).unwrap(),
            1
        );
        let robots = std::fs::read_to_string(dir.path().join("robots.txt")).unwrap();
        assert!(robots.ends_with("Sitemap: https://careerlens.example/sitemap.xml\n"));
    }
}
