//! What a card is asked to show, from its attributes or its iframe URL, checked before anything
//! is fetched.

use std::fmt;

pub use careerlens_engine::embed::CardSection;

/// Why a card cannot show what it was asked for, in words shown inside the card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardProblem {
    /// No `occupation` attribute, or an empty one.
    NoOccupation,
    /// An occupation address no slug can have (slugs are lowercase letters, digits and dashes).
    MalformedOccupation(String),
    /// A `section` value that is not one of [`CardSection::ALL`].
    UnknownSection(String),
}

impl fmt::Display for CardProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CardProblem::NoOccupation => {
                write!(
                    f,
                    "This card names no occupation: set its occupation attribute."
                )
            }
            CardProblem::MalformedOccupation(value) => write!(
                f,
                "“{value}” is not a CareerLens occupation address: use the last part of a profile's \
                 address, such as chief-ict-security-officer."
            ),
            CardProblem::UnknownSection(value) => {
                let known: Vec<&str> = CardSection::ALL.iter().map(|s| s.name()).collect();
                write!(
                    f,
                    "“{value}” is not a card section. Choose one of: {}.",
                    known.join(", ")
                )
            }
        }
    }
}

/// A checked request: a well-formed slug and a known section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardRequest {
    pub slug: String,
    pub section: CardSection,
}

/// Longer than any slug the dataset has; a longer value is refused before it is echoed back.
const MAX_SLUG_LEN: usize = 120;

impl CardRequest {
    /// Checks a card's `occupation` and `section` values; a missing section means the outlook.
    pub fn parse(occupation: Option<&str>, section: Option<&str>) -> Result<Self, CardProblem> {
        let slug = occupation.map(str::trim).unwrap_or_default();
        if slug.is_empty() {
            return Err(CardProblem::NoOccupation);
        }
        let well_formed = slug.len() <= MAX_SLUG_LEN
            && slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !well_formed {
            let shown: String = slug.chars().take(40).collect();
            return Err(CardProblem::MalformedOccupation(shown));
        }
        let section = match section.map(str::trim).filter(|s| !s.is_empty()) {
            None => CardSection::Outlook,
            Some(name) => CardSection::ALL
                .into_iter()
                .find(|s| s.name() == name)
                .ok_or_else(|| CardProblem::UnknownSection(name.chars().take(40).collect()))?,
        };
        Ok(CardRequest {
            slug: slug.to_owned(),
            section,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{CardProblem, CardRequest, CardSection};

    #[test]
    fn a_slug_and_a_section_make_a_request() {
        let request = CardRequest::parse(Some("chief-ict-security-officer"), Some("skills"));
        assert_eq!(
            request,
            Ok(CardRequest {
                slug: "chief-ict-security-officer".into(),
                section: CardSection::Skills
            })
        );
    }

    #[test]
    fn no_section_means_the_outlook() {
        for section in [None, Some(""), Some("  ")] {
            assert_eq!(
                CardRequest::parse(Some("sommelier"), section).map(|r| r.section),
                Ok(CardSection::Outlook)
            );
        }
    }

    #[test]
    fn every_section_parses_from_its_own_name() {
        for section in CardSection::ALL {
            assert_eq!(
                CardRequest::parse(Some("x"), Some(section.name())).map(|r| r.section),
                Ok(section)
            );
        }
    }

    #[test]
    fn a_missing_occupation_is_named_as_such() {
        assert_eq!(
            CardRequest::parse(None, None),
            Err(CardProblem::NoOccupation)
        );
        assert_eq!(
            CardRequest::parse(Some(" "), None),
            Err(CardProblem::NoOccupation)
        );
    }

    #[test]
    fn markup_paths_and_capitals_are_not_slugs() {
        for bad in ["<script>", "../index", "Sommelier", "a/b", "x y"] {
            assert!(matches!(
                CardRequest::parse(Some(bad), None),
                Err(CardProblem::MalformedOccupation(_))
            ));
        }
        let long = "a".repeat(500);
        let Err(CardProblem::MalformedOccupation(shown)) = CardRequest::parse(Some(&long), None)
        else {
            panic!("a 500-letter slug is refused");
        };
        assert_eq!(shown.len(), 40);
    }

    #[test]
    fn an_unknown_section_lists_the_known_ones() {
        let problem = CardRequest::parse(Some("x"), Some("salary")).unwrap_err();
        assert_eq!(
            problem.to_string(),
            "“salary” is not a card section. Choose one of: outlook, skills, similar, fit, full."
        );
    }
}
