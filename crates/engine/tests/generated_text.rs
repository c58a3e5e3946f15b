//! Every sentence the engine writes around an occupation's data, for every occupation in the
//! committed dataset, read the way a careful editor would: no "a" before a vowel sound, no "an"
//! before a consonant sound, no word written twice in a row.

use std::path::PathBuf;

use careerlens_engine::model::OccupationDetail;
use careerlens_engine::narrative::{Source, basis, faq, key_responsibilities};
use careerlens_engine::text::with_indefinite_article;

fn chunks() -> Vec<OccupationDetail> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data/occupations");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the committed dataset")
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let text = std::fs::read_to_string(path).expect("a readable chunk");
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        })
        .collect()
}

/// The sentences of one occupation's FAQ, with its closest role from the chunk.
fn sentences(detail: &OccupationDetail) -> Vec<String> {
    let essential: Vec<&str> = detail
        .essential
        .iter()
        .take(3)
        .map(|s| s.label.as_str())
        .collect();
    let mut out = vec![
        with_indefinite_article(&detail.title),
        faq::background_question(&detail.title),
        faq::background_answer(detail),
        faq::beyond_technical_answer(detail),
    ];
    out.extend(faq::only_here_sentence(&essential));
    if let Some(closest) = detail.similar.first() {
        out.push(faq::difference_question(&detail.title, &closest.title));
        out.extend(faq::only_there_sentence(&closest.skills_to_learn));
    }
    // What the scores rest on, where it is less than the occupation's own data.
    out.extend(basis::weak_match_sentence(detail));
    if let Some(scores) = &detail.scores {
        out.extend(basis::vectors_sentence(scores, &detail.isco));
        out.extend(basis::resilience_sentence(scores, &detail.isco));
    }
    out
}

/// Whether `word` starts with a vowel sound, by the rules an editor checks by ear: initialisms
/// are read letter by letter; "u" sounds like "you" in uni-, use-, usu- and uti-; "eu" and "one"
/// start with a consonant sound; "hour" and "honest" with a silent h.
fn starts_with_vowel_sound(word: &str) -> Option<bool> {
    let first = word.chars().next()?;
    if first.is_ascii_digit() {
        return None;
    }
    if word.len() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
    {
        return Some("AEFHILMNORSX".contains(first));
    }
    let lower = word.to_lowercase();
    if ["uni", "use", "usu", "uti", "eu", "one"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Some(false);
    }
    if ["hour", "honest", "honour", "heir"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Some(true);
    }
    Some(matches!(
        lower.chars().next(),
        Some('a' | 'e' | 'i' | 'o' | 'u')
    ))
}

/// The problems an editor would mark in `sentence`.
fn slips(sentence: &str) -> Vec<String> {
    let raw: Vec<&str> = sentence.split_whitespace().collect();
    let mut found = Vec::new();
    for pair in raw.windows(2) {
        // A word that ends a list item or a clause ("gather data, data quality") is no repeat.
        let ends_item = pair[0].ends_with(|c: char| !c.is_alphanumeric());
        let article = pair[0].trim_matches(|c: char| !c.is_alphanumeric());
        let next = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        if article.is_empty() || next.is_empty() {
            continue;
        }
        // "a (or several) blades": the article belongs to the word after the aside.
        let vowel = if pair[1].starts_with(char::is_alphanumeric) {
            starts_with_vowel_sound(next)
        } else {
            None
        };
        match (article, vowel) {
            ("a" | "A", Some(true)) => found.push(format!("“{article} {next}”")),
            ("an" | "An", Some(false)) => found.push(format!("“{article} {next}”")),
            _ => {}
        }
        if !ends_item
            && article.eq_ignore_ascii_case(next)
            && article.chars().all(char::is_alphabetic)
        {
            found.push(format!("“{article} {next}” repeated"));
        }
    }
    found
}

#[test]
fn the_oracle_marks_the_slips_it_should() {
    assert_eq!(
        slips("How does a academic advisor differ?"),
        ["“a academic”"]
    );
    assert_eq!(slips("What does a ICT manager need?"), ["“a ICT”"]);
    assert_eq!(slips("an university"), ["“an university”"]);
    assert_eq!(slips("the the role"), ["“the the” repeated"]);
    assert!(slips("gather data, data quality").is_empty());
    assert!(slips("a (or several) blades").is_empty());
    assert!(slips("an ICT manager, a university lecturer, an hour, a UX designer").is_empty());
}

#[test]
fn no_generated_sentence_of_any_occupation_has_an_article_slip_or_a_repeated_word() {
    let details = chunks();
    assert_eq!(details.len(), 3007);
    let mut problems = Vec::new();
    for detail in &details {
        for sentence in sentences(detail) {
            for slip in slips(&sentence) {
                problems.push(format!("{}: {slip} in “{sentence}”", detail.slug));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} slips, the first: {:#?}",
        problems.len(),
        &problems[..problems.len().min(20)]
    );
}

#[test]
fn every_stated_duty_reads_as_a_sentence_starting_with_its_verb() {
    let mut problems = Vec::new();
    let mut with_duties = 0;
    for detail in chunks() {
        let duties: Vec<String> = key_responsibilities(&detail, 5)
            .into_iter()
            .filter(|line| line.source == Source::EscoDescription)
            .map(|line| line.text)
            .collect();
        with_duties += usize::from(!duties.is_empty());
        for duty in duties {
            let first = duty.split_whitespace().next().unwrap_or_default();
            let reads = duty.chars().next().is_some_and(char::is_uppercase)
                && duty.ends_with('.')
                && !["They", "Also", "Are", "Is"].contains(&first)
                && slips(&duty).is_empty();
            if !reads {
                problems.push(format!("{}: {duty}", detail.slug));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{:#?}",
        &problems[..problems.len().min(20)]
    );
    // Most ESCO descriptions open with "<Occupations> <do this>.": nearly all profiles have some.
    assert!(
        with_duties > 2500,
        "only {with_duties} profiles have stated duties"
    );
}

#[test]
fn the_ciso_starts_from_its_description_then_information_security_work() {
    let ciso = chunks()
        .into_iter()
        .find(|d| d.slug == "chief-ict-security-officer")
        .expect("the CISO profile");
    let lines = key_responsibilities(&ciso, 5);
    // Read off the ESCO description by hand.
    assert_eq!(
        lines[0].text,
        "Protect company and employee information against unauthorized access."
    );
    assert_eq!(lines[0].source, Source::EscoDescription);
    // Then the tasks of Information Security Analysts (15-1212.00), whose name matches an
    // alternative label ("information security administrator") best, not Security Management
    // Specialists' physical security.
    let analysts = ciso
        .onet
        .iter()
        .find(|o| o.title == "Information Security Analysts")
        .expect("mapped to Information Security Analysts");
    let first_task = lines
        .iter()
        .find(|line| matches!(line.source, Source::OnetTask { .. }))
        .expect("an O*NET task");
    assert_eq!(
        first_task.source,
        Source::OnetTask {
            code: analysts.code.clone()
        }
    );
    assert_eq!(first_task.text, analysts.tasks[0].text);
}

#[test]
fn every_profile_has_a_short_description_and_json_ld_naming_it() {
    use careerlens_engine::seo::{DESCRIPTION_MAX, occupation_json_ld, page_description};
    for detail in chunks() {
        let description = page_description(&detail);
        assert!(
            !description.is_empty() && description.chars().count() <= DESCRIPTION_MAX,
            "{}: {description:?}",
            detail.slug
        );
        let url = format!("https://careerlens.example/occupation/{}", detail.slug);
        let json = occupation_json_ld(&detail, &url);
        let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON-LD");
        assert_eq!(value["name"], detail.title.as_str(), "{}", detail.slug);
        assert_eq!(value["url"], url.as_str());
        assert_eq!(
            value["occupationalCategory"]["codeValue"],
            detail.isco.as_str()
        );
        assert!(!json.contains("</"), "{}", detail.slug);
    }
}
