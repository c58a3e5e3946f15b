//! The column-oriented wire format of [`Index::occupations`](super::Index::occupations):
//! one array per field, all of the same length, instead of one object per occupation.
//! Skill id lists are delta-encoded (first id, then differences of the ascending ids), which
//! makes the numbers short and repetitive.
//!
//! The columns are shipped in parts ([`IndexPart`]), one file each, so that a view fetches only
//! what it uses: the home page needs names and scores, not 123 KB of alternative labels.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{IndexOccupation, OccupationScores, SCHEMA_VERSION, Versioned};

/// A part of the index, shipped as a file of its own and fetched when a view needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IndexPart {
    /// Slugs, titles, ISCO codes, categories and scores, with the index's header (the vector
    /// names, ISCO group labels, categories and fitted values): lists and rankings.
    Core,
    /// ESCO concept ids: the exports, and anyone joining the data with ESCO. The app has no
    /// use for them.
    Ids,
    /// Alternative labels: search.
    Labels,
    /// Essential and optional skill ids: similarity, career moves and routes.
    Postings,
    /// Mapped O*NET codes, interests, work styles, work values and job zone: career fit.
    Onet,
}

impl IndexPart {
    /// Every part, core first.
    pub const ALL: [IndexPart; 5] = [
        IndexPart::Core,
        IndexPart::Ids,
        IndexPart::Labels,
        IndexPart::Postings,
        IndexPart::Onet,
    ];

    /// The parts beside the core, each in a [`IndexPartFile`].
    pub const EXTRA: [IndexPart; 4] = [
        IndexPart::Ids,
        IndexPart::Labels,
        IndexPart::Postings,
        IndexPart::Onet,
    ];

    /// The part's file, relative to the dataset's root.
    pub fn file(self) -> &'static str {
        match self {
            IndexPart::Core => "index/core.json",
            IndexPart::Ids => "index/ids.json",
            IndexPart::Labels => "index/labels.json",
            IndexPart::Postings => "index/postings.json",
            IndexPart::Onet => "index/onet.json",
        }
    }

    /// The names of the columns the part holds, in the order they are written.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            IndexPart::Core => &["slug", "title", "isco", "cat", "scores"],
            IndexPart::Ids => &["id"],
            IndexPart::Labels => &["alt"],
            IndexPart::Postings => &["ess", "opt"],
            IndexPart::Onet => &["onet", "ri", "ws", "wv", "jz"],
        }
    }
}

/// `index/<part>.json` for a part beside the core: its columns, in index order.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct IndexPartFile {
    /// [`SCHEMA_VERSION`] of the build that wrote it.
    pub schema_version: u32,
    /// Which part this is.
    pub part: IndexPart,
    /// The part's columns; no other column is present.
    pub occupations: Columns,
}

impl IndexPartFile {
    /// The file of `part` for `occupations`.
    pub fn new(part: IndexPart, occupations: &[IndexOccupation]) -> Self {
        IndexPartFile {
            schema_version: SCHEMA_VERSION,
            part,
            occupations: Columns::of(occupations, &[part]),
        }
    }

    /// Puts the part's columns into `occupations`, the core's, after checking that the file is
    /// of this schema version, holds only its own columns and one value per occupation.
    pub fn apply(self, occupations: &mut [IndexOccupation]) -> Result<(), String> {
        self.check_version()?;
        let present = self.occupations.present();
        let own = self.part.columns();
        if let Some(stray) = present.iter().find(|column| !own.contains(column)) {
            return Err(format!("the {:?} part holds the column {stray}", self.part));
        }
        if let Some(missing) = own.iter().find(|column| !present.contains(column)) {
            return Err(format!(
                "the {:?} part lacks the column {missing}",
                self.part
            ));
        }
        self.occupations.apply(occupations)
    }
}

/// The columns as stored under `occupations`. A column is absent when its part is in another
/// file, or when no occupation has a value in it (no scores yet).
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct Columns {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    id: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    slug: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    title: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    alt: Option<Vec<Vec<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    isco: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    cat: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ess: Option<Vec<Vec<u32>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    opt: Option<Vec<Vec<u32>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    onet: Option<Vec<Vec<String>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ri: Option<Vec<Option<Vec<f32>>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ws: Option<Vec<Option<Vec<f32>>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    wv: Option<Vec<Option<Vec<f32>>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    jz: Option<Vec<Option<f32>>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scores: Option<Vec<Option<OccupationScores>>>,
}

/// One column of every occupation's `field`.
fn column<T>(occs: &[IndexOccupation], field: impl Fn(&IndexOccupation) -> T) -> Option<Vec<T>> {
    Some(occs.iter().map(field).collect())
}

impl Columns {
    /// The columns of `parts` for `occs`. The scores column is left out while no occupation has
    /// scores.
    pub fn of(occs: &[IndexOccupation], parts: &[IndexPart]) -> Columns {
        let mut c = Columns::default();
        for part in parts {
            match part {
                IndexPart::Core => {
                    c.slug = column(occs, |o| o.slug.clone());
                    c.title = column(occs, |o| o.title.clone());
                    c.isco = column(occs, |o| o.isco.clone());
                    c.cat = column(occs, |o| o.category.clone());
                    if occs.iter().any(|o| o.scores.is_some()) {
                        c.scores = column(occs, |o| o.scores.clone());
                    }
                }
                IndexPart::Ids => c.id = column(occs, |o| o.id.clone()),
                IndexPart::Labels => c.alt = column(occs, |o| o.alt_labels.clone()),
                IndexPart::Postings => {
                    c.ess = column(occs, |o| delta_encode(&o.essential));
                    c.opt = column(occs, |o| delta_encode(&o.optional));
                }
                IndexPart::Onet => {
                    c.onet = column(occs, |o| o.onet.clone());
                    c.ri = column(occs, |o| o.riasec.clone());
                    c.ws = column(occs, |o| o.work_styles.clone());
                    c.wv = column(occs, |o| o.work_values.clone());
                    c.jz = column(occs, |o| o.job_zone);
                }
            }
        }
        c
    }

    /// The names of the columns present.
    fn present(&self) -> Vec<&'static str> {
        let c = self;
        [
            ("id", c.id.is_some()),
            ("slug", c.slug.is_some()),
            ("title", c.title.is_some()),
            ("alt", c.alt.is_some()),
            ("isco", c.isco.is_some()),
            ("cat", c.cat.is_some()),
            ("ess", c.ess.is_some()),
            ("opt", c.opt.is_some()),
            ("onet", c.onet.is_some()),
            ("ri", c.ri.is_some()),
            ("ws", c.ws.is_some()),
            ("wv", c.wv.is_some()),
            ("jz", c.jz.is_some()),
            ("scores", c.scores.is_some()),
        ]
        .into_iter()
        .filter_map(|(name, present)| present.then_some(name))
        .collect()
    }

    /// The occupations the core columns describe, with whatever other columns are present.
    fn into_occupations(mut self) -> Result<Vec<IndexOccupation>, String> {
        let core = |column: Option<Vec<String>>, name: &str| {
            column.ok_or_else(|| format!("the occupations lack the column {name}"))
        };
        let slugs = core(self.slug.take(), "slug")?;
        let n = slugs.len();
        let titles = core(self.title.take(), "title")?;
        let iscos = core(self.isco.take(), "isco")?;
        let cats = core(self.cat.take(), "cat")?;
        if [titles.len(), iscos.len(), cats.len()] != [n; 3] {
            return Err("occupation columns differ in length".to_owned());
        }
        let mut occs: Vec<IndexOccupation> = slugs
            .into_iter()
            .zip(titles)
            .zip(iscos)
            .zip(cats)
            .map(|(((slug, title), isco), category)| IndexOccupation {
                slug,
                title,
                isco,
                category,
                ..IndexOccupation::default()
            })
            .collect();
        self.apply(&mut occs)?;
        Ok(occs)
    }

    /// Puts every column present beside the core's own into `occs` (the core's are taken
    /// by [`Columns::into_occupations`], and a part file holding one is refused before).
    fn apply(self, occs: &mut [IndexOccupation]) -> Result<(), String> {
        fn put<T>(
            occs: &mut [IndexOccupation],
            column: Option<Vec<T>>,
            set: impl Fn(&mut IndexOccupation, T),
        ) -> Result<(), String> {
            let Some(values) = column else {
                return Ok(());
            };
            if values.len() != occs.len() {
                return Err(format!(
                    "a column has {} values for {} occupations",
                    values.len(),
                    occs.len()
                ));
            }
            for (occupation, value) in occs.iter_mut().zip(values) {
                set(occupation, value);
            }
            Ok(())
        }
        put(occs, self.id, |o, v| o.id = v)?;
        put(occs, self.alt, |o, v| o.alt_labels = v)?;
        put(occs, self.ess, |o, v| o.essential = delta_decode(&v))?;
        put(occs, self.opt, |o, v| o.optional = delta_decode(&v))?;
        put(occs, self.onet, |o, v| o.onet = v)?;
        put(occs, self.ri, |o, v| o.riasec = v)?;
        put(occs, self.ws, |o, v| o.work_styles = v)?;
        put(occs, self.wv, |o, v| o.work_values = v)?;
        put(occs, self.jz, |o, v| o.job_zone = v)?;
        put(occs, self.scores, |o, v| o.scores = v)?;
        Ok(())
    }
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

/// Serializes occupations as the core's columns: `index/core.json`.
pub fn serialize<S: Serializer>(occs: &[IndexOccupation], s: S) -> Result<S::Ok, S::Error> {
    Columns::of(occs, &[IndexPart::Core]).serialize(s)
}

/// Reads occupations from the core's columns and any other column present (a whole index in one
/// object, as a test may write it); every column must have the same length.
pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<IndexOccupation>, D::Error> {
    Columns::deserialize(d)?
        .into_occupations()
        .map_err(D::Error::custom)
}
