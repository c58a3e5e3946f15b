//! The small rules of English that generated sentences need: the indefinite article by sound,
//! counts with the right number, lists joined with a conjunction, and sentence case. Every
//! sentence CareerLens writes around data goes through these, so a title such as "ICT security
//! manager" or "university lecturer" reads the way a careful editor would write it.

/// Letters whose names start with a vowel sound ("an F", "an MRI", "an SEO"), for initialisms
/// read letter by letter.
const VOWEL_SOUND_LETTERS: &str = "AEFHILMNORSX";

/// Words that start with a vowel letter but a consonant sound ("a university", "a user").
const CONSONANT_SOUND_PREFIXES: [&str; 10] = [
    "uni", "use", "usu", "uti", "ure", "uro", "eu", "ewe", "one", "once",
];

/// Words that start with a silent h ("an hour", "an honest").
const SILENT_H_PREFIXES: [&str; 4] = ["hour", "honest", "honour", "heir"];

/// "a" or "an" for the phrase that follows it, by the sound of its first word.
pub fn indefinite_article(phrase: &str) -> &'static str {
    let word: String = phrase
        .trim_start()
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let Some(first) = word.chars().next() else {
        return "a";
    };
    if first.is_ascii_digit() {
        // "an 8-hour shift", "an 11-year-old", "an 18th-century…"; otherwise "a 3D…".
        let number: String = word.chars().take_while(char::is_ascii_digit).collect();
        let eight = number.starts_with('8');
        let eleven_or_eighteen = (number.len() == 2 || number.len() == 5)
            && (number.starts_with("11") || number.starts_with("18"));
        return if eight || eleven_or_eighteen {
            "an"
        } else {
            "a"
        };
    }
    let is_initialism = word.len() >= 2
        && word
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    if is_initialism || word.len() == 1 && first.is_ascii_uppercase() {
        return if VOWEL_SOUND_LETTERS.contains(first) {
            "an"
        } else {
            "a"
        };
    }
    let lower = word.to_lowercase();
    if word.len() == 1 {
        // A lone lowercase letter is read by name: "an e-learning developer".
        return if VOWEL_SOUND_LETTERS.contains(first.to_ascii_uppercase()) {
            "an"
        } else {
            "a"
        };
    }
    if CONSONANT_SOUND_PREFIXES
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return "a";
    }
    if SILENT_H_PREFIXES.iter().any(|p| lower.starts_with(p)) {
        return "an";
    }
    match lower.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

/// The phrase with its indefinite article: "an ICT security manager".
pub fn with_indefinite_article(phrase: &str) -> String {
    format!("{} {phrase}", indefinite_article(phrase))
}

/// A whole number with thousands separators: 3007 is "3,007".
pub fn count(value: usize) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// A count and its noun in the right number: "1 occupation", "3,007 occupations".
pub fn count_noun(value: usize, singular: &str, plural: &str) -> String {
    let noun = if value == 1 { singular } else { plural };
    format!("{} {noun}", count(value))
}

/// Joins items as "a", "a and b" or "a, b and c" (with `conjunction` in place of "and").
pub fn join<S: AsRef<str>>(items: &[S], conjunction: &str) -> String {
    match items {
        [] => String::new(),
        [only] => only.as_ref().to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} {conjunction} {}", rest.join(", "), last.as_ref())
        }
    }
}

/// The text with its first letter capitalised: "ensure safety" becomes "Ensure safety".
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A sentence from a source with the two slips an editor fixes on sight: "a" or "an" that does
/// not match the sound of the next word ("a educational institution"), and a word written twice
/// in a row ("by by"). Everything else is left as the source wrote it.
pub fn tidy(sentence: &str) -> String {
    let words: Vec<&str> = sentence.split(' ').collect();
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (position, &word) in words.iter().enumerate() {
        let next = words.get(position + 1).copied().unwrap_or_default();
        let next_starts_a_word = next.chars().next().is_some_and(char::is_alphanumeric);
        if let Some(previous) = out.last()
            && previous.eq_ignore_ascii_case(word)
            && word.chars().all(char::is_alphabetic)
            && !word.is_empty()
        {
            continue;
        }
        match word {
            "a" | "an" if next_starts_a_word => out.push(indefinite_article(next).to_owned()),
            "A" | "An" if next_starts_a_word => {
                out.push(sentence_case(indefinite_article(next)));
            }
            _ => out.push(word.to_owned()),
        }
    }
    out.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tidy_fixes_articles_and_doubled_words_only() {
        assert_eq!(
            tidy("support students in a educational institution by by phone"),
            "support students in an educational institution by phone"
        );
        assert_eq!(
            tidy("An university and a (or several) blades"),
            "A university and a (or several) blades"
        );
        assert_eq!(
            tidy("gather data, data quality"),
            "gather data, data quality"
        );
    }

    #[test]
    fn vowel_sounds_take_an() {
        for phrase in [
            "academic advisor",
            "economist",
            "optician",
            "urban planner",
            "upholsterer",
            "usher",
            "hour",
        ] {
            assert_eq!(indefinite_article(phrase), "an", "{phrase}");
        }
    }

    #[test]
    fn consonant_sounds_take_a() {
        for phrase in [
            "university lecturer",
            "user experience designer",
            "utilities inspector",
            "European affairs officer",
            "one-person business",
            "hairdresser",
            "homeopath",
            "youth worker",
            "sommelier",
        ] {
            assert_eq!(indefinite_article(phrase), "a", "{phrase}");
        }
    }

    #[test]
    fn initialisms_take_the_article_of_their_first_letter_name() {
        assert_eq!(indefinite_article("ICT security manager"), "an");
        assert_eq!(indefinite_article("IT auditor"), "an");
        assert_eq!(indefinite_article("ATM repair technician"), "an");
        assert_eq!(indefinite_article("EU funds manager"), "an");
        assert_eq!(indefinite_article("SEO specialist"), "an");
        assert_eq!(indefinite_article("CAD operator"), "a");
        assert_eq!(indefinite_article("UX designer"), "a");
        assert_eq!(indefinite_article("e-learning developer"), "an");
        assert_eq!(indefinite_article("eBusiness manager"), "an");
    }

    #[test]
    fn numbers_take_the_article_of_how_they_are_said() {
        assert_eq!(indefinite_article("3D printing technician"), "a");
        assert_eq!(indefinite_article("8-hour shift"), "an");
        assert_eq!(indefinite_article("11-year-old"), "an");
        assert_eq!(indefinite_article("18th-century craft"), "an");
        assert_eq!(indefinite_article("180-day contract"), "a");
    }

    #[test]
    fn the_article_joins_its_phrase() {
        assert_eq!(
            with_indefinite_article("ICT security manager"),
            "an ICT security manager"
        );
        assert_eq!(with_indefinite_article("sommelier"), "a sommelier");
    }

    #[test]
    fn counts_have_separators_and_the_right_number() {
        assert_eq!(count(7), "7");
        assert_eq!(count(3007), "3,007");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count_noun(1, "occupation", "occupations"), "1 occupation");
        assert_eq!(count_noun(0, "occupation", "occupations"), "0 occupations");
        assert_eq!(
            count_noun(3007, "occupation", "occupations"),
            "3,007 occupations"
        );
    }

    #[test]
    fn lists_join_with_commas_and_a_conjunction() {
        assert_eq!(join::<&str>(&[], "and"), "");
        assert_eq!(join(&["a"], "and"), "a");
        assert_eq!(join(&["a", "b"], "or"), "a or b");
        assert_eq!(join(&["a", "b", "c"], "and"), "a, b and c");
    }

    #[test]
    fn sentence_case_capitalises_only_the_first_letter() {
        assert_eq!(sentence_case("ensure ICT safety"), "Ensure ICT safety");
        assert_eq!(sentence_case(""), "");
    }
}
