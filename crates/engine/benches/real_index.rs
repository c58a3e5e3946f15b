//! Similar-role queries, the career-fit ranking and search on the shipped dataset:
//! `public/data/index/` is loaded and the similarity index built exactly as the app does,
//! then top-20 is timed for one occupation and for all of them, the fit of one set of answers
//! with every occupation, and the search box's queries (one per keystroke). (`cargo bench -p careerlens-engine --bench real_index`;
//! docs/performance.md records the numbers beside the wasm and scipy measurements.)

use careerlens_engine::assessment::{Answers, ITEMS, Scale, UserProfile};
use careerlens_engine::fit;
use careerlens_engine::model::{Index, IndexPart};
use careerlens_engine::search::SearchIndex;
use careerlens_engine::similarity::SimilarityIndex;
use criterion::{Criterion, black_box, criterion_group, criterion_main};

/// The committed index with every part.
fn load() -> Index {
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../../public/data/");
    Index::read_parts(&IndexPart::EXTRA, |part| {
        std::fs::read_to_string(format!("{data}{}", part.file())).map_err(|e| e.to_string())
    })
    .expect("the committed index reads")
}

fn real_index_benches(c: &mut Criterion) {
    let index = load();
    let profiles = index.skill_profiles();

    c.bench_function("real: build index", |b| {
        b.iter(|| SimilarityIndex::build(black_box(&profiles)))
    });

    let similarity = SimilarityIndex::build(&profiles);
    let mut scratch = similarity.scratch();
    let mut out = Vec::new();
    let mut origin = 0;
    c.bench_function("real: top-20 for one occupation", |b| {
        b.iter(|| {
            origin = (origin + 97) % similarity.len();
            similarity.top_k_into(black_box(origin), 20, &mut scratch, &mut out);
            out.len()
        })
    });

    c.bench_function("real: top-20 for all occupations", |b| {
        b.iter(|| similarity.top_k_all(black_box(20)))
    });

    // The answers of tests/wasm_bench.rs: every item, background included.
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
    c.bench_function("real: fit ranking of all occupations", |b| {
        b.iter(|| fit::rank(&UserProfile::from_answers(black_box(&answers)), &index).len())
    });

    // As `LoadedIndex::new` builds it: each title followed by its alternative labels.
    let labels = || {
        index.occupations.iter().map(|occupation| {
            std::iter::once(occupation.title.as_str())
                .chain(occupation.alt_labels.iter().map(String::as_str))
        })
    };
    c.bench_function("real: build search index", |b| {
        b.iter(|| SearchIndex::new(black_box(labels())))
    });
    let search = SearchIndex::new(labels());
    // Every prefix of a few queries, as typed: full matches, a typo and a partial fallback.
    let keystrokes: Vec<&str> = ["teacher", "securty officer", "uber driver", "ux designer"]
        .iter()
        .flat_map(|query| (1..=query.len()).map(move |end| &query[..end]))
        .collect();
    c.bench_function("real: search, one keystroke (mean of typed queries)", |b| {
        let mut next = 0;
        b.iter(|| {
            next = (next + 1) % keystrokes.len();
            search
                .search(black_box(keystrokes[next]), 8)
                .into_iter()
                .count()
        })
    });
}

criterion_group!(benches, real_index_benches);
criterion_main!(benches);
