//! What a profile tells search engines and link previews, from its chunk alone: a description
//! that fits a result snippet and a schema.org `Occupation` in JSON-LD. The app puts both in the
//! page's head; a prerendered page will carry the same.

use crate::model::OccupationDetail;

/// The longest meta description, in characters: about what a search result shows.
pub const DESCRIPTION_MAX: usize = 160;

/// The page's description: the ESCO description's sentences that fit in [`DESCRIPTION_MAX`]
/// characters, or, when even the first is longer, its words that fit, ending in "…".
pub fn page_description(detail: &OccupationDetail) -> String {
    let text = detail
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.chars().count() <= DESCRIPTION_MAX {
        return text;
    }
    let mut out = String::new();
    for sentence in text.split_inclusive(". ") {
        if out.chars().count() + sentence.trim_end().chars().count() > DESCRIPTION_MAX {
            break;
        }
        out.push_str(sentence);
    }
    if !out.is_empty() {
        return out.trim_end().to_owned();
    }
    let mut words = String::new();
    for word in text.split(' ') {
        if words.chars().count() + word.chars().count() + 2 > DESCRIPTION_MAX {
            break;
        }
        if !words.is_empty() {
            words.push(' ');
        }
        words.push_str(word);
    }
    format!("{}…", words.trim_end_matches([',', ';', ':']))
}

/// The occupation as a schema.org `Occupation` in JSON-LD, with `url` its profile's address.
/// The text is safe inside a `<script>` element: `</` is written `<\/`.
pub fn occupation_json_ld(detail: &OccupationDetail, url: &str) -> String {
    let mut value = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": detail.title,
        "description": detail.description,
        "occupationalCategory": {
            "@type": "CategoryCode",
            "codeValue": detail.isco,
            "inCodeSet": "ISCO-08",
            "name": detail.isco_label,
        },
        "skills": detail.essential.iter().map(|s| s.label.as_str()).collect::<Vec<_>>(),
        "url": url,
    });
    let education = detail
        .education
        .as_ref()
        .map(|e| e.label.clone())
        .or_else(|| detail.job_zone.as_ref().map(|z| z.education.clone()))
        .filter(|text| !text.is_empty());
    if let (Some(education), Some(map)) = (education, value.as_object_mut()) {
        map.insert("educationRequirements".to_owned(), education.into());
    }
    value.to_string().replace("</", "<\\/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detail(description: &str) -> OccupationDetail {
        OccupationDetail {
            slug: "sommelier".to_owned(),
            title: "sommelier".to_owned(),
            description: description.to_owned(),
            isco: "5131".to_owned(),
            isco_label: "Waiters".to_owned(),
            ..OccupationDetail::default()
        }
    }

    #[test]
    fn a_description_keeps_the_sentences_that_fit() {
        let short = "Sommeliers store, prepare and serve wine.";
        assert_eq!(page_description(&detail(short)), short);
        let first = "Sommeliers store, prepare and serve wine in restaurants and bars, and advise guests on the wines that go with the dishes they have chosen.";
        let long = format!(
            "{first} They also help to plan the wine list and keep the cellar in order for the house."
        );
        assert_eq!(page_description(&detail(&long)), first);
        // One sentence longer than the limit: its words that fit, with an ellipsis.
        let words = "word ".repeat(60);
        let cut = page_description(&detail(words.trim()));
        assert!(
            cut.ends_with("word…") && cut.chars().count() <= DESCRIPTION_MAX,
            "{cut}"
        );
    }

    #[test]
    fn the_json_ld_names_the_occupation_and_cannot_close_its_script() {
        let d = detail("Serves wine </script><script>alert(1)</script>.");
        let json = occupation_json_ld(&d, "https://careerlens.example/occupation/sommelier");
        assert!(!json.contains("</"));
        let value: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["@type"], "Occupation");
        assert_eq!(value["name"], "sommelier");
        assert_eq!(value["occupationalCategory"]["codeValue"], "5131");
        assert_eq!(value["description"], d.description);
        assert_eq!(value.get("educationRequirements"), None);
    }
}
