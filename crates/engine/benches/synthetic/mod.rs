//! A deterministic synthetic skill dataset shaped like ESCO v1.1.1: 3,007 occupations, 13,896
//! skills, about 20 essential and 20 optional skills each, and skill popularity following a
//! Zipf-Mandelbrot law `1 / (rank + 30)` (real ESCO: the most common skill is listed by 350
//! occupations, the 1,000th by 27; this law gives about 630 and 19, so it is slightly harder).

use careerlens_engine::similarity::OccupationSkills;

/// Occupations in ESCO v1.1.1.
pub const OCCUPATIONS: usize = 3007;
/// Skill and knowledge concepts in ESCO v1.1.1.
pub const SKILLS: usize = 13_896;
/// Offset of the Zipf-Mandelbrot law.
const ZIPF_OFFSET: f64 = 30.0;

/// SplitMix64: tiny, seeded, good enough for test data.
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator with the given seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }

    /// Next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    pub fn next_f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }
}

/// Generates `occupations` skill profiles over `skills` skills from `seed`.
pub fn generate(occupations: usize, skills: usize, seed: u64) -> Vec<OccupationSkills> {
    let mut rng = SplitMix64::new(seed);
    let mut cumulative = Vec::with_capacity(skills);
    let mut total = 0.0;
    for rank in 1..=skills {
        total += 1.0 / (rank as f64 + ZIPF_OFFSET);
        cumulative.push(total);
    }
    // Skill ids are a fixed permutation of ranks so popular skills are not all low ids.
    let mut ids: Vec<u32> = (0..skills as u32).collect();
    for i in (1..ids.len()).rev() {
        ids.swap(i, rng.range(0, i));
    }
    let draw = |rng: &mut SplitMix64, taken: &mut Vec<u32>| loop {
        let x = rng.next_f64() * total;
        let rank = cumulative.partition_point(|&c| c < x).min(skills - 1);
        let id = ids[rank];
        if !taken.contains(&id) {
            taken.push(id);
            return id;
        }
    };
    (0..occupations)
        .map(|_| {
            let mut taken = Vec::new();
            let essential_count = rng.range(15, 25);
            let optional_count = rng.range(15, 25);
            let essential = (0..essential_count)
                .map(|_| draw(&mut rng, &mut taken))
                .collect();
            let optional = (0..optional_count)
                .map(|_| draw(&mut rng, &mut taken))
                .collect();
            OccupationSkills {
                essential,
                optional,
            }
        })
        .collect()
}
