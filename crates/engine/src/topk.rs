//! Top-k similar roles for one occupation or for all, over [`SimilarityIndex`].
//!
//! Rankings compare one `u64` key per candidate: the similarity's bits (a non-negative `f32`
//! orders like its bits) above the inverted occupation index, so "higher similarity, then
//! lower index" is a single integer comparison. This keeps the hot loop free of calls that
//! the size-optimised WebAssembly build would not inline.

use crate::similarity::{Neighbour, Scratch, SimilarityIndex};

/// Ranking key: larger is better (similarity first, then lower occupation index).
#[inline(always)]
fn rank_key(n: Neighbour) -> u64 {
    (u64::from(n.similarity.to_bits()) << 32) | u64::from(u32::MAX - n.occupation)
}

#[inline(always)]
fn from_key(key: u64) -> Neighbour {
    Neighbour {
        occupation: u32::MAX - key as u32,
        similarity: f32::from_bits((key >> 32) as u32),
    }
}

/// Inserts `key` into the descending list `slots[..*len]`, which holds at most `slots.len()`.
#[inline(always)]
fn insert_key(slots: &mut [u64], len: &mut usize, key: u64) {
    let capacity = slots.len();
    let mut at = if *len < capacity {
        *len += 1;
        *len - 1
    } else if capacity > 0 && key > slots[capacity - 1] {
        capacity - 1
    } else {
        return;
    };
    while at > 0 && slots[at - 1] < key {
        slots[at] = slots[at - 1];
        at -= 1;
    }
    slots[at] = key;
}

impl SimilarityIndex {
    /// Writes the `k` most similar other occupations into `out`, best first (ties: lower index).
    /// Occupations sharing no weighted skill are never listed.
    pub fn top_k_into(
        &self,
        origin: usize,
        k: usize,
        scratch: &mut Scratch,
        out: &mut Vec<Neighbour>,
    ) {
        out.clear();
        let mut keys = std::mem::take(&mut scratch.keys);
        keys.clear();
        keys.resize(k, 0);
        let mut len = 0;
        self.for_each_candidate(origin, false, scratch, |n| {
            insert_key(&mut keys, &mut len, rank_key(n))
        });
        out.extend(keys[..len].iter().map(|&key| from_key(key)));
        scratch.keys = keys;
    }

    /// The `k` most similar other occupations, best first (allocates; see [`Self::top_k_into`]).
    pub fn top_k(&self, origin: usize, k: usize) -> Vec<Neighbour> {
        let mut out = Vec::with_capacity(k);
        self.top_k_into(origin, k, &mut self.scratch(), &mut out);
        out
    }

    /// Top-k for every occupation. Each pair is scored once and offered to both sides, which
    /// halves the work; the result equals calling [`Self::top_k`] for each occupation, because
    /// a pair's score is the same bits from either side.
    pub fn top_k_all(&self, k: usize) -> Vec<Vec<Neighbour>> {
        let n = self.len();
        let mut scratch = self.scratch();
        let mut keys = vec![0u64; n * k];
        let mut lens = vec![0usize; n];
        // A full list's worst key, kept apart so most offers are rejected by one comparison.
        let mut entry_bar = vec![0u64; n];
        let mut offer = |owner: usize, key: u64| {
            if k > 0 && key > entry_bar[owner] {
                let slots = &mut keys[owner * k..owner * k + k];
                insert_key(slots, &mut lens[owner], key);
                if lens[owner] == k {
                    entry_bar[owner] = slots[k - 1];
                }
            }
        };
        for origin in 0..n {
            self.for_each_candidate(origin, true, &mut scratch, |m| {
                offer(
                    m.occupation as usize,
                    rank_key(Neighbour {
                        occupation: origin as u32,
                        ..m
                    }),
                );
                offer(origin, rank_key(m));
            });
        }
        (0..n)
            .map(|o| {
                keys[o * k..o * k + lens[o]]
                    .iter()
                    .map(|&key| from_key(key))
                    .collect()
            })
            .collect()
    }
}
