//! The dataset committed under `public/data/`, as the app loads it.

use std::path::PathBuf;

use careerlens_engine::blend::{BLEND_CANDIDATES, BLEND_W_ACTIVITIES, BLEND_W_SKILLS};
use careerlens_engine::exposure::ExposureBasis;
use careerlens_engine::model::{
    Index, IndexPart, Manifest, OccupationDetail, SkillDictionary, SkillKind,
};
use careerlens_engine::similarity::SimilarityIndex;

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../public/data")
}

fn read<T: serde::de::DeserializeOwned>(rel: &str) -> T {
    let path = data_dir().join(rel);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_slice(&bytes).unwrap()
}

/// Each occupation's position in the index, by slug.
fn positions(index: &Index) -> std::collections::BTreeMap<&str, usize> {
    index
        .occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.slug.as_str(), i))
        .collect()
}

#[test]
fn chief_ict_security_officer_has_its_esco_skills_and_onet_data() {
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
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
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
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
        assert!(
            s.vectors().iter().all(|(_, v)| v.is_some() && in_range(*v)),
            "{}: every vector, from own data or an ISCO group mean",
            o.slug
        );
        // A vector is a group mean exactly when the profile says so.
        assert_eq!(
            s.fallback_vectors.is_empty(),
            s.vector_basis.is_own(),
            "{}",
            o.slug
        );
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

    // The saturation points are measured, not the defaults (the measured S5 point is about
    // 0.12, below the old 0.2).
    let sat = index.fitted.vector_fit.saturations;
    let defaults = careerlens_engine::saturation::Saturations::default();
    assert!(sat.esco_s5 > 0.0 && sat.esco_s5 < defaults.esco_s5);
    assert!(sat.esco_manual > 0.0 && sat.esco_manual < defaults.esco_manual);
    assert!(index.fitted.human_scales.esco_share_saturation < 0.8);
    assert!(
        index
            .fitted
            .vector_fit
            .activity_scales
            .iter()
            .all(Option::is_some)
    );

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
fn rankings_leave_out_scores_resting_on_group_means_or_weak_matches() {
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
    let scores = |slug: &str| {
        index
            .occupations
            .iter()
            .find(|o| o.slug == slug)
            .and_then(|o| o.scores.clone())
            .unwrap_or_else(|| panic!("{slug}"))
    };
    // Four of the five "highest resilience" occupations before, none with O*NET data: their
    // resilience now leans on their ISCO group, and they are left out of rankings.
    for slug in [
        "games-development-manager",
        "sommelier",
        "arts-education-officer",
        "cabin-crew-instructor",
    ] {
        let s = scores(slug);
        assert!(!s.resilience_basis.is_own(), "{slug}");
        assert!(s.resilience_evidence.is_some_and(|e| e < 1.0), "{slug}");
        assert!(!s.rests_on_own_data(), "{slug}");
    }
    // Astrologer is mapped only to Mathematicians.
    let astrologer = scores("astrologer");
    assert!(astrologer.weak_match && !astrologer.rests_on_own_data());
    let ciso = scores("chief-ict-security-officer");
    assert!(ciso.rests_on_own_data());
}

#[test]
fn index_covers_every_occupation_with_unique_slugs_and_chunks() {
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
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
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
    let skills: SkillDictionary = read("skills.json");
    let thresholds = index.fitted.viability.expect("thresholds are fitted");
    // The skill side of the blend, from the shipped index (the work-activity side comes from
    // O*NET data the dataset does not ship; the dataset check rebuilds the chunks from it).
    let similarity = SimilarityIndex::build(&index.skill_profiles());
    let position = positions(&index);
    let (mut full, mut reranked) = (0, 0);
    for (origin, o) in index.occupations.iter().enumerate() {
        let d: OccupationDetail = read(&format!("occupations/{}.json", o.slug));
        assert!(d.scores.is_some() && d.scores == o.scores, "{}", o.slug);
        let candidates = similarity.top_k(origin, BLEND_CANDIDATES);
        let by_skills: Vec<&str> = candidates
            .iter()
            .take(8)
            .map(|n| index.occupations[n.occupation as usize].slug.as_str())
            .collect();
        let slugs: Vec<&str> = d.similar.iter().map(|r| r.slug.as_str()).collect();
        assert!(!slugs.contains(&o.slug.as_str()));
        full += usize::from(slugs.len() == 8);
        reranked += usize::from(slugs != by_skills);
        let has = |skill: &u32| o.essential.contains(skill) || o.optional.contains(skill);
        for role in &d.similar {
            // Among the skill-similar candidates, its band from the skill similarity, its rank
            // from the blend: skills alone, or 0.7 x skills plus up to 0.3.
            let target_at = position[role.slug.as_str()];
            let skill = candidates
                .iter()
                .find(|n| n.occupation as usize == target_at)
                .unwrap_or_else(|| panic!("{} -> {} is no candidate", o.slug, role.slug))
                .similarity;
            assert_eq!(role.viability, Some(thresholds.classify(skill)));
            let low = BLEND_W_SKILLS * skill;
            assert!(
                role.similarity == skill
                    || (role.similarity >= low - 1e-6
                        && role.similarity <= low + BLEND_W_ACTIVITIES + 1e-6),
                "{} -> {}",
                o.slug,
                role.slug
            );
            let target = &index.occupations[target_at];
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
        // A weak O*NET match is ranked on skills alone.
        if o.scores.as_ref().is_some_and(|s| s.weak_match) {
            assert_eq!(slugs, by_skills, "{}", o.slug);
        }
    }
    assert!(full > 2900, "only {full} occupations have 8 similar roles");
    assert!(
        reranked > 1000,
        "the work-activity blend re-ranked only {reranked} lists"
    );
}

#[test]
fn every_chunks_growth_moves_are_viable_moves_beyond_its_similar_roles() {
    let index: Index = databuild::export::read_index(&data_dir()).unwrap();
    let skills: SkillDictionary = read("skills.json");
    let viable = index
        .fitted
        .viability
        .expect("thresholds are fitted")
        .viable;
    let similarity = SimilarityIndex::build(&index.skill_profiles());
    let levels = careerlens_engine::pathways::career_levels(&index);
    let position = positions(&index);
    let label = |id: &u32| skills.skills[*id as usize].label.as_str();
    let (mut with_progression, mut with_lateral) = (0, 0);
    for (origin, o) in index.occupations.iter().enumerate() {
        let d: OccupationDetail = read(&format!("occupations/{}.json", o.slug));
        let listed: Vec<&str> = d.similar.iter().map(|r| r.slug.as_str()).collect();
        let has = |skill: &u32| o.essential.contains(skill) || o.optional.contains(skill);
        for (moves, progression) in [(&d.progression, true), (&d.lateral, false)] {
            assert!(moves.len() <= 5, "{}", o.slug);
            assert!(moves.windows(2).all(|w| w[0].similarity >= w[1].similarity));
            for role in moves.iter() {
                assert!(
                    !listed.contains(&role.slug.as_str()),
                    "{} -> {}",
                    o.slug,
                    role.slug
                );
                assert_ne!(role.slug, o.slug);
                let target = position[role.slug.as_str()];
                assert_eq!(role.title, index.occupations[target].title);
                // A move's similarity is the skill similarity alone, at least the viable one.
                let skill = similarity.similarity(origin, target).unwrap_or(0.0);
                assert!(
                    (role.similarity - skill).abs() < 1e-6,
                    "{} -> {}",
                    o.slug,
                    role.slug
                );
                assert!(skill >= viable);
                let (from, to) = (levels[origin], levels[target]);
                if progression {
                    assert!(careerlens_engine::pathways::is_progression(from, to));
                } else {
                    assert!(careerlens_engine::pathways::is_lateral(from, to));
                }
                let missing: Vec<&str> = index.occupations[target]
                    .essential
                    .iter()
                    .filter(|s| !has(s))
                    .map(label)
                    .collect();
                assert_eq!(role.skills_to_learn.len(), missing.len().min(4));
                assert!(
                    role.skills_to_learn
                        .iter()
                        .all(|l| missing.contains(&l.as_str()))
                );
            }
        }
        with_progression += usize::from(!d.progression.is_empty());
        with_lateral += usize::from(!d.lateral.is_empty());
        // What the FAQ says this occupation needs that its closest role lacks.
        if let Some(closest) = d.similar.first() {
            let closest = &index.occupations[position[closest.slug.as_str()]];
            let lacks: Vec<&str> = o
                .essential
                .iter()
                .filter(|s| !closest.essential.contains(s) && !closest.optional.contains(s))
                .map(label)
                .collect();
            assert_eq!(d.closest_lacks.len(), lacks.len().min(3), "{}", o.slug);
            assert!(d.closest_lacks.iter().all(|l| lacks.contains(&l.as_str())));
        }
    }
    // The counts the profiles showed when the browser computed the moves from the whole index.
    assert!(
        with_progression > 1500,
        "only {with_progression} chunks list a progression move"
    );
    assert!(
        with_lateral > 1800,
        "only {with_lateral} chunks list a lateral move"
    );
}

#[test]
fn sizes_stay_within_budget() {
    // What the home page loads, and what each other part adds when a view needs it.
    for (part, budget) in [
        (IndexPart::Core, 140_000),
        (IndexPart::Ids, 80_000),
        (IndexPart::Labels, 140_000),
        (IndexPart::Postings, 180_000),
        (IndexPart::Onet, 120_000),
    ] {
        let bytes = std::fs::read(data_dir().join(part.file())).unwrap();
        assert!(
            gzip_len(&bytes) <= budget,
            "{} over {budget} B gzip",
            part.file()
        );
    }
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
