//! Typo-tolerant occupation search over titles and alternative labels.
//!
//! Labels are split into normalised words. A query word matches a label word exactly, as a
//! prefix (while typing), or within a small edit distance (a typo). An occupation ranks by its
//! best label; labels are ranked by these rules, each deciding only between labels the ones
//! before it leave tied:
//!
//! 1. **How much of the query the label matches**: the mean over the query words of how each
//!    matched (exact 1, prefix 0.8, fuzzy 0.6, not at all 0). A word that matches no label
//!    anywhere is left out, so "ux designer" is searched as "designer". Words are not weighted
//!    by rarity: the words that name occupations ("driver", "teacher") are among the commonest,
//!    and a rare typo guess ("uber" as "user") would outrank the word the user meant.
//! 2. **The query names the whole label**: every word of the label is matched, each query word
//!    accounting for one label word ("chef" is all of "chef"; "truck driver" is all of a cargo
//!    vehicle driver's alternative label).
//! 3. **Titles before alternative labels.**
//! 4. **Broad occupations before specialised ones.** An occupation is as broad as the number of
//!    other occupations whose titles contain every word of its title: "secondary school teacher"
//!    is contained in twenty titles such as "biology teacher secondary school", "dance teacher"
//!    in none. So "teacher" lists the broad teachers first, and among equal matches a title
//!    ranks above the titles that specialise it.
//! 5. **The share of the label's words the query matches**: fewer extra words first.
//! 6. The earlier occupation, then its earlier label.
//!
//! When some label matches every query word, only such labels are results. When none does, the
//! results are the best partial matches by the same rules, and [`SearchResults::partial`] says
//! so: "uber driver" finds drivers rather than nothing.
//!
//! The word vocabulary is built once, so a keystroke compares each query word with each distinct
//! word (a few thousand) rather than with every label.

use std::cmp::Ordering;
use std::collections::HashMap;

/// Scores of how one query word matched one label word.
const EXACT: f32 = 1.0;
const PREFIX: f32 = 0.8;
const FUZZY: f32 = 0.6;
/// Query words shorter than this only match exactly or as a prefix: "it" must not match "at".
const MIN_FUZZY_LEN: usize = 4;
/// Label words past this position still match but do not count towards the label's coverage.
const MAX_COUNTED_WORDS: usize = 64;
/// A label no query word has matched yet.
const UNTOUCHED: u32 = u32::MAX;

/// A search result: an occupation and how well it matched.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchHit {
    /// Position of the occupation in the list the index was built from.
    pub occupation: usize,
    /// How much of the query the label matched (rule 1 of the module docs), from 0 to 1: 1 when
    /// every query word that matches any label matched this one exactly.
    pub score: f32,
    /// The label that matched best (0 is the title, 1.. the alternative labels in order).
    pub matched_label: usize,
}

/// What a search found, best first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SearchResults {
    /// At most the requested number of hits, best first.
    pub hits: Vec<SearchHit>,
    /// No label matched every query word, so `hits` are the closest partial matches.
    pub partial: bool,
}

impl IntoIterator for SearchResults {
    type Item = SearchHit;
    type IntoIter = std::vec::IntoIter<SearchHit>;

    fn into_iter(self) -> Self::IntoIter {
        self.hits.into_iter()
    }
}

struct Label {
    occupation: u32,
    /// 0 is the title; 1.. are alternative labels in their given order.
    rank_in_occupation: u32,
    word_count: u16,
}

/// A search index over occupations' titles and alternative labels.
pub struct SearchIndex {
    labels: Vec<Label>,
    /// Distinct words, with the labels (and word positions) they occur in.
    vocabulary: Vec<(String, Vec<(u32, u16)>)>,
    /// Per occupation: how many other occupations' titles contain every word of its title.
    breadth: Vec<u32>,
}

/// How one label matched: the ranking key of the module docs, best first.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    score: f32,
    complete: bool,
    title: bool,
    breadth: u32,
    coverage: f32,
    occupation: u32,
    rank_in_occupation: u32,
}

impl Candidate {
    /// `Less` when `self` ranks before `other`.
    fn rank(&self, other: &Candidate) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(other.complete.cmp(&self.complete))
            .then(other.title.cmp(&self.title))
            .then(other.breadth.cmp(&self.breadth))
            .then(other.coverage.total_cmp(&self.coverage))
            .then(self.occupation.cmp(&other.occupation))
            .then(self.rank_in_occupation.cmp(&other.rank_in_occupation))
    }
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
        // Per occupation, the sorted distinct word ids of its title.
        let mut title_words: Vec<Vec<usize>> = Vec::new();
        for (occupation, texts) in occupations.into_iter().enumerate() {
            title_words.push(Vec::new());
            for (rank_in_occupation, text) in texts.into_iter().enumerate() {
                let label_id = labels.len() as u32;
                let words = normalised_words(text);
                for (position, word) in words.iter().enumerate() {
                    let id = *word_ids.entry(word.clone()).or_insert_with(|| {
                        vocabulary.push((word.clone(), Vec::new()));
                        vocabulary.len() - 1
                    });
                    vocabulary[id]
                        .1
                        .push((label_id, position.min(u16::MAX as usize) as u16));
                    if rank_in_occupation == 0 {
                        title_words[occupation].push(id);
                    }
                }
                labels.push(Label {
                    occupation: occupation as u32,
                    rank_in_occupation: rank_in_occupation as u32,
                    word_count: words.len().min(u16::MAX as usize) as u16,
                });
            }
        }
        for words in &mut title_words {
            words.sort_unstable();
            words.dedup();
        }
        let breadth = breadths(&title_words, vocabulary.len());
        SearchIndex {
            labels,
            vocabulary,
            breadth,
        }
    }

    /// The best `limit` occupations for `query`, ranked by the rules of the module docs.
    pub fn search(&self, query: &str, limit: usize) -> SearchResults {
        let query_words = normalised_words(query);
        if query_words.is_empty() || limit == 0 {
            return SearchResults::default();
        }
        let width = query_words.len();
        // Per label touched and query word: the best match and the label word it matched. Each
        // query word accounts for one label word, so "school" does not cover all of "school
        // schoolteacher".
        let mut slot_of_label: Vec<u32> = vec![UNTOUCHED; self.labels.len()];
        let mut touched: Vec<u32> = Vec::new();
        let mut best: Vec<f32> = Vec::new();
        let mut best_position: Vec<u16> = Vec::new();
        for (qi, query_word) in query_words.iter().enumerate() {
            for (word, postings) in &self.vocabulary {
                let Some(score) = word_match(query_word, word) else {
                    continue;
                };
                for &(label, position) in postings {
                    let slot = &mut slot_of_label[label as usize];
                    if *slot == UNTOUCHED {
                        *slot = touched.len() as u32;
                        touched.push(label);
                        best.extend(std::iter::repeat_n(0.0, width));
                        best_position.extend(std::iter::repeat_n(0, width));
                    }
                    let cell = *slot as usize * width + qi;
                    if score > best[cell] {
                        best[cell] = score;
                        best_position[cell] = position;
                    }
                }
            }
        }

        // Words that match no label anywhere are left out of rule 1's share.
        let mut known = vec![false; width];
        for scores in best.chunks_exact(width) {
            for (known, &score) in known.iter_mut().zip(scores) {
                *known |= score > 0.0;
            }
        }
        let known_words = known.iter().filter(|&&known| known).count();
        if known_words == 0 {
            return SearchResults::default();
        }
        let matches_every_word = |scores: &[f32]| scores.iter().all(|&score| score > 0.0);
        let partial = !best.chunks_exact(width).any(matches_every_word);

        let mut per_occupation: Vec<Option<Candidate>> = vec![None; self.breadth.len()];
        for (slot, &label_id) in touched.iter().enumerate() {
            let scores = &best[slot * width..(slot + 1) * width];
            if !partial && !matches_every_word(scores) {
                continue;
            }
            let label = &self.labels[label_id as usize];
            let counted_words = (label.word_count as usize).clamp(1, MAX_COUNTED_WORDS);
            let covered = scores
                .iter()
                .zip(&best_position[slot * width..(slot + 1) * width])
                .filter(|&(&score, &position)| {
                    score > 0.0 && (position as usize) < MAX_COUNTED_WORDS
                })
                .fold(0u64, |mask, (_, &position)| mask | 1 << position)
                .count_ones() as usize;
            let candidate = Candidate {
                score: scores.iter().sum::<f32>() / known_words as f32,
                complete: covered >= counted_words,
                title: label.rank_in_occupation == 0,
                breadth: self.breadth[label.occupation as usize],
                coverage: covered as f32 / counted_words as f32,
                occupation: label.occupation,
                rank_in_occupation: label.rank_in_occupation,
            };
            let current = &mut per_occupation[label.occupation as usize];
            if current.is_none_or(|current| candidate.rank(&current) == Ordering::Less) {
                *current = Some(candidate);
            }
        }
        let mut ranked: Vec<Candidate> = per_occupation.into_iter().flatten().collect();
        ranked.sort_unstable_by(Candidate::rank);
        ranked.truncate(limit);
        SearchResults {
            hits: ranked
                .into_iter()
                .map(|candidate| SearchHit {
                    occupation: candidate.occupation as usize,
                    score: candidate.score,
                    matched_label: candidate.rank_in_occupation as usize,
                })
                .collect(),
            partial,
        }
    }
}

/// Per occupation, how many other occupations' titles contain every word of its title (rule 4).
/// `title_words` holds each title's sorted distinct word ids, below `vocabulary_len`.
fn breadths(title_words: &[Vec<usize>], vocabulary_len: usize) -> Vec<u32> {
    let mut titles_with_word: Vec<Vec<u32>> = vec![Vec::new(); vocabulary_len];
    for (occupation, words) in title_words.iter().enumerate() {
        for &word in words {
            titles_with_word[word].push(occupation as u32);
        }
    }
    title_words
        .iter()
        .enumerate()
        .map(|(occupation, words)| {
            // Candidates are the titles with its rarest word; each must hold the others too.
            let Some(&rarest) = words
                .iter()
                .min_by_key(|&&word| titles_with_word[word].len())
            else {
                return 0;
            };
            titles_with_word[rarest]
                .iter()
                .filter(|&&other| {
                    other as usize != occupation
                        && words
                            .iter()
                            .all(|word| title_words[other as usize].binary_search(word).is_ok())
                })
                .count() as u32
        })
        .collect()
}

/// How well one query word matches one label word, if at all. Both are normalised words, so
/// ASCII and compared byte by byte.
fn word_match(query: &str, word: &str) -> Option<f32> {
    if query == word {
        return Some(EXACT);
    }
    if word.starts_with(query) {
        return Some(PREFIX);
    }
    let (query, word) = (query.as_bytes(), word.as_bytes());
    if query.len() < MIN_FUZZY_LEN {
        return None;
    }
    let allowed = if query.len() >= 8 { 2 } else { 1 };
    // A typo in a prefix still counts: "securt" should find "security". (A longer word is never
    // within `allowed` of the query, so its prefix is the only comparison that can succeed.)
    let word_prefix = &word[..word.len().min(query.len() + allowed)];
    let distance = bounded_edit_distance(query, word_prefix, allowed)?;
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

/// Optimal-string-alignment distance (Levenshtein plus adjacent transpositions) of two byte
/// strings if it is at most `bound`; `None` as soon as it must exceed it.
fn bounded_edit_distance(a: &[u8], b: &[u8], bound: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > bound {
        return None;
    }
    let width = b.len() + 1;
    // Three rows, on the stack for words of ordinary length: this runs for every vocabulary word
    // on every keystroke.
    let mut stack = [0usize; 3 * 32];
    let mut heap = Vec::new();
    let rows: &mut [usize] = if 3 * width <= stack.len() {
        &mut stack[..3 * width]
    } else {
        heap.resize(3 * width, 0);
        &mut heap
    };
    let (before_previous, rest) = rows.split_at_mut(width);
    let (previous, current) = rest.split_at_mut(width);
    let (mut before_previous, mut previous, mut current) = (before_previous, previous, current);
    for (j, cell) in previous.iter_mut().enumerate() {
        *cell = j;
    }
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

    /// Broad and specialised teachers, as ESCO names them.
    fn teachers() -> SearchIndex {
        SearchIndex::new([
            vec!["dance teacher"],
            vec!["primary school teacher", "elementary school teacher"],
            vec!["secondary school teacher"],
            vec!["biology teacher secondary school"],
            vec!["special needs teacher primary school"],
            vec!["primary school head teacher"],
        ])
    }

    fn occupations(results: &SearchResults) -> Vec<usize> {
        results.hits.iter().map(|hit| hit.occupation).collect()
    }

    fn first(index: &SearchIndex, query: &str) -> Option<usize> {
        index
            .search(query, 5)
            .hits
            .first()
            .map(|hit| hit.occupation)
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
        assert_eq!(bounded_edit_distance(b"securty", b"security", 1), Some(1));
        assert_eq!(bounded_edit_distance(b"secuirty", b"security", 1), Some(1));
        assert_eq!(bounded_edit_distance(b"kitten", b"sitting", 2), None);
        assert_eq!(bounded_edit_distance(b"kitten", b"sitting", 3), Some(3));
        // Longer than the stack rows hold.
        let long = "a".repeat(40);
        let typo = format!("{}b", "a".repeat(39));
        assert_eq!(
            bounded_edit_distance(long.as_bytes(), typo.as_bytes(), 1),
            Some(1)
        );
    }

    #[test]
    fn an_acronym_alternative_label_finds_its_occupation() {
        assert_eq!(first(&index(), "ciso"), Some(0));
    }

    #[test]
    fn a_typo_still_finds_the_occupation() {
        let results = index().search("securty officer", 5);
        let found = occupations(&results);
        // "security officer" is occupation 2's alternative label, "chief ICT security officer"
        // occupation 0's title: both match every word; occupation 1 has no "officer".
        assert!(found.contains(&0) && found.contains(&2));
        assert!(!found.contains(&1));
        assert!(!results.partial);
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
        assert_eq!(index().search("security", 2).hits.len(), 2);
        assert_eq!(index().search("   ", 5), SearchResults::default());
        assert_eq!(index().search("security", 0), SearchResults::default());
    }

    // Breadth: each title counts the other titles that contain all its words.
    #[test]
    fn breadth_counts_the_titles_that_specialise_a_title() {
        // "primary school teacher" is in "special needs teacher primary school" and "primary
        // school head teacher"; "secondary school teacher" in "biology teacher secondary school".
        assert_eq!(teachers().breadth, [0, 2, 1, 0, 0, 0]);
        // A repeated title specialises its twin; a title without words specialises nothing.
        let twins = SearchIndex::new([vec!["clerk"], vec!["Clerk"], vec!["--"]]);
        assert_eq!(twins.breadth, [1, 1, 0]);
    }

    // "teacher" must list the broad teachers before dance teachers (rule 4, then rule 5).
    #[test]
    fn a_broad_query_lists_broad_occupations_first() {
        let results = teachers().search("teacher", 10);
        // Every title matches "teacher" exactly and none is only "teacher". By breadth: primary
        // (2), secondary (1); then the rest by the share of their words matched: dance 1/2,
        // biology 1/4 and head 1/4 (by position), special needs 1/5.
        assert_eq!(occupations(&results), [1, 2, 0, 3, 5, 4]);
        assert!(results.hits.iter().all(|hit| hit.matched_label == 0));
        assert!(results.hits.iter().all(|hit| hit.score == EXACT));
        assert!(!results.partial);
    }

    #[test]
    fn a_title_ranks_above_the_titles_that_specialise_it() {
        // Both match "secondary school" exactly and partly; the broader one comes first.
        assert_eq!(
            occupations(&teachers().search("secondary school", 10)),
            [2, 3]
        );
    }

    #[test]
    fn an_alternative_label_the_query_names_fully_outranks_a_longer_title() {
        let drivers = SearchIndex::new([
            vec!["moving truck driver"],
            vec!["cargo vehicle driver", "truck driver"],
        ]);
        let results = drivers.search("truck driver", 5);
        assert_eq!(occupations(&results), [1, 0]);
        assert_eq!(results.hits[0].matched_label, 1);
    }

    #[test]
    fn a_query_word_covers_one_label_word() {
        // "school" matches "school" exactly and "schoolteacher" as a prefix, but covers only one
        // of them: the alternative label is not complete, so the title (also 2 of 3) wins.
        let schools = SearchIndex::new([vec![
            "secondary school teacher",
            "secondary school schoolteacher",
        ]]);
        let hit = &schools.search("secondary school", 5).hits[0];
        assert_eq!(hit.matched_label, 0);
    }

    #[test]
    fn exact_words_outrank_typo_matches() {
        // "driver" is one edit from "diver": a match, but after every exact one.
        let drivers = SearchIndex::new([vec!["diver"], vec!["bus driver"]]);
        let results = drivers.search("driver", 5);
        assert_eq!(occupations(&results), [1, 0]);
        assert_eq!(results.hits[0].score, EXACT);
        assert_eq!(results.hits[1].score, FUZZY);
    }

    // "uber driver" found nothing; it must find drivers and say the match is partial.
    #[test]
    fn when_no_label_matches_every_word_the_best_partial_matches_are_returned() {
        let drivers = SearchIndex::new([
            vec!["user researcher"],
            vec!["bus driver", "coach driver"],
            vec!["taxi driver"],
            vec!["bus conductor"],
        ]);
        let results = drivers.search("uber bus driver", 5);
        assert!(results.partial);
        // "uber" is one edit from "user" (fuzzy 0.6); no label has all three words. Shares of
        // the query: bus driver (1 + 1) / 3; taxi driver and bus conductor 1/3; user researcher
        // 0.6/3. Bus conductor and taxi driver tie to the end, so the earlier occupation first.
        assert_eq!(occupations(&results), [1, 2, 3, 0]);
        let scores: Vec<f32> = results.hits.iter().map(|hit| hit.score).collect();
        assert_eq!(scores, [2.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0, 0.6 / 3.0]);
    }

    #[test]
    fn a_word_no_label_has_is_left_out_and_the_results_say_they_are_partial() {
        // "xylophone" matches nothing at all, so "security" alone decides, with full weight.
        let results = index().search("security xylophone", 5);
        assert!(results.partial);
        assert_eq!(results.hits.len(), 3);
        assert!(results.hits.iter().all(|hit| hit.score == EXACT));
        // Only unknown words: nothing to show, and nothing partial about it.
        assert_eq!(index().search("xylophone", 5), SearchResults::default());
    }

    // Partial matches must never be mixed into, or replace, full ones.
    #[test]
    fn a_full_match_means_no_partial_results() {
        // Only occupation 0 has both words; occupations 1 and 2 have "security" alone.
        let results = index().search("chief security", 5);
        assert!(!results.partial);
        assert_eq!(occupations(&results), [0]);
    }
}
