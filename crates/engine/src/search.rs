//! Typo-tolerant occupation search over titles and alternative labels.
//!
//! Labels are split into normalised words. A query matches a label when every query word matches
//! some word of the label exactly, as a prefix, or within a small edit distance; the label's score
//! rewards exact over prefix over fuzzy matches, titles over alternative labels, and labels that
//! the query covers more completely. An occupation ranks by its best label.
//!
//! The word vocabulary is built once, so a keystroke compares each query word with each distinct
//! word (a few thousand) rather than with every label.

use std::collections::HashMap;

/// Scores of how one query word matched one label word.
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.8;
const FUZZY: f32 = 0.6;
/// An alternative label's score is scaled by this, so a title outranks an equal alternative.
const ALT_LABEL_FACTOR: f32 = 0.92;
/// Query words shorter than this only match exactly or as a prefix: "it" must not match "at".
const MIN_FUZZY_LEN: usize = 4;

/// A search result: an occupation and how well it matched.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// Position of the occupation in the list the index was built from.
    pub occupation: usize,
    /// Relevance, higher is better.
    pub score: f32,
    /// The label that matched best (the title or an alternative label).
    pub matched_label: usize,
}

struct Label {
    occupation: usize,
    /// 0 is the title; 1.. are alternative labels in their given order.
    rank_in_occupation: usize,
    word_count: usize,
}

/// A search index over occupations' titles and alternative labels.
pub struct SearchIndex {
    labels: Vec<Label>,
    /// Distinct words, with the labels (and word positions) they occur in.
    vocabulary: Vec<(String, Vec<(u32, u16)>)>,
}

impl SearchIndex {
    /// Builds the index. `occupations` yields, for each occupation in order, its title followed by
    /// its alternative labels.
    pub fn new<'a, I, L>(occupations: I) -> Self
    where
        I: IntoIterator<Item = L>,
        L: IntoIterator<Item = &'a str>,
    {
        let mut labels = Vec::new();
        let mut word_ids: HashMap<String, usize> = HashMap::new();
        let mut vocabulary: Vec<(String, Vec<(u32, u16)>)> = Vec::new();
        for (occupation, texts) in occupations.into_iter().enumerate() {
            for (rank_in_occupation, text) in texts.into_iter().enumerate() {
                let label_id = labels.len() as u32;
                let words = normalised_words(text);
                for (position, word) in words.iter().enumerate() {
                    let id = *word_ids.entry(word.clone()).or_insert_with(|| {
                        vocabulary.push((word.clone(), Vec::new()));
                        vocabulary.len() - 1
                    });
                    vocabulary[id].1.push((label_id, position as u16));
                }
                labels.push(Label {
                    occupation,
                    rank_in_occupation,
                    word_count: words.len(),
                });
            }
        }
        SearchIndex { labels, vocabulary }
    }

    /// The best `limit` occupations for `query`, best first; ties go to the earlier occupation.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let query_words = normalised_words(query);
        if query_words.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Per label: the best match score of each query word so far.
        let mut per_label: HashMap<u32, Vec<f32>> = HashMap::new();
        for (qi, query_word) in query_words.iter().enumerate() {
            for (word, postings) in &self.vocabulary {
                let Some(score) = word_match(query_word, word) else {
                    continue;
                };
                for &(label, _) in postings {
                    let scores = per_label
                        .entry(label)
                        .or_insert_with(|| vec![0.0; query_words.len()]);
                    scores[qi] = scores[qi].max(score);
                }
            }
        }

        let mut best: HashMap<usize, SearchHit> = HashMap::new();
        for (label_id, scores) in per_label {
            if scores.contains(&0.0) {
                continue;
            }
            let label = &self.labels[label_id as usize];
            let matched: f32 = scores.iter().sum::<f32>() / scores.len() as f32;
            // How much of the label the query accounts for: "ciso" covers all of "CISO".
            let coverage = (query_words.len() as f32 / label.word_count.max(1) as f32).min(1.0);
            let mut score = matched * (0.7 + 0.3 * coverage);
            if label.rank_in_occupation > 0 {
                score *= ALT_LABEL_FACTOR;
            }
            let hit = SearchHit {
                occupation: label.occupation,
                score,
                matched_label: label.rank_in_occupation,
            };
            best.entry(label.occupation)
                .and_modify(|current| {
                    if is_better(&hit, current) {
                        *current = hit.clone();
                    }
                })
                .or_insert(hit);
        }
        let mut hits: Vec<SearchHit> = best.into_values().collect();
        hits.sort_by(|a, b| {
            b.score
                .total_cmp(&a.score)
                .then(a.occupation.cmp(&b.occupation))
        });
        hits.truncate(limit);
        hits
    }
}

fn is_better(candidate: &SearchHit, current: &SearchHit) -> bool {
    candidate.score > current.score
        || (candidate.score == current.score && candidate.matched_label < current.matched_label)
}

/// How well one query word matches one label word, if at all.
fn word_match(query: &str, word: &str) -> Option<f32> {
    if query == word {
        return Some(EXACT);
    }
    if word.starts_with(query) {
        return Some(PREFIX);
    }
    let query_len = query.chars().count();
    if query_len < MIN_FUZZY_LEN {
        return None;
    }
    let allowed = if query_len >= 8 { 2 } else { 1 };
    // A typo in a prefix still counts: "securt" should find "security".
    let word_prefix: String = word.chars().take(query_len + allowed).collect();
    let distance = bounded_edit_distance(query, &word_prefix, allowed)
        .or_else(|| bounded_edit_distance(query, word, allowed))?;
    (distance <= allowed).then_some(FUZZY)
}

/// Lower-cased words of ASCII letters and digits, with common Latin accents folded.
pub fn normalised_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut current = String::new();
    for ch in text.chars().flat_map(char::to_lowercase) {
        let folded = fold_accent(ch);
        if folded.is_ascii_alphanumeric() {
            current.push(folded);
        } else if !current.is_empty() {
            words.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        words.push(current);
    }
    words
}

/// Folds the common Latin accents to their ASCII letter (é → e); other characters pass through.
/// Search and the dataset's URL slugs fold the same way.
pub fn fold_accent(ch: char) -> char {
    match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) if it is at most
/// `bound`; `None` as soon as it must exceed it.
fn bounded_edit_distance(a: &str, b: &str, bound: usize) -> Option<usize> {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let width = b.len() + 1;
    let mut before_previous = vec![0usize; width];
    let mut previous: Vec<usize> = (0..width).collect();
    let mut current = vec![0usize; width];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut value = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                value = value.min(before_previous[j - 2] + 1);
            }
            current[j] = value;
            row_min = row_min.min(value);
        }
        if row_min > bound {
            return None;
        }
        std::mem::swap(&mut before_previous, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = previous[b.len()];
    (distance <= bound).then_some(distance)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> SearchIndex {
        SearchIndex::new([
            vec![
                "chief ICT security officer",
                "CISO",
                "chief information security officer",
            ],
            vec!["ICT security manager", "information security manager"],
            vec!["security guard", "security officer"],
            vec!["café manager"],
        ])
    }

    fn first(index: &SearchIndex, query: &str) -> Option<usize> {
        index.search(query, 5).first().map(|hit| hit.occupation)
    }

    #[test]
    fn words_are_lower_cased_split_and_accent_folded() {
        assert_eq!(
            normalised_words("Café-Manager (ICT)"),
            ["cafe", "manager", "ict"]
        );
        assert!(normalised_words("  -- ").is_empty());
    }

    #[test]
    fn edit_distance_counts_transpositions_once_and_respects_the_bound() {
        assert_eq!(bounded_edit_distance("securty", "security", 1), Some(1));
        assert_eq!(bounded_edit_distance("secuirty", "security", 1), Some(1));
        assert_eq!(bounded_edit_distance("kitten", "sitting", 2), None);
        assert_eq!(bounded_edit_distance("kitten", "sitting", 3), Some(3));
    }

    #[test]
    fn an_acronym_alternative_label_finds_its_occupation() {
        assert_eq!(first(&index(), "ciso"), Some(0));
    }

    #[test]
    fn a_typo_still_finds_the_occupation() {
        let hits = index().search("securty officer", 5);
        let found: Vec<usize> = hits.iter().map(|hit| hit.occupation).collect();
        // "security officer" is occupation 2's alternative label, "chief ICT security officer"
        // occupation 0's title: both match every word; occupation 1 has no "officer".
        assert!(found.contains(&0) && found.contains(&2));
        assert!(!found.contains(&1));
    }

    #[test]
    fn every_query_word_must_match() {
        assert_eq!(first(&index(), "security xylophone"), None);
    }

    #[test]
    fn prefixes_match_while_typing() {
        assert_eq!(first(&index(), "caf"), Some(3));
    }

    #[test]
    fn a_complete_match_outranks_a_partial_one() {
        // "security guard" is fully covered by the query; the others only partly or not at all.
        assert_eq!(first(&index(), "security guard"), Some(2));
    }

    #[test]
    fn short_words_do_not_match_fuzzily() {
        assert_eq!(word_match("ict", "act"), None);
        assert_eq!(word_match("ict", "ict"), Some(EXACT));
    }

    #[test]
    fn the_limit_caps_the_results_and_an_empty_query_finds_nothing() {
        assert_eq!(index().search("security", 2).len(), 2);
        assert!(index().search("   ", 5).is_empty());
    }
}
