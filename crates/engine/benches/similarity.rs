//! Similar-role queries on an ESCO-sized synthetic dataset: one occupation, every occupation,
//! and building the index.

use careerlens_engine::similarity::SimilarityIndex;
use criterion::{Criterion, black_box, criterion_group, criterion_main};

mod synthetic;

fn similarity_benches(c: &mut Criterion) {
    let occupations = synthetic::generate(synthetic::OCCUPATIONS, synthetic::SKILLS, 42);
    let index = SimilarityIndex::build(&occupations);

    c.bench_function("build index (3007 occupations)", |b| {
        b.iter(|| SimilarityIndex::build(black_box(&occupations)))
    });

    let mut scratch = index.scratch();
    let mut out = Vec::new();
    let mut origin = 0;
    c.bench_function("top-20 for one occupation", |b| {
        b.iter(|| {
            origin = (origin + 97) % index.len();
            index.top_k_into(black_box(origin), 20, &mut scratch, &mut out);
            out.len()
        })
    });

    c.bench_function("top-20 for all occupations", |b| {
        b.iter(|| index.top_k_all(black_box(20)))
    });
}

criterion_group!(benches, similarity_benches);
criterion_main!(benches);
