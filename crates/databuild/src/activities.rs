//! Each occupation's work-activity profile for the similarity blend ([`careerlens_engine::blend`]):
//! the mean O*NET 28.2 importance of every generalised work activity over its mapped codes.

use std::collections::{BTreeMap, BTreeSet};

use careerlens_engine::model::Index;

/// Code → GWA element id → importance, as [`crate::onet::Onet::work_activities`].
pub type WorkActivities = BTreeMap<String, BTreeMap<String, f64>>;

/// One profile per index occupation, in index order, over every activity the file rates
/// (ordered by element id); `None` where no mapped code is rated on every activity, and for a
/// weak O*NET match, whose activities describe other work.
pub fn profiles(ratings: &WorkActivities, index: &Index) -> Vec<Option<Vec<f32>>> {
    let ids: BTreeSet<&str> = ratings
        .values()
        .flat_map(|m| m.keys().map(String::as_str))
        .collect();
    index
        .occupations
        .iter()
        .map(|o| {
            if o.scores.as_ref().is_some_and(|s| s.weak_match) {
                return None;
            }
            let rated: Vec<&BTreeMap<String, f64>> = o
                .onet
                .iter()
                .filter_map(|code| ratings.get(code))
                .filter(|m| ids.iter().all(|id| m.contains_key(*id)))
                .collect();
            (!rated.is_empty()).then(|| {
                ids.iter()
                    .map(|id| {
                        (rated.iter().map(|m| m[*id]).sum::<f64>() / rated.len() as f64) as f32
                    })
                    .collect()
            })
        })
        .collect()
}
