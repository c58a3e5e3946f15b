//! Career fit on the committed dataset, for six people each strongly drawn to one Holland area:
//! most of each one's top 20 must be occupations whose own strongest O*NET interest is that area.

use std::path::PathBuf;

use careerlens_engine::assessment::items::{RIASEC, RIASEC_LETTERS};
use careerlens_engine::assessment::{Answers, ITEMS, Scale, UserProfile};
use careerlens_engine::fit::{self, RankedFit};
use careerlens_engine::model::Index;

fn index() -> Index {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data");
    databuild::export::read_index(&data).expect("the committed dataset")
}

/// A person who likes every activity of one area (5) and few of the others: 2 for the two
/// areas beside it on Holland's hexagon (R-I-A-S-E-C-R), which people tend to like together,
/// and 1 for the three further away.
fn interests(area: usize, answers: &mut Answers) {
    for (position, item) in ITEMS.iter().enumerate() {
        if let Scale::Interest(other) = item.scale {
            let distance = (area + 6 - other) % 6;
            answers.ratings[position] = Some(match distance {
                0 => 5,
                1 | 5 => 2,
                _ => 1,
            });
        }
    }
}

/// A persona: the area, how they see themselves, what they want from a job, their job zone.
struct Persona {
    area: usize,
    styles: [(&'static str, u8); 16],
    values: [(&'static str, u8); 12],
    job_zone: u8,
}

impl Persona {
    fn answers(&self) -> Answers {
        let mut answers = Answers {
            job_zone: Some(self.job_zone),
            ..Answers::default()
        };
        interests(self.area, &mut answers);
        for &(id, rating) in self.styles.iter().chain(&self.values) {
            assert!(answers.set(id, rating), "{id}");
        }
        answers
    }
}

/// The six personas. Work styles and values are what such a person would plausibly say of
/// themselves: a mechanic values seeing results and working alone, a nurse helping others.
fn personas() -> [Persona; 6] {
    [
        Persona {
            // A hands-on technician.
            area: 0,
            styles: styles([4, 4, 4, 2, 4, 3, 2, 4, 4, 3, 5, 4, 4, 4, 3, 3]),
            values: values([4, 5, 4, 3, 2, 2, 3, 3, 3, 3, 4, 3]),
            job_zone: 2,
        },
        Persona {
            // A research scientist.
            area: 1,
            styles: styles([4, 5, 4, 2, 3, 3, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5]),
            values: values([5, 5, 3, 3, 3, 2, 2, 4, 3, 3, 5, 5]),
            job_zone: 5,
        },
        Persona {
            // A designer or musician.
            area: 2,
            styles: styles([4, 4, 4, 2, 3, 3, 3, 3, 3, 5, 3, 3, 4, 5, 5, 3]),
            values: values([5, 5, 2, 4, 3, 4, 3, 3, 3, 3, 5, 5]),
            job_zone: 4,
        },
        Persona {
            // A teacher or nurse.
            area: 3,
            styles: styles([4, 4, 3, 3, 5, 5, 5, 4, 4, 4, 4, 3, 5, 2, 3, 3]),
            values: values([4, 4, 3, 3, 2, 2, 5, 5, 4, 4, 2, 2]),
            job_zone: 4,
        },
        Persona {
            // A sales manager or founder.
            area: 4,
            styles: styles([5, 4, 5, 5, 3, 2, 4, 3, 4, 4, 3, 2, 3, 4, 4, 3]),
            values: values([5, 4, 4, 4, 5, 5, 2, 2, 2, 2, 4, 4]),
            job_zone: 4,
        },
        Persona {
            // A bookkeeper or administrator.
            area: 5,
            styles: styles([4, 4, 3, 2, 4, 3, 3, 4, 3, 2, 5, 5, 5, 3, 2, 4]),
            values: values([3, 3, 5, 3, 2, 2, 3, 3, 5, 5, 2, 2]),
            job_zone: 3,
        },
    ]
}

/// Work-style ratings in the order of the items (and of `WORK_STYLES`).
fn styles(ratings: [u8; 16]) -> [(&'static str, u8); 16] {
    let ids: Vec<&str> = ITEMS
        .iter()
        .filter(|i| matches!(i.scale, Scale::WorkStyle(_)))
        .map(|i| i.id)
        .collect();
    std::array::from_fn(|i| (ids[i], ratings[i]))
}

/// Work-value ratings in the order of the items: two per value, in `WORK_VALUES` order.
fn values(ratings: [u8; 12]) -> [(&'static str, u8); 12] {
    let ids: Vec<&str> = ITEMS
        .iter()
        .filter(|i| matches!(i.scale, Scale::WorkValue(_)))
        .map(|i| i.id)
        .collect();
    std::array::from_fn(|i| (ids[i], ratings[i]))
}

/// The area of an occupation's highest O*NET interest (the first of equals).
fn strongest(riasec: &[f32]) -> usize {
    (0..riasec.len())
        .reduce(|best, i| if riasec[i] > riasec[best] { i } else { best })
        .unwrap()
}

#[test]
fn each_persona_top_20_is_mostly_their_own_holland_area() {
    let index = index();
    fit::check_index_scales(&index).unwrap();
    let mut report = Vec::new();
    let mut failed = false;
    for persona in personas() {
        let user = UserProfile::from_answers(&persona.answers());
        assert_eq!(&user.holland_code()[..1], RIASEC_LETTERS[persona.area]);
        let ranked = fit::rank(&user, &index);
        let top: Vec<&RankedFit> = ranked.iter().take(20).collect();
        let own = top
            .iter()
            .filter(|r| {
                index.occupations[r.occupation]
                    .riasec
                    .as_deref()
                    .is_some_and(|p| strongest(p) == persona.area)
            })
            .count();
        let partial = top
            .iter()
            .filter(|r| r.fit.basis == fit::FitBasis::Partial)
            .count();
        failed |= own < 11;
        let titles: Vec<String> = top
            .iter()
            .take(5)
            .map(|r| {
                format!(
                    "{} {:.1}",
                    index.occupations[r.occupation].title, r.fit.score
                )
            })
            .collect();
        report.push(format!(
            "{}: {own} of 20, {partial} ranked on part of the vectors (top: {})",
            RIASEC[persona.area],
            titles.join("; ")
        ));
    }
    eprintln!("{}", report.join("\n"));
    assert!(!failed, "{}", report.join("\n"));
}
