//! The app's routes as a typed enum, so links are built from one place and never mistyped.

/// A page of the app, with whatever the URL carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Occupation { slug: String },
    Assessment,
    Methodology,
    Embed,
}

impl Page {
    /// The URL path of this page, for links.
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Occupation { slug } => format!("/occupation/{slug}"),
            Page::Assessment => "/assessment".to_owned(),
            Page::Methodology => "/methodology".to_owned(),
            Page::Embed => "/embed".to_owned(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn occupation_path_carries_the_slug() {
        let page = Page::Occupation {
            slug: "chief-ict-security-officer".to_owned(),
        };
        assert_eq!(page.path(), "/occupation/chief-ict-security-officer");
    }

    #[test]
    fn fixed_pages_have_their_own_paths() {
        let paths =
            [Page::Home, Page::Assessment, Page::Methodology, Page::Embed].map(|page| page.path());
        assert_eq!(paths, ["/", "/assessment", "/methodology", "/embed"]);
    }
}
