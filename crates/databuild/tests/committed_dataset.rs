//! The dataset committed under `public/data/`, as the app loads it.

use std::path::PathBuf;

use careerlens_engine::exposure::ExposureBasis;
use careerlens_engine::model::{Index, Manifest, OccupationDetail, SkillDictionary, SkillKind};
use careerlens_engine::similarity::SimilarityIndex;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn read<T: serde::de::DeserializeOwned>(rel: &str) -> T {
    let path = data_dir().join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap()
}

#[test]
fn chief_ict_security_officer_has_its_esco_skills_and_onet_data() {
    let index: Index = read("index.json");
    let skills: SkillDictionary = read("skills.json");
    let ciso = index
        .occupations
        .iter()
        .find(|o| o.slug == "chief-ict-security-officer")
        .expect("chief ICT security officer in the index");
    assert_eq!(ciso.title, "chief ICT security officer");
    assert_eq!(ciso.category, "Digital Technology");
    assert_eq!(ciso.isco, "2529");
    assert_eq!(ciso.essential.len(), 29);
    assert!(
        ciso.essential
            .iter()
            .all(|&id| (id as usize) < skills.skills.len())
    );
    assert!(!ciso.onet.is_empty());
    assert!(ciso.riasec.is_some() && ciso.work_styles.is_some() && ciso.job_zone.is_some());
    assert!(ciso.alt_labels.iter().any(|l| l == "CISO"));

    let detail: OccupationDetail = read("occupations/chief-ict-security-officer.json");
    assert_eq!(detail.id, ciso.id);
    assert_eq!(detail.essential.len(), 29);
    assert!(detail.onet.iter().all(|o| !o.tasks.is_empty()));
    assert_eq!(detail.work_styles.len(), 16);
    assert_eq!(detail.work_values.len(), 6);
}

#[test]
fn every_occupation_is_scored_and_the_fitted_values_are_shipped() {
    let index: Index = read("index.json");
    let in_range = |v: Option<f32>| v.is_none_or(|v| (0.0..=100.0).contains(&v));
    for o in &index.occupations {
        let s = o
            .scores
            .as_ref()
            .unwrap_or_else(|| panic!("{} has no scores", o.slug));
        assert!(s.ai_exposure.is_some(), "{}: no AI exposure", o.slug);
        assert!(s.resilience.is_some(), "{}: no resilience", o.slug);
        assert!(
            in_range(s.ai_exposure) && in_range(s.resilience),
            "{}",
            o.slug
        );
        assert!(s.vectors().iter().all(|(_, v)| in_range(*v)), "{}", o.slug);
        assert!(
            s.megatrends.iter().all(|m| m.is_some() && in_range(*m)),
            "{}",
            o.slug
        );
    }
    let ciso = index
        .occupations
        .iter()
        .find(|o| o.slug == "chief-ict-security-officer")
        .unwrap();
    let s = ciso.scores.as_ref().unwrap();
    assert_eq!(s.exposure_basis, ExposureBasis::TaskLabels);

    let v = index.fitted.viability.expect("viability thresholds fitted");
    assert!(0.0 < v.viable && v.viable < v.highly_viable && v.highly_viable < 1.0);
    assert!(index.fitted.exposure_scales.microsoft.is_some());
    assert!(index.fitted.exposure_scales.anthropic.is_some());

    let detail: OccupationDetail = read("occupations/chief-ict-security-officer.json");
    let ai = detail.ai.expect("analysis in the chunk");
    assert_eq!(ai.basis, ExposureBasis::TaskLabels);
    assert!(ai.labelled_tasks > 0 && ai.people_anchor.is_some());
    assert!(!ai.most_exposed_tasks.is_empty() && ai.most_exposed_tasks.len() <= 3);
    assert!(ai.copilot_tasks.len() <= 3);
}

#[test]
fn index_covers_every_occupation_with_unique_slugs_and_chunks() {
    let index: Index = read("index.json");
    let manifest: Manifest = read("manifest.json");
    assert_eq!(index.occupations.len(), 3007);
    assert_eq!(manifest.counts["esco_occupations"], 3007);
    assert_eq!(index.riasec.len(), 6);
    assert_eq!(index.work_styles.len(), 16);
    assert_eq!(index.work_values.len(), 6);
    let mut slugs: Vec<&str> = index.occupations.iter().map(|o| o.slug.as_str()).collect();
    slugs.sort_unstable();
    slugs.dedup();
    assert_eq!(slugs.len(), 3007);
    for o in &index.occupations {
        assert!(
            !o.essential.is_empty() || !o.optional.is_empty(),
            "{} has no skills",
            o.slug
        );
        assert!(index.categories.contains(&o.category));
        assert!(index.isco_groups.contains_key(&o.isco));
        assert!(
            data_dir()
                .join(format!("occupations/{}.json", o.slug))
                .is_file(),
            "no chunk for {}",
            o.slug
        );
    }
    let skills: SkillDictionary = read("skills.json");
    assert_eq!(skills.skills.len(), 13896);
    assert!(
        skills
            .skills
            .iter()
            .filter(|s| s.kind == Some(SkillKind::Knowledge))
            .count()
            > 1000
    );
}

#[test]
fn every_chunk_carries_its_index_scores_and_the_profiles_similar_roles() {
    let index: Index = read("index.json");
    let skills: SkillDictionary = read("skills.json");
    let thresholds = index.fitted.viability.expect("thresholds are fitted");
    // The app's computation, from the shipped index.
    let similarity = SimilarityIndex::build(&index.skill_profiles());
    let top = similarity.top_k_all(8);
    let mut full = 0;
    for (origin, o) in index.occupations.iter().enumerate() {
        let d: OccupationDetail = read(&format!("occupations/{}.json", o.slug));
        assert!(d.scores.is_some() && d.scores == o.scores, "{}", o.slug);
        let slugs: Vec<&str> = d.similar.iter().map(|r| r.slug.as_str()).collect();
        let expected: Vec<&str> = top[origin]
            .iter()
            .map(|n| index.occupations[n.occupation as usize].slug.as_str())
            .collect();
        assert_eq!(slugs, expected, "{}", o.slug);
        assert!(!slugs.contains(&o.slug.as_str()));
        full += usize::from(slugs.len() == 8);
        let has = |skill: &u32| o.essential.contains(skill) || o.optional.contains(skill);
        for (role, n) in d.similar.iter().zip(&top[origin]) {
            assert_eq!(role.similarity, n.similarity);
            assert_eq!(role.viability, Some(thresholds.classify(n.similarity)));
            let target = &index.occupations[n.occupation as usize];
            assert_eq!(role.title, target.title);
            // Essential skills of the target the origin lists neither way, at most 4.
            let missing: Vec<&str> = target
                .essential
                .iter()
                .filter(|s| !has(s))
                .map(|&s| skills.skills[s as usize].label.as_str())
                .collect();
            assert_eq!(
                role.skills_to_learn.len(),
                missing.len().min(4),
                "{}",
                o.slug
            );
            assert!(
                role.skills_to_learn
                    .iter()
                    .all(|l| missing.contains(&l.as_str()))
            );
        }
        assert!(
            d.similar
                .windows(2)
                .all(|w| w[0].similarity >= w[1].similarity)
        );
    }
    assert!(full > 2900, "only {full} occupations have 8 similar roles");
}

#[test]
fn sizes_stay_within_budget() {
    let index = std::fs::read(data_dir().join("index.json")).unwrap();
    assert!(
        gzip_len(&index) <= 600 * 1024,
        "index.json over 600 KB gzip"
    );
    for entry in std::fs::read_dir(data_dir().join("occupations")).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            gzip_len(&bytes) <= 10_000,
            "{} over 10 KB gzip",
            path.display()
        );
    }
}

fn gzip_len(bytes: &[u8]) -> usize {
    databuild::write::gzip_len(bytes)
}
