// Reads the committed file from disk, which a wasm32 test cannot.
#![cfg(not(target_arch = "wasm32"))]
//! Search over the committed `public/data/index/`, built as the app builds it. The expected
//! results are derived from the data and the ranking rules of `search`'s module docs.

use std::collections::BTreeSet;

use careerlens_engine::model::{Index, IndexPart};
use careerlens_engine::search::{SearchIndex, SearchResults, normalised_words};

/// How many results the search box shows.
const LIMIT: usize = 8;

/// The committed index with every part.
fn load() -> Index {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/");
    Index::read_parts(&IndexPart::EXTRA, |part| {
        std::fs::read_to_string(format!("{data}{}", part.file())).map_err(|e| e.to_string())
    })
    .expect("the committed index reads")
}

/// The search index as `LoadedIndex::new` builds it: each title, then its alternative labels.
fn search_index(index: &Index) -> SearchIndex {
    SearchIndex::new(index.occupations.iter().map(|occupation| {
        std::iter::once(occupation.title.as_str())
            .chain(occupation.alt_labels.iter().map(String::as_str))
    }))
}

fn label(index: &Index, occupation: usize, rank: usize) -> &str {
    let occupation = &index.occupations[occupation];
    match rank {
        0 => &occupation.title,
        n => &occupation.alt_labels[n - 1],
    }
}

fn has_word(text: &str, word: &str) -> bool {
    normalised_words(text).iter().any(|w| w == word)
}

fn every_word(index: &Index) -> BTreeSet<String> {
    index
        .occupations
        .iter()
        .flat_map(|o| std::iter::once(&o.title).chain(&o.alt_labels))
        .flat_map(|text| normalised_words(text))
        .collect()
}

/// Asserts that the results are partial and that every hit matched `word` exactly: the query's
/// other word matches no label word at all, or only by a typo, which counts for less.
fn assert_partial_matches_of(index: &Index, results: &SearchResults, word: &str) {
    assert!(results.partial, "{results:?}");
    assert_eq!(results.hits.len(), LIMIT);
    for hit in &results.hits {
        let matched = label(index, hit.occupation, hit.matched_label);
        assert!(has_word(matched, word), "{matched:?} has no {word:?}");
    }
    assert!(
        results
            .hits
            .iter()
            .any(|hit| has_word(&index.occupations[hit.occupation].title, word)),
        "no title with {word:?}"
    );
}

// "ux designer" found nothing: no label has a word starting with "ux".
#[test]
fn ux_designer_finds_designers_and_says_the_match_is_partial() {
    let index = load();
    assert!(!every_word(&index).iter().any(|w| w.starts_with("ux")));
    let results = search_index(&index).search("ux designer", LIMIT);
    assert_partial_matches_of(&index, &results, "designer");
    // "ux" is left out of the share, so each exact "designer" is a whole match of what is left.
    assert!(results.hits.iter().all(|hit| hit.score == 1.0));
}

// "uber driver" found nothing: "uber" is only a typo away from "user", and no label has both.
#[test]
fn uber_driver_finds_drivers_and_says_the_match_is_partial() {
    let index = load();
    let results = search_index(&index).search("uber driver", LIMIT);
    assert_partial_matches_of(&index, &results, "driver");
    // Half the query matched exactly: more than "uber" as "user" (0.6 of one word in two).
    assert!(results.hits.iter().all(|hit| hit.score == 0.5));
}

/// Rule 4's breadth, counted the slow way: the other titles holding every word of this one.
fn breadth(titles: &[BTreeSet<String>], occupation: usize) -> usize {
    let words = &titles[occupation];
    (0..titles.len())
        .filter(|&other| other != occupation && words.is_subset(&titles[other]))
        .count()
}

// "teacher" listed dance, drama and music teachers before primary and secondary school teachers.
#[test]
fn teacher_lists_the_broad_teachers_first() {
    let index = load();
    let results = search_index(&index).search("teacher", LIMIT);
    assert!(!results.partial);

    // Rules 1 to 6 for a one-word query: more titles have the exact word than are shown, and no
    // label is only "teacher", so the results are titles with the word, by breadth, then by
    // fewer words, then by position.
    let titles: Vec<BTreeSet<String>> = index
        .occupations
        .iter()
        .map(|o| normalised_words(&o.title).into_iter().collect())
        .collect();
    let every_label = index
        .occupations
        .iter()
        .flat_map(|o| std::iter::once(&o.title).chain(&o.alt_labels));
    assert!(
        every_label
            .clone()
            .all(|l| normalised_words(l) != ["teacher"])
    );
    let mut expected: Vec<(usize, usize, usize)> = index
        .occupations
        .iter()
        .enumerate()
        .filter(|(_, o)| has_word(&o.title, "teacher"))
        .map(|(position, o)| {
            let words = normalised_words(&o.title).len();
            (position, breadth(&titles, position), words)
        })
        .collect();
    assert!(expected.len() > LIMIT);
    expected
        .sort_by_key(|&(position, breadth, words)| (std::cmp::Reverse(breadth), words, position));
    let expected: Vec<usize> = expected[..LIMIT].iter().map(|&(p, ..)| p).collect();
    let found: Vec<usize> = results.hits.iter().map(|hit| hit.occupation).collect();
    assert_eq!(found, expected);

    // What that means for the teachers the issue names.
    let rank = |title: &str| {
        results
            .hits
            .iter()
            .position(|hit| index.occupations[hit.occupation].title == title)
    };
    let primary = rank("primary school teacher").expect("primary school teacher is listed");
    let secondary = rank("secondary school teacher").expect("secondary school teacher is listed");
    for specialised in ["dance teacher", "drama teacher", "music teacher"] {
        if let Some(position) = rank(specialised) {
            assert!(primary < position && secondary < position, "{specialised}");
        }
    }
}

// The fallback must not touch queries that match in full.
#[test]
fn full_matches_are_unchanged_and_never_partial() {
    let index = load();
    let search = search_index(&index);
    for (query, title) in [
        ("ciso", "chief ICT security officer"),
        ("software developer", "software developer"),
        ("securty guard", "security guard"),
    ] {
        let results = search.search(query, LIMIT);
        assert!(!results.partial, "{query}");
        assert_eq!(index.occupations[results.hits[0].occupation].title, title);
    }
}
