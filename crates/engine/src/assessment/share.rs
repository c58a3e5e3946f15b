//! The share link: a person's answers packed into a URL fragment, so a results page can be
//! opened elsewhere without sending the answers to any server (browsers never send fragments).
//!
//! Layout, version 1: `cl1.<ratings><job zone>.<current slug>.<check>`
//! * `<ratings>`: [`ITEMS`] in order, two items per character: each item is 0 (unanswered) or
//!   its rating 1–5, and a pair `(a, b)` is the base-36 digit `6a + b` (`0-9a-z`). 58 items make
//!   29 characters.
//! * `<job zone>`: one digit, 0 for none or 1–5.
//! * `<current slug>`: the current occupation's slug, empty for none.
//! * `<check>`: FNV-1a (32 bits) of everything before the last `.`, as 7 base-36 digits, so a
//!   truncated or edited link is detected rather than read as different answers.

use std::fmt;

use super::answers::{Answers, is_slug};
use super::items::ITEMS;

/// The prefix of every version-1 share link.
pub const SHARE_PREFIX: &str = "cl1.";
/// Longer fragments are refused before decoding.
pub const MAX_SHARE_LEN: usize = 512;

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
const RATING_CHARS: usize = ITEMS.len().div_ceil(2);
const CHECK_CHARS: usize = 7;

/// FNV-1a, 32 bits: small, dependency-free, and enough to catch a mangled link (this is not a
/// security measure: anyone can compute it).
fn fnv1a(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5, |hash, byte| {
        (hash ^ u32::from(byte)).wrapping_mul(0x0100_0193)
    })
}

fn base36(mut value: u32, width: usize) -> String {
    let mut out = vec![b'0'; width];
    for slot in out.iter_mut().rev() {
        *slot = DIGITS[(value % 36) as usize];
        value /= 36;
    }
    String::from_utf8(out).expect("base-36 digits are ASCII")
}

fn digit_value(byte: u8) -> Option<u8> {
    DIGITS.iter().position(|&d| d == byte).map(|p| p as u8)
}

/// Packs answers into a share-link fragment (without the `#`).
pub fn encode(answers: &Answers) -> String {
    let rating = |position: usize| {
        answers
            .ratings
            .get(position)
            .copied()
            .flatten()
            .unwrap_or(0)
    };
    let mut body = String::from(SHARE_PREFIX);
    for pair in 0..RATING_CHARS {
        let value = 6 * rating(2 * pair) + rating(2 * pair + 1);
        body.push(DIGITS[usize::from(value)] as char);
    }
    body.push(DIGITS[usize::from(answers.job_zone.unwrap_or(0))] as char);
    body.push('.');
    body.push_str(answers.current.as_deref().unwrap_or(""));
    let check = base36(fnv1a(&body), CHECK_CHARS);
    format!("{body}.{check}")
}

/// Unpacks a share-link fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Answers, ShareError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    if fragment.len() > MAX_SHARE_LEN {
        return Err(ShareError::TooLong);
    }
    if !fragment.starts_with(SHARE_PREFIX) {
        let version = fragment
            .strip_prefix("cl")
            .and_then(|rest| rest.split('.').next());
        return Err(match version {
            // "cl1" alone is a version-1 link cut off right after its prefix.
            Some("1") => ShareError::Truncated,
            Some(v) if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) => {
                ShareError::UnknownVersion
            }
            _ => ShareError::NotALink,
        });
    }
    let (body, check) = fragment.rsplit_once('.').ok_or(ShareError::Truncated)?;
    if check.len() != CHECK_CHARS || !check.bytes().all(|b| digit_value(b).is_some()) {
        // A link cut short loses the end of its check, or its slug and check with their dots.
        let cut_short = check.len() < CHECK_CHARS || fragment.matches('.').count() < 3;
        return Err(if cut_short {
            ShareError::Truncated
        } else {
            ShareError::Damaged
        });
    }
    if base36(fnv1a(body), CHECK_CHARS) != check {
        return Err(ShareError::Damaged);
    }
    // The check may cover the prefix alone ("cl1.<check of cl1>"): never slice past it.
    let rest = body
        .strip_prefix(SHARE_PREFIX)
        .ok_or(ShareError::Truncated)?;
    let (packed, slug) = rest.split_once('.').ok_or(ShareError::Truncated)?;
    if packed.len() != RATING_CHARS + 1 {
        return Err(ShareError::Truncated);
    }
    let (pairs, zone) = packed.as_bytes().split_at(RATING_CHARS);
    let mut answers = Answers::default();
    for (pair, &byte) in pairs.iter().enumerate() {
        let value = digit_value(byte).ok_or(ShareError::Damaged)?;
        for (offset, rating) in [(0, value / 6), (1, value % 6)] {
            if let Some(slot) = answers.ratings.get_mut(2 * pair + offset) {
                *slot = (rating > 0).then_some(rating);
            } else if rating != 0 {
                return Err(ShareError::Damaged);
            }
        }
    }
    answers.job_zone = match digit_value(zone[0]) {
        Some(0) => None,
        Some(zone @ 1..=5) => Some(zone),
        _ => return Err(ShareError::Damaged),
    };
    answers.current = match slug {
        "" => None,
        slug if is_slug(slug) => Some(slug.to_owned()),
        _ => return Err(ShareError::Damaged),
    };
    Ok(answers)
}

/// Why a share link could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShareError {
    Empty,
    TooLong,
    NotALink,
    UnknownVersion,
    Truncated,
    Damaged,
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ShareError::Empty => "This link carries no answers.",
            ShareError::TooLong => "This link is far longer than a CareerLens share link, so it was not read.",
            ShareError::NotALink => "This is not a CareerLens share link.",
            ShareError::UnknownVersion => {
                "This share link was made by a newer version of CareerLens and cannot be read here."
            }
            ShareError::Truncated => {
                "This share link is incomplete: part of it was probably cut off when it was copied."
            }
            ShareError::Damaged => {
                "This share link has been changed or damaged since it was made, so its answers cannot be trusted."
            }
        })
    }
}

impl std::error::Error for ShareError {}
