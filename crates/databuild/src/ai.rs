//! Loading the AI-exposure sources: Eloundou et al.'s task labels and occupation betas
//! (GPTs-are-GPTs), Microsoft's AI applicability scores and Anthropic's observed exposure.

use std::collections::BTreeMap;

use careerlens_engine::exposure::EloundouLabel;

use crate::error::Result;
use crate::table::{Col, Format, Row, Sources};

/// Eloundou et al. task labels (GPT-4 rubric), one row per O*NET task.
pub const TASK_LABELS: &str = "gpts-are-gpts/full_labelset.tsv";
/// Eloundou et al. occupation-level ratings.
pub const OCCUPATION_BETAS: &str = "gpts-are-gpts/occ_level.csv";
/// Microsoft's AI applicability score per SOC 2018 code.
pub const MICROSOFT: &str = "microsoft-working-with-ai/soc_ai_applicability_scores.csv";
/// Anthropic's observed exposure per SOC 2018 code.
pub const ANTHROPIC: &str = "anthropic-economic-index/labor_market_impacts/job_exposure.csv";

/// The label of one O*NET task.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TaskLabel {
    /// `gpt4_exposure` (E3 counts as E2).
    pub label: EloundouLabel,
    /// `automation`: the GPT-4 automation level T0-T4 as 0, 0.25, ..., 1.
    pub automation: f64,
}

/// Everything read from the AI-exposure sources.
#[derive(Default)]
pub struct AiSources {
    /// (O*NET-SOC code, task id) → label.
    pub task_labels: BTreeMap<(String, u64), TaskLabel>,
    /// O*NET-SOC code → `dv_rating_beta` (GPT-4 rated beta, 0-1).
    pub occupation_beta: BTreeMap<String, f64>,
    /// SOC 2018 code (`15-1252`) → `ai_applicability_score`.
    pub microsoft: BTreeMap<String, f64>,
    /// SOC 2018 code → `observed_exposure`.
    pub anthropic: BTreeMap<String, f64>,
}

/// Reads all four files.
pub fn load(src: &mut Sources) -> Result<AiSources> {
    Ok(AiSources {
        task_labels: load_task_labels(src)?,
        occupation_beta: load_occupation_betas(src)?,
        microsoft: load_soc_scores(src, MICROSOFT, "SOC Code", "ai_applicability_score")?,
        anthropic: load_soc_scores(src, ANTHROPIC, "occ_code", "observed_exposure")?,
    })
}

/// A whole number written as an integer or with a zero fraction (pandas writes `8823.0`).
pub(crate) fn whole_number(row: &Row<'_>, col: Col, what: &str) -> Result<u64> {
    let raw = row.get(col).trim();
    let int = raw.strip_suffix(".0").unwrap_or(raw);
    int.parse::<u64>()
        .map_err(|_| row.error(col, format!("expected {what}, got {raw:?}")))
}

/// A number in 0-1.
fn unit_number(row: &Row<'_>, col: Col) -> Result<f64> {
    let v = row.number(col)?;
    if (0.0..=1.0).contains(&v) {
        Ok(v)
    } else {
        Err(row.error(col, format!("expected a number in 0-1, got {v}")))
    }
}

/// An O*NET-SOC 2019 code, `NN-NNNN.NN`.
pub(crate) fn onet_code<'r>(row: &'r Row<'_>, col: Col) -> Result<&'r str> {
    let code = row.required(col)?;
    let b = code.as_bytes();
    let ok = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            2 => *c == b'-',
            7 => *c == b'.',
            _ => c.is_ascii_digit(),
        });
    if ok {
        Ok(code)
    } else {
        Err(row.error(
            col,
            format!("expected an O*NET-SOC code like 15-1252.00, got {code:?}"),
        ))
    }
}

/// A SOC 2018 detailed code, `NN-NNNN`.
fn soc_code<'r>(row: &'r Row<'_>, col: Col) -> Result<&'r str> {
    let code = row.required(col)?;
    let b = code.as_bytes();
    let ok = b.len() == 7
        && b.iter().enumerate().all(|(i, c)| {
            if i == 2 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if ok {
        Ok(code)
    } else {
        Err(row.error(
            col,
            format!("expected a SOC code like 15-1252, got {code:?}"),
        ))
    }
}

fn load_task_labels(src: &mut Sources) -> Result<BTreeMap<(String, u64), TaskLabel>> {
    let t = src.table(TASK_LABELS, Format::QuotedTsv)?;
    let (code_c, id_c, label_c, auto_c) = (
        t.col("O*NET-SOC Code")?,
        t.col("Task ID")?,
        t.col("gpt4_exposure")?,
        t.col("automation")?,
    );
    let mut out = BTreeMap::new();
    for row in t.rows() {
        let code = onet_code(&row, code_c)?.to_string();
        let id = whole_number(&row, id_c, "a task id")?;
        let raw = row.get(label_c).trim();
        let label = EloundouLabel::parse(raw).ok_or_else(|| {
            row.error(
                label_c,
                format!("expected an exposure label E0-E3, got {raw:?}"),
            )
        })?;
        let automation = unit_number(&row, auto_c)?;
        if out
            .insert((code, id), TaskLabel { label, automation })
            .is_some()
        {
            return Err(row.error(id_c, format!("duplicate task {id} for this code")));
        }
    }
    Ok(out)
}

fn load_occupation_betas(src: &mut Sources) -> Result<BTreeMap<String, f64>> {
    let t = src.table(OCCUPATION_BETAS, Format::Csv)?;
    let (code_c, beta_c) = (t.col("O*NET-SOC Code")?, t.col("dv_rating_beta")?);
    let mut out = BTreeMap::new();
    for row in t.rows() {
        out.insert(
            onet_code(&row, code_c)?.to_string(),
            unit_number(&row, beta_c)?,
        );
    }
    Ok(out)
}

fn load_soc_scores(
    src: &mut Sources,
    file: &str,
    code: &'static str,
    value: &'static str,
) -> Result<BTreeMap<String, f64>> {
    let t = src.table(file, Format::Csv)?;
    let (code_c, value_c) = (t.col(code)?, t.col(value)?);
    let mut out = BTreeMap::new();
    for row in t.rows() {
        let soc = soc_code(&row, code_c)?.to_string();
        let v = unit_number(&row, value_c)?;
        if out.insert(soc, v).is_some() {
            return Err(row.error(code_c, "duplicate SOC code"));
        }
    }
    Ok(out)
}

/// The SOC 2018 code of an O*NET-SOC 2019 code: its first 7 characters.
pub fn soc_of(onet_code: &str) -> &str {
    onet_code.get(..7).unwrap_or(onet_code)
}

/// Mean of the values of the distinct keys that have one; `None` if none has.
pub fn mean_of<'a>(
    map: &BTreeMap<String, f64>,
    keys: impl IntoIterator<Item = &'a str>,
) -> Option<f64> {
    let keys: std::collections::BTreeSet<&str> = keys.into_iter().collect();
    let values: Vec<f64> = keys.iter().filter_map(|k| map.get(*k).copied()).collect();
    (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64)
}
