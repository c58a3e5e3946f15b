//! Forged untrusted input for the named cases: share links with a right check and answers files
//! with chosen fields.

use careerlens_engine::assessment::{Answers, AnswersError};

/// FNV-1a (32 bits) as seven base-36 digits: the check of a share link, written out again so a
/// test can forge a link whose check is right.
fn check_of(body: &str) -> String {
    let mut hash: u32 = 2_166_136_261;
    for byte in body.bytes() {
        hash ^= u32::from(byte);
        hash = hash.wrapping_mul(16_777_619);
    }
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = [b'0'; 7];
    for slot in out.iter_mut().rev() {
        *slot = digits[(hash % 36) as usize];
        hash /= 36;
    }
    String::from_utf8(out.to_vec()).unwrap()
}

/// A version-1 link with no ratings, job zone 3 and this `current`, with a right check.
pub(crate) fn forged_link(current: &str) -> String {
    let body = format!("cl1.{}3.{current}", "0".repeat(29));
    format!("{body}.{}", check_of(&body))
}

/// An answers file with these fields after its format and version.
pub(crate) fn answers_file(fields: &str) -> String {
    format!(r#"{{"format":"careerlens-answers","version":1{fields}}}"#)
}

pub(crate) fn refused(text: &str) -> AnswersError {
    Answers::from_json(text).expect_err(text)
}
