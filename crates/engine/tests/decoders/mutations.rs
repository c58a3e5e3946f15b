//! Mutations of valid input: the strategy for one [`Mutation`] (cut short, a bit flipped, a
//! character inserted, a span replaced by something hostile, or a number replaced by one that no
//! format accepts) and [`Mutation::apply`], which makes it to a text at a position chosen by
//! proptest.

use proptest::prelude::*;
use proptest::sample::{Index as Position, select};

/// Spans that replace part of a valid input: hostile numbers, markup, JSON punctuation,
/// control and non-ASCII characters, and pieces of the formats themselves.
const SPLICES: &[&str] = &[
    "NaN",
    "-1",
    "1e309",
    "18446744073709551616",
    "0",
    "6",
    "2.5",
    "null",
    "true",
    "\"\"",
    "[]",
    "{}",
    "[[[[[[[[",
    "<script>alert(1)</script>",
    "\\u0000",
    "\\ud800",
    "\u{0}",
    "\u{feff}",
    "\u{202e}",
    "é",
    "\u{10ffff}",
    "\"",
    "\\",
    ",",
    ":",
    ".",
    "#",
    "-",
    "--",
    " ",
    "\n",
    "cl1.",
    "cl2.",
    "careerlens-answers",
    "\"r1\":4",
    "\"answers\":{}",
];

/// Replacements for a number of a valid JSON file, none of them a valid version, rating or job
/// zone (those are whole numbers, 1 for the version and 1–5 for the others).
const NUMBERS: &[&str] = &[
    "NaN",
    "Infinity",
    "-Infinity",
    "-1",
    "-0",
    "0",
    "6",
    "2.5",
    "4.0",
    "4e0",
    "1e309",
    "-1e309",
    "1e20",
    "18446744073709551616",
    "99999999999999999999999999999999",
    "00004",
    "0x4",
    "+4",
    "4 4",
    "",
];

#[derive(Clone, Debug)]
pub(crate) enum Mutation {
    /// Keep the bytes before this position (possibly inside a character).
    Truncate(Position),
    /// Flip one bit of one byte.
    FlipBit(Position, u8),
    /// Insert a character before this byte.
    Insert(Position, char),
    /// Replace up to this many bytes from a position by a span.
    Splice(Position, usize, &'static str),
    /// Replace one number (a run of ASCII digits in a share link) by another.
    Number(Position, &'static str),
}

pub(crate) fn mutations() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        any::<Position>().prop_map(Mutation::Truncate),
        (any::<Position>(), 0u8..8).prop_map(|(at, bit)| Mutation::FlipBit(at, bit)),
        (any::<Position>(), any::<char>()).prop_map(|(at, c)| Mutation::Insert(at, c)),
        (any::<Position>(), 0usize..5, select(SPLICES))
            .prop_map(|(at, n, span)| Mutation::Splice(at, n, span)),
        (any::<Position>(), select(NUMBERS)).prop_map(|(at, n)| Mutation::Number(at, n)),
    ]
}

/// The byte ranges of the numbers of a JSON text (outside its strings), or of the runs of
/// digits of any other text.
fn number_spans(text: &str) -> Vec<(usize, usize)> {
    let json = text.starts_with('{');
    let bytes = text.as_bytes();
    let (mut spans, mut in_string, mut escaped, mut at) = (Vec::new(), false, false, 0);
    while at < bytes.len() {
        let byte = bytes[at];
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            at += 1;
        } else if json && byte == b'"' {
            in_string = true;
            at += 1;
        } else if byte.is_ascii_digit() || (json && byte == b'-') {
            let start = at;
            let number = |b: u8| b.is_ascii_digit() || (json && b"-+.eE".contains(&b));
            while at < bytes.len() && number(bytes[at]) {
                at += 1;
            }
            spans.push((start, at));
        } else {
            at += 1;
        }
    }
    spans
}

impl Mutation {
    pub(crate) fn apply(&self, text: &str) -> String {
        let bytes = text.as_bytes();
        let len = bytes.len();
        let replace = |start: usize, end: usize, with: &[u8]| -> Vec<u8> {
            [&bytes[..start], with, &bytes[end..]].concat()
        };
        let mutated = match *self {
            Mutation::Truncate(at) => bytes[..at.index(len + 1)].to_vec(),
            Mutation::FlipBit(at, bit) => {
                let at = at.index(len);
                replace(at, at + 1, &[bytes[at] ^ (1 << bit)])
            }
            Mutation::Insert(at, c) => {
                let at = at.index(len + 1);
                replace(at, at, c.encode_utf8(&mut [0; 4]).as_bytes())
            }
            Mutation::Splice(at, n, span) => {
                let start = at.index(len + 1);
                replace(start, (start + n).min(len), span.as_bytes())
            }
            Mutation::Number(which, number) => {
                let spans = number_spans(text);
                match spans.get(which.index(spans.len().max(1))) {
                    Some(&(start, end)) => replace(start, end, number.as_bytes()),
                    None => bytes.to_vec(),
                }
            }
        };
        String::from_utf8_lossy(&mutated).into_owned()
    }
}
