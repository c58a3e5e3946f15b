//! The app's routes as a typed enum, so links are built from one place and never mistyped.

/// A page of the app, with whatever the URL carries.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    /// All categories, or one category's occupations.
    Browse {
        category: Option<String>,
    },
    Occupation {
        slug: String,
    },
    Assessment,
    /// The assessment's results; a share link adds the answers as the fragment.
    AssessmentResults,
    /// The roadmap from the person's current occupation to a target.
    Roadmap {
        slug: String,
    },
    Methodology,
    Embed,
}

impl Page {
    /// The URL path of this page, for links.
    pub fn path(&self) -> String {
        match self {
            Page::Home => "/".to_owned(),
            Page::Browse { category: None } => "/browse".to_owned(),
            Page::Browse {
                category: Some(category),
            } => format!("/browse?category={}", encode_query_value(category)),
            Page::Occupation { slug } => format!("/occupation/{slug}"),
            Page::Assessment => "/assessment".to_owned(),
            Page::AssessmentResults => "/assessment/results".to_owned(),
            Page::Roadmap { slug } => format!("/assessment/roadmap/{slug}"),
            Page::Methodology => "/methodology".to_owned(),
            Page::Embed => "/embed".to_owned(),
        }
    }
}

/// The link to one section of `/methodology`, by the section's anchor id (the `id` of a
/// `careerlens_engine::methodology::MethodSection`).
pub fn methodology_section(id: &str) -> String {
    format!("{}#{id}", Page::Methodology.path())
}

/// Percent-encodes a query value: letters, digits and `-._~` stay, everything else is escaped.
fn encode_query_value(value: &str) -> String {
    value
        .bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                (byte as char).to_string()
            }
            other => format!("%{other:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Page;

    #[test]
    fn a_browse_category_is_percent_encoded() {
        let page = Page::Browse {
            category: Some("Arts, Culture & Media".to_owned()),
        };
        assert_eq!(
            page.path(),
            "/browse?category=Arts%2C%20Culture%20%26%20Media"
        );
    }

    #[test]
    fn occupation_path_carries_the_slug() {
        let page = Page::Occupation {
            slug: "chief-ict-security-officer".to_owned(),
        };
        assert_eq!(page.path(), "/occupation/chief-ict-security-officer");
    }

    #[test]
    fn assessment_pages_live_under_assessment() {
        let roadmap = Page::Roadmap {
            slug: "nurse-responsible-for-general-care".to_owned(),
        };
        assert_eq!(Page::AssessmentResults.path(), "/assessment/results");
        assert_eq!(
            roadmap.path(),
            "/assessment/roadmap/nurse-responsible-for-general-care"
        );
    }

    #[test]
    fn fixed_pages_have_their_own_paths() {
        let paths =
            [Page::Home, Page::Assessment, Page::Methodology, Page::Embed].map(|page| page.path());
        assert_eq!(paths, ["/", "/assessment", "/methodology", "/embed"]);
    }
}
