//! The duties an ESCO description states, as key responsibilities. Most descriptions open with
//! "`<Occupations> <do this>.`" and go on with "`They (also) <do that>.`": those sentences, turned
//! into duties ("Protect company and employee information against unauthorized access."), are
//! the occupation's own words and come before any O*NET task. Sentences that describe rather
//! than list duties ("They are specialised teachers…", "They work in hospitals.") are left out.

/// Words after the subject that describe the occupation rather than a duty it does.
const NOT_DUTIES: [&str; 22] = [
    "are", "is", "were", "was", "be", "have", "has", "had", "can", "could", "may", "might", "must",
    "should", "will", "would", "work", "function", "act", "serve", "often", "usually",
];

/// Leading words that only join a sentence to the one before it.
const CONNECTIVES: [&str; 4] = ["also", "then", "further", "additionally"];

/// White space, including the zero-width space some ESCO descriptions carry between sentences.
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{200b}'
}

/// The description's sentences: split after a full stop followed by white space and a capital
/// ("e.g. Bars" style abbreviations inside a sentence are rare enough to accept).
fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (position, &(at, c)) in chars.iter().enumerate() {
        if c != '.' {
            continue;
        }
        let mut next = position + 1;
        while chars.get(next).is_some_and(|&(_, c)| is_space(c)) {
            next += 1;
        }
        let spaced = next > position + 1;
        if spaced && chars.get(next).is_some_and(|&(_, c)| c.is_uppercase()) {
            out.push(text[start..=at].trim_matches(is_space));
            start = chars[next].0;
        }
    }
    let rest = text[start..].trim_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// The predicate of a sentence whose subject is the occupation: "They …", "`<title>s …`" or
/// "`<title> …`", matched case-insensitively.
fn predicate<'a>(sentence: &'a str, title: &str) -> Option<&'a str> {
    let lower = sentence.to_lowercase();
    let title = title.to_lowercase();
    let subjects = [
        "they ".to_owned(),
        format!("{title}s "),
        format!("{title}es "),
        format!("{title} "),
    ];
    let subject = subjects.iter().find(|s| lower.starts_with(s.as_str()))?;
    // The lowercase copy has the same byte offsets here: ESCO descriptions start in ASCII.
    sentence.get(subject.len()..)
}

/// The duties the description states, each a sentence starting with its verb.
pub fn description_duties(description: &str, title: &str) -> Vec<String> {
    sentences(description)
        .into_iter()
        .filter_map(|sentence| predicate(sentence, title))
        .filter_map(|rest| {
            let mut words = rest.split_whitespace().peekable();
            while words
                .peek()
                .is_some_and(|w| CONNECTIVES.contains(&w.trim_end_matches(',')))
            {
                words.next();
            }
            let first = *words.peek()?;
            let is_verb_like = first.chars().all(|c| c.is_ascii_lowercase())
                && !NOT_DUTIES.contains(&first)
                && !first.ends_with("ly");
            if !is_verb_like {
                return None;
            }
            let duty: Vec<&str> = words.collect();
            let mut duty = crate::text::sentence_case(&crate::text::tidy(&duty.join(" ")));
            if !duty.ends_with('.') {
                duty.push('.');
            }
            Some(duty)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::description_duties;

    #[test]
    fn the_occupation_and_they_sentences_become_duties() {
        let description = "Chief ICT security officers protect company and employee information \
            against unauthorized access. They also define the Information System security policy, \
            manage security deployment across all Information Systems and ensure the provision of \
            information availability.";
        assert_eq!(
            description_duties(description, "chief ICT security officer"),
            [
                "Protect company and employee information against unauthorized access.",
                "Define the Information System security policy, manage security deployment across \
                 all Information Systems and ensure the provision of information availability."
            ]
        );
    }

    #[test]
    fn descriptive_sentences_are_left_out() {
        let description = "Nuclear technicians function as aids to physicists. They monitor the \
            procedures to ensure safety. They are often on call. They usually work shifts.";
        assert_eq!(
            description_duties(description, "nuclear technician"),
            ["Monitor the procedures to ensure safety."]
        );
    }

    #[test]
    fn any_white_space_after_a_full_stop_ends_a_sentence() {
        let description = "Music therapists promote health by interventions.\u{a0} Music therapy \
            helps people.  \u{200b}They run sessions.";
        assert_eq!(
            description_duties(description, "music therapist"),
            ["Promote health by interventions.", "Run sessions."]
        );
    }

    #[test]
    fn sentences_about_something_else_are_not_duties() {
        assert!(description_duties("The job requires patience.", "sommelier").is_empty());
        assert!(description_duties("", "sommelier").is_empty());
    }
}
