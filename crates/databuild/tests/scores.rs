//! The scores of the fixture occupations, computed by hand from the fixture files and the
//! engine's documented formulas, against what the build writes.
//!
//! Chief ICT security officer maps to 11-3021.00 and 15-1212.00. Its O*NET tasks, in the order
//! the build gives them (by code, core first, then task id), with their Eloundou labels
//! (`full_labelset.tsv`) and GWAs (`Tasks to DWAs` → `DWA Reference`):
//!
//! | # | task | type | label | beta | automation | GWA (vector) |
//! |---|------|------|-------|------|------------|--------------|
//! | 0 | 700 Direct daily operations | core | E3 = E2 | 0.5 | 0.25 | 4.A.2.b.6 (workflow) |
//! | 1 | 903 Encrypt data transmissions | core | E2 | 0.5 | 0.5 | 4.A.3.b.1 (workflow), 4.A.2.a.4 (analytical) |
//! | 2 | 905 Monitor networks | core | E0 | 0 | 0.25 | 4.A.1.a.2 (analytical) |
//! | 3 | 901 Document "security" breaches | supplemental | E1 | 1 | 0.75 | 4.A.3.b.6 (generative) |
//!
//! Task beta = (2·0.5 + 2·0.5 + 2·0 + 1·1) / (2+2+2+1) = 3/7 = 0.428571.
//! Microsoft: mean of 11-3021 (0.1) and 15-1212 (0.3) = 0.2; biomedical scientist has 0.5 (29-2011
//! only), so the min-max scale is 0.2..0.5 and the officer scales to 0. Anthropic: 15-1212 only,
//! 0.4; biomedical 0.1; scale 0.1..0.4, the officer scales to 1.
//! Exposure = 0.5·3/7 + 0.25·0 + 0.25·1 = 0.464286 → 46.4 %.

mod common;

use careerlens_engine::exposure::ExposureBasis;
use careerlens_engine::model::{AnchorKind, Index, OccupationDetail};
use careerlens_engine::vectors::ExposureVector;

fn build() -> (tempfile::TempDir, Index, OccupationDetail, OccupationDetail) {
    let (tmp, sources) = common::sources();
    let out = tmp.path().join("public/data");
    databuild::build(&sources, &out).unwrap();
    let read = |rel: &str| std::fs::read(out.join(rel)).unwrap();
    let index: Index = databuild::export::read_index(&out).unwrap();
    let ciso =
        serde_json::from_slice(&read("occupations/chief-ict-security-officer.json")).unwrap();
    let bio = serde_json::from_slice(&read("occupations/biomedical-scientist.json")).unwrap();
    (tmp, index, ciso, bio)
}

/// A stored one-decimal percentage is the hand-computed value rounded.
fn close(stored: Option<f32>, hand: f64) {
    let stored = stored.expect("score present");
    assert!(
        (f64::from(stored) - hand).abs() <= 0.05 + 1e-4,
        "stored {stored}, computed by hand {hand}"
    );
}

#[test]
fn chief_ict_security_officer_scores_match_the_hand_computation() {
    let (_tmp, index, _, _) = build();
    let s = index.occupations[1].scores.clone().unwrap();
    assert_eq!(s.exposure_basis, ExposureBasis::TaskLabels);
    close(s.ai_exposure, 46.4286);

    // Vectors. Both codes rate their work activities (O*NET 28.2 fixture), so the importances
    // replace the task shares: analytical 4.A.2.a.4 mean(4.2, 4.6) = 4.4, generative 4.A.3.b.6
    // mean(3.9, 4.1) = 4.0, workflow 4.A.3.b.1 mean(4.8, 4.9) = 4.85, physical 4.A.3.a.1
    // mean(1.6, 1.3) = 1.45. Only this occupation has them, so no percentile scale is fitted
    // and (x-1)/4 applies: 0.85, 0.75, 0.9625, 0.1125. Four occupations are too few to fit a
    // saturation point, so the defaults apply. Technology skills: Wireshark, Python, Splunk
    // Enterprise, Microsoft Excel = 4 → 4/80 = 0.05. ESCO skills: 2 of 3 under S5 (the
    // ICT-safety skill inherits its parent skill's path), none under S6-S8.
    // Analytical = 0.6·0.85 + 0.2·3/7 + 0.2·0.05 = 0.605714.
    close(s.analytical_ai, 60.5714);
    // Generative = 0.5·0.75 + 0.5·3/7 = 0.375 + 0.214286 = 0.589286.
    close(s.generative_ai, 58.9286);
    // Workflow = 0.4·0.9625 + 0.3·sat((2/3)/0.2)=1 + 0.3·0.05 = 0.7.
    close(s.workflow_automation, 70.0);
    // Physical = (0.6·0.1125 + 0.4·0) · (1 - 0.5·dexterity). Dexterity (O*NET 30.0 fixture,
    // 15-1212 only): mean(manual 1.2, finger 2.1) = 1.65; the biomedical scientist's is
    // mean(2.9, 3.4) = 3.15, so the scale runs from the 5th percentile 1.65 + 0.05·1.5 = 1.725
    // to the 95th 3.075, and 1.65 maps to 0: physical = 0.0675.
    close(s.physical_automation, 6.75);

    // Resilience. Ratings that only this occupation has map as (x-1)/4: Social Perceptiveness
    // mean(4, 3) = 3.5 → 0.625; Assisting and Caring for Others mean(2.4, 1.9) = 2.15 →
    // 0.2875; Judgment and Decision Making mean(4.5, 3.5) = 4 → 0.75. Originality (3.6),
    // Finger (2.1) and Manual Dexterity (1.2) are also rated for the biomedical scientist (2.8,
    // 3.4, 2.9), so they scale between 5th and 95th percentiles of two values: Originality
    // 2.84..3.56 → 1 (clamped); both dexterities → 0. No work style, leadership skill or Fine
    // Arts rating; no S1/S3/S4 skills (share 0).
    // Social = mean(0.625, 0.2875) = 0.45625; creative = mean(0.75, 1) = 0.875; dexterity 0;
    // ESCO 0. Human = (0.25·0.45625 + 0.2·0.875 + 0.1·0 + 0.25·0) / 0.8 = 0.361328.
    // Pressure = 0.7·0.464286 + 0.3·0.0675 = 0.34525.
    // Resilience = 0.6·0.361328 + 0.4·(1 - 0.34525) = 0.478697. Its evidence is 0.88 (no
    // leadership rating), but no fully rated occupation shares ISCO 2529's groups: not shrunk.
    close(s.resilience, 47.8697);
    assert!(s.resilience_basis.is_own());
    assert_eq!(s.resilience_evidence, Some(0.88));
    // Nesta's crosswalk (SOC 2010 15-1122, which is SOC 2018 15-1212) agrees: not weak.
    assert!(!s.weak_match);

    // Megatrends, in Megatrend::ALL order.
    // Digital: collection 1/3 of skills → sat(0.3333/0.4) = 0.8333; 0.5·0.8333 + 0.25·0.464286
    // + 0.25·0.05 = 0.545238.
    close(s.megatrends[0], 54.5238);
    // Green: no green skill, ISCO 2529 not a green group.
    close(s.megatrends[1], 0.0);
    // Ageing and care: ISCO not a care group, no S3 skills.
    close(s.megatrends[2], 0.0);
    // Globalisation: ISCO 0; Foreign Language mean (2+3)/2 = 2.5 → (2.5-1)/(3-1) = 0.75;
    // Transportation 2 (15-1212 only) → (2-1)/(4-1) = 0.3333. 0.25·0.75 + 0.25·0.3333.
    close(s.megatrends[3], 27.0833);
    // Knowledge economy: research skills 1/3 → sat(0.333/0.1) = 1; in the research
    // occupations collection → 1; job zone 4.5 → 0.875. 0.4 + 0.3 + 0.3·0.875 = 0.9625.
    close(s.megatrends[4], 96.25);
    // Infrastructure: ISCO 0, no S7 skills.
    close(s.megatrends[5], 0.0);
}

#[test]
fn detail_chunk_names_the_role_change_tasks_as_text() {
    let (_tmp, _, ciso, _) = build();
    let ai = ciso.ai.expect("analysis present");
    assert_eq!(ai.basis, ExposureBasis::TaskLabels);
    assert_eq!(ai.labelled_tasks, 4);
    close(ai.eloundou, 42.8571);
    close(ai.microsoft, 0.0);
    close(ai.anthropic, 100.0);
    // The only unexposed task (it is also Information Security Analysts', the match Nesta
    // confirms).
    let anchor = ai.people_anchor.unwrap();
    assert_eq!(anchor.kind, AnchorKind::Task);
    assert_eq!(anchor.text, "Monitor networks for security breaches.");
    // Beta >= 0.5, by beta, then automation (high first): 901 (1.0), 903 (0.5, 0.5), 700
    // (0.5, 0.25).
    let exposed: Vec<(&str, f32)> = ai
        .most_exposed_tasks
        .iter()
        .map(|t| (t.text.as_str(), t.beta))
        .collect();
    assert_eq!(
        exposed,
        [
            (
                "Document \"security\" breaches and assess the damage they cause.",
                1.0
            ),
            ("Encrypt data transmissions and erect firewalls.", 0.5),
            ("Direct daily operations of the department.", 0.5),
        ]
    );
    // Every exposed task is already among the most exposed.
    assert!(ai.copilot_tasks.is_empty());
    let (vector, score) = ai.strongest_vector.unwrap();
    assert_eq!(vector, ExposureVector::WorkflowAutomation);
    close(Some(score), 70.0);
    assert_eq!(ai.activity_shares, Some([50.0, 25.0, 50.0, 0.0]));
    assert_eq!(ai.technology_skills, Some(4));
    close(ai.human_judgement, 36.1328);
    close(ai.automation_pressure, 34.525);
    let confirmed: Vec<(&str, bool)> = ciso
        .onet
        .iter()
        .map(|o| (o.code.as_str(), o.confirmed))
        .collect();
    assert_eq!(confirmed, [("11-3021.00", false), ("15-1212.00", true)]);
}

#[test]
fn without_task_labels_the_occupation_beta_and_usage_data_stand_in() {
    let (_tmp, index, _, bio) = build();
    // Biomedical scientist: 19-1029.00 and 29-2011.00; its one task (800) has no label.
    // occ_level beta of 29-2011.00 = 0.3; Microsoft 0.5 → scaled 1; Anthropic 0.1 → scaled 0.
    // Exposure = 0.5·0.3 + 0.25·1 + 0.25·0 = 0.4.
    let s = index.occupations[0].scores.clone().unwrap();
    assert_eq!(s.exposure_basis, ExposureBasis::OccupationBeta);
    close(s.ai_exposure, 40.0);
    let ai = bio.ai.unwrap();
    assert_eq!(ai.labelled_tasks, 0);
    close(ai.eloundou, 30.0);
    // No labelled task and no skill in S1, S3 or S4: nothing to name.
    assert_eq!(ai.people_anchor, None);
    assert!(ai.most_exposed_tasks.is_empty());

    // Dance répétiteur and technical director have no O*NET code and no group with data.
    for o in &index.occupations[2..] {
        let s = o.scores.as_ref().unwrap();
        assert_eq!(s.exposure_basis, ExposureBasis::NoData, "{}", o.slug);
        assert_eq!(s.ai_exposure, None);
    }
    // Exposure scales as fitted: Microsoft 0.2..0.5, Anthropic 0.1..0.4.
    let scales = index.fitted.exposure_scales;
    let ms = scales.microsoft.unwrap();
    assert!((ms.min - 0.2).abs() < 1e-12 && (ms.max - 0.5).abs() < 1e-12);
    let an = scales.anthropic.unwrap();
    assert!((an.min - 0.1).abs() < 1e-12 && (an.max - 0.4).abs() < 1e-12);
    // No unit group has two occupations, so no viability thresholds can be fitted.
    assert_eq!(index.fitted.viability, None);
}
