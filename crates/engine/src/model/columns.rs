//! The column-oriented wire format of [`Index::occupations`](super::Index::occupations):
//! one array per field, all of the same length, instead of one object per occupation.
//! Skill id lists are delta-encoded (first id, then differences of the ascending ids), which
//! makes the numbers short and repetitive.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{IndexOccupation, OccupationScores};

/// The columns as stored in `index.json` under `occupations`.
#[derive(Serialize, Deserialize, Default)]
struct Columns {
    id: Vec<String>,
    slug: Vec<String>,
    title: Vec<String>,
    alt: Vec<Vec<String>>,
    isco: Vec<String>,
    cat: Vec<String>,
    ess: Vec<Vec<u32>>,
    opt: Vec<Vec<u32>>,
    onet: Vec<Vec<String>>,
    ri: Vec<Option<Vec<f32>>>,
    ws: Vec<Option<Vec<f32>>>,
    wv: Vec<Option<Vec<f32>>>,
    jz: Vec<Option<f32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scores: Option<Vec<Option<OccupationScores>>>,
}

/// Ascending ids → first id, then differences.
pub fn delta_encode(ids: &[u32]) -> Vec<u32> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    let mut prev = 0;
    sorted
        .into_iter()
        .map(|id| {
            let d = id - prev;
            prev = id;
            d
        })
        .collect()
}

/// Inverse of [`delta_encode`].
pub fn delta_decode(deltas: &[u32]) -> Vec<u32> {
    let mut acc = 0u32;
    deltas
        .iter()
        .map(|d| {
            acc = acc.saturating_add(*d);
            acc
        })
        .collect()
}

/// Serializes occupations as columns.
pub fn serialize<S: Serializer>(occs: &[IndexOccupation], s: S) -> Result<S::Ok, S::Error> {
    let mut c = Columns::default();
    for o in occs {
        c.id.push(o.id.clone());
        c.slug.push(o.slug.clone());
        c.title.push(o.title.clone());
        c.alt.push(o.alt_labels.clone());
        c.isco.push(o.isco.clone());
        c.cat.push(o.category.clone());
        c.ess.push(delta_encode(&o.essential));
        c.opt.push(delta_encode(&o.optional));
        c.onet.push(o.onet.clone());
        c.ri.push(o.riasec.clone());
        c.ws.push(o.work_styles.clone());
        c.wv.push(o.work_values.clone());
        c.jz.push(o.job_zone);
    }
    if occs.iter().any(|o| o.scores.is_some()) {
        c.scores = Some(occs.iter().map(|o| o.scores.clone()).collect());
    }
    c.serialize(s)
}

/// Reads occupations from columns; every column must have the same length.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<IndexOccupation>, D::Error> {
    let c = Columns::deserialize(d)?;
    let n = c.id.len();
    let lens = [
        c.slug.len(),
        c.title.len(),
        c.alt.len(),
        c.isco.len(),
        c.cat.len(),
        c.ess.len(),
        c.opt.len(),
        c.onet.len(),
        c.ri.len(),
        c.ws.len(),
        c.wv.len(),
        c.jz.len(),
        c.scores.as_ref().map_or(n, Vec::len),
    ];
    if lens.iter().any(|&l| l != n) {
        return Err(D::Error::custom("occupation columns differ in length"));
    }
    let mut scores = c.scores.map(Vec::into_iter);
    let mut out = Vec::with_capacity(n);
    let cols =
        c.id.into_iter()
            .zip(c.slug)
            .zip(c.title)
            .zip(c.alt)
            .zip(c.isco)
            .zip(c.cat)
            .zip(c.ess)
            .zip(c.opt)
            .zip(c.onet)
            .zip(c.ri)
            .zip(c.ws)
            .zip(c.wv)
            .zip(c.jz);
    for ((((((((((((id, slug), title), alt), isco), cat), ess), opt), onet), ri), ws), wv), jz) in
        cols
    {
        out.push(IndexOccupation {
            id,
            slug,
            title,
            alt_labels: alt,
            isco,
            category: cat,
            essential: delta_decode(&ess),
            optional: delta_decode(&opt),
            onet,
            riasec: ri,
            work_styles: ws,
            work_values: wv,
            job_zone: jz,
            scores: scores.as_mut().and_then(Iterator::next).flatten(),
        });
    }
    Ok(out)
}
