//! Browser benchmark: the similar-role queries, the career-fit ranking and search in WebAssembly, in
//! headless Chromium, on the shipped index (`public/data/index/`, embedded at compile time). It
//! prints timings and asserts nothing about them. It only runs when asked, since it is a
//! measurement, not a test:
//!
//! ```text
//! CAREERLENS_WASM_BENCH=1 CHROMEDRIVER=/usr/bin/chromedriver \
//!     cargo test -p careerlens-engine --target wasm32-unknown-unknown --release --test wasm_bench
//! ```
//!
//! Without `CAREERLENS_WASM_BENCH` set at compile time the test returns at once.

#![cfg(target_arch = "wasm32")]

use careerlens_engine::assessment::{Answers, ITEMS, Scale, UserProfile};
use careerlens_engine::fit;
use careerlens_engine::model::{Index, IndexPart};
use careerlens_engine::search::SearchIndex;
use careerlens_engine::similarity::SimilarityIndex;
use wasm_bindgen_test::{console_log, wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const CORE_JSON: &str = include_str!("../../../public/data/index/core.json");
const POSTINGS_JSON: &str = include_str!("../../../public/data/index/postings.json");
const LABELS_JSON: &str = include_str!("../../../public/data/index/labels.json");
const ONET_JSON: &str = include_str!("../../../public/data/index/onet.json");

/// The embedded index with `parts` beside the core.
fn index_with(parts: &[IndexPart]) -> Index {
    Index::read_parts(parts, |part| {
        Ok(match part {
            IndexPart::Core => CORE_JSON,
            IndexPart::Postings => POSTINGS_JSON,
            IndexPart::Labels => LABELS_JSON,
            IndexPart::Onet => ONET_JSON,
            IndexPart::Ids => unreachable!("the benchmarks have no use for the ids"),
        }
        .to_owned())
    })
    .expect("the embedded index reads")
}

fn now() -> f64 {
    js_sys::Date::now()
}

/// Median of the samples (milliseconds).
fn median(mut samples: Vec<f64>) -> f64 {
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

#[wasm_bindgen_test]
fn similarity_timings() {
    if option_env!("CAREERLENS_WASM_BENCH").is_none() {
        console_log!("wasm_bench: skipped (set CAREERLENS_WASM_BENCH=1 at build time to run)");
        return;
    }
    let t = now();
    let index = index_with(&[IndexPart::Postings]);
    let parse_ms = now() - t;
    let profiles = index.skill_profiles();

    let t = now();
    let similarity = SimilarityIndex::build(&profiles);
    let build_ms = now() - t;

    // Top-20 for one occupation: Date.now() has 1 ms resolution, so time batches of 1,000
    // queries (different origins) and divide.
    let mut scratch = similarity.scratch();
    let mut out = Vec::new();
    let n = similarity.len();
    let mut one = Vec::new();
    let mut origin = 0;
    for _ in 0..15 {
        let t = now();
        for _ in 0..1000 {
            origin = (origin + 97) % n;
            similarity.top_k_into(origin, 20, &mut scratch, &mut out);
        }
        one.push((now() - t) / 1000.0);
    }

    let mut all = Vec::new();
    let mut listed = 0;
    for _ in 0..15 {
        let t = now();
        let lists = similarity.top_k_all(20);
        all.push(now() - t);
        listed = lists.iter().map(Vec::len).sum::<usize>();
    }

    console_log!(
        "wasm_bench: {} occupations; parse the core and postings {:.0} ms; build similarity index {:.0} ms; \
         top-20 one occupation median {:.4} ms (15 batches of 1,000, min {:.4}); top-20 all occupations \
         median {:.0} ms (min {:.0}, {} runs, {} neighbours listed)",
        n,
        parse_ms,
        build_ms,
        median(one.clone()),
        one.iter().copied().fold(f64::INFINITY, f64::min),
        median(all.clone()),
        all.iter().copied().fold(f64::INFINITY, f64::min),
        all.len(),
        listed
    );
}

/// A complete set of answers: investigative activities liked, the rest not, and every work
/// style, work value and the job zone answered, so each occupation is scored on all four
/// components.
fn full_answers() -> Answers {
    let mut answers = Answers {
        job_zone: Some(4),
        ..Answers::default()
    };
    for (position, item) in ITEMS.iter().enumerate() {
        answers.ratings[position] = Some(match item.scale {
            Scale::Interest(1) => 5,
            Scale::Interest(area) => 1 + (area % 2) as u8,
            _ => 1 + (position % 5) as u8,
        });
    }
    answers
}

#[wasm_bindgen_test]
fn fit_ranking_timings() {
    if option_env!("CAREERLENS_WASM_BENCH").is_none() {
        console_log!("wasm_bench: skipped (set CAREERLENS_WASM_BENCH=1 at build time to run)");
        return;
    }
    let index = index_with(&[IndexPart::Onet]);
    let answers = full_answers();

    // Answers to profile to ranking of every occupation, as the results page does it. Date.now()
    // has 1 ms resolution, so time 15 batches of 50 rankings and divide.
    let mut rank_ms = Vec::new();
    let mut ranked = 0;
    for _ in 0..15 {
        let t = now();
        for _ in 0..50 {
            let user = UserProfile::from_answers(&answers);
            ranked = fit::rank(&user, &index).len();
        }
        rank_ms.push((now() - t) / 50.0);
    }

    // The ranking plus the reasons of the 20 shown.
    let mut explained_ms = Vec::new();
    for _ in 0..15 {
        let t = now();
        for _ in 0..50 {
            let user = UserProfile::from_answers(&answers);
            for r in fit::rank(&user, &index).iter().take(20) {
                let reasons = fit::explain(&user, (&index.occupations[r.occupation]).into());
                assert!(!reasons.reasons.is_empty() || reasons.mismatch.is_some());
            }
        }
        explained_ms.push((now() - t) / 50.0);
    }

    console_log!(
        "wasm_bench: fit ranking of {} occupations ({} ranked) median {:.3} ms (15 batches of \
         50, min {:.3}); with the reasons of the top 20 median {:.3} ms (min {:.3})",
        index.occupations.len(),
        ranked,
        median(rank_ms.clone()),
        rank_ms.iter().copied().fold(f64::INFINITY, f64::min),
        median(explained_ms.clone()),
        explained_ms.iter().copied().fold(f64::INFINITY, f64::min)
    );
}

#[wasm_bindgen_test]
fn search_timings() {
    if option_env!("CAREERLENS_WASM_BENCH").is_none() {
        console_log!("wasm_bench: skipped (set CAREERLENS_WASM_BENCH=1 at build time to run)");
        return;
    }
    let index = index_with(&[IndexPart::Labels]);
    // As `LoadedIndex::new` builds it, and the keystrokes of benches/real_index.rs.
    let labels = || {
        index.occupations.iter().map(|occupation| {
            std::iter::once(occupation.title.as_str())
                .chain(occupation.alt_labels.iter().map(String::as_str))
        })
    };
    let mut build_ms = Vec::new();
    for _ in 0..5 {
        let t = now();
        let search = SearchIndex::new(labels());
        build_ms.push(now() - t);
        drop(search);
    }
    let search = SearchIndex::new(labels());
    let keystrokes: Vec<&str> = ["teacher", "securty officer", "uber driver", "ux designer"]
        .iter()
        .flat_map(|query| (1..=query.len()).map(move |end| &query[..end]))
        .collect();
    // 15 batches of every keystroke, five times over, divided by the keystrokes run.
    let mut keystroke_ms = Vec::new();
    let mut found = 0;
    for _ in 0..15 {
        let t = now();
        for _ in 0..5 {
            for query in &keystrokes {
                found += search.search(query, 8).into_iter().count();
            }
        }
        keystroke_ms.push((now() - t) / (5 * keystrokes.len()) as f64);
    }
    console_log!(
        "wasm_bench: search index build median {:.0} ms (5 runs); one keystroke median {:.3} ms \
         (15 batches of {} keystrokes, min {:.3}; {} hits)",
        median(build_ms),
        median(keystroke_ms.clone()),
        5 * keystrokes.len(),
        keystroke_ms.iter().copied().fold(f64::INFINITY, f64::min),
        found
    );
}
