//! The Career DNA item bank: CareerLens's own statements, version 1.
//!
//! * Interests: five activities per Holland (RIASEC) area, written for CareerLens and informed by
//!   the kinds of activity in O*NET's "Interests Illustrative Activities" (29.3, CC BY 4.0); none
//!   is an O*NET Interest Profiler item. Rated 1 (strongly dislike) to 5 (strongly like).
//! * Work styles: one statement per O*NET work style, rated 1 (not at all like me) to 5 (very much
//!   like me). Seven are public-domain IPIP-NEO-120 items (Johnson 2014) put in the first person;
//!   [`IPIP_SOURCES`] names them. The others are CareerLens's own.
//! * Work values: two statements per O*NET work value, rated 1 (not important) to 5 (essential).
//! * Background: the education or experience level (an O*NET job zone) and the current
//!   occupation, both optional and answered outside the 1–5 ratings.
//!
//! Item ids are stable: answers files and share links refer to items by id and by position, so
//! an item is never reordered or reworded in meaning within a version of [`ITEMS`].

/// The part of the assessment an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    Interests,
    WorkStyles,
    WorkValues,
    Background,
}

impl Part {
    /// The part's name in the item bank's CSV export.
    pub fn key(self) -> &'static str {
        match self {
            Part::Interests => "interests",
            Part::WorkStyles => "work_styles",
            Part::WorkValues => "work_values",
            Part::Background => "background",
        }
    }

    /// The question every item of this part answers, for the assessment's screens.
    pub fn prompt(self) -> &'static str {
        match self {
            Part::Interests => "How much would you like doing this?",
            Part::WorkStyles => "How well does this describe you?",
            Part::WorkValues => "How important is this to you in a job?",
            Part::Background => "About you (optional)",
        }
    }

    /// The words of the five answers, from 1 to 5.
    pub fn scale_labels(self) -> [&'static str; 5] {
        match self {
            Part::Interests | Part::Background => [
                "Strongly dislike",
                "Dislike",
                "Not sure",
                "Like",
                "Strongly like",
            ],
            Part::WorkStyles => [
                "Not at all like me",
                "A little like me",
                "Somewhat like me",
                "Mostly like me",
                "Very much like me",
            ],
            Part::WorkValues => [
                "Not important",
                "A little important",
                "Important",
                "Very important",
                "Essential",
            ],
        }
    }
}

/// What an item measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scale {
    /// A RIASEC area, as its position in [`RIASEC`].
    Interest(usize),
    /// An O*NET work style, as its position in [`WORK_STYLES`].
    WorkStyle(usize),
    /// An O*NET work value, as its position in [`WORK_VALUES`].
    WorkValue(usize),
    /// The highest education or experience, answered as a job zone 1–5.
    JobZone,
    /// The current or most recent occupation, answered with the occupation search.
    CurrentOccupation,
}

impl Scale {
    /// The scale's name in the CSV export: the RIASEC letter, or the O*NET name as `index.json`
    /// spells it.
    pub fn key(self) -> &'static str {
        match self {
            Scale::Interest(i) => RIASEC_LETTERS[i],
            Scale::WorkStyle(i) => WORK_STYLES[i],
            Scale::WorkValue(i) => WORK_VALUES[i],
            Scale::JobZone => "job_zone",
            Scale::CurrentOccupation => "current",
        }
    }

    /// The part this scale belongs to.
    pub fn part(self) -> Part {
        match self {
            Scale::Interest(_) => Part::Interests,
            Scale::WorkStyle(_) => Part::WorkStyles,
            Scale::WorkValue(_) => Part::WorkValues,
            Scale::JobZone | Scale::CurrentOccupation => Part::Background,
        }
    }
}

/// One statement of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// Stable id, used in answers files.
    pub id: &'static str,
    pub scale: Scale,
    /// The statement as shown.
    pub text: &'static str,
}

impl Item {
    pub fn part(&self) -> Part {
        self.scale.part()
    }
}

/// The six Holland areas, in the order of `index.json`'s `riasec`.
pub const RIASEC: [&str; 6] = [
    "Realistic",
    "Investigative",
    "Artistic",
    "Social",
    "Enterprising",
    "Conventional",
];

/// The first letters of [`RIASEC`].
pub const RIASEC_LETTERS: [&str; 6] = ["R", "I", "A", "S", "E", "C"];

/// The 16 O*NET work styles, in the order of `index.json`'s `work_styles`.
pub const WORK_STYLES: [&str; 16] = [
    "Achievement/Effort",
    "Persistence",
    "Initiative",
    "Leadership",
    "Cooperation",
    "Concern for Others",
    "Social Orientation",
    "Self-Control",
    "Stress Tolerance",
    "Adaptability/Flexibility",
    "Dependability",
    "Attention to Detail",
    "Integrity",
    "Independence",
    "Innovation",
    "Analytical Thinking",
];

/// The six O*NET work values, in the order of `index.json`'s `work_values`.
pub const WORK_VALUES: [&str; 6] = [
    "Achievement",
    "Working Conditions",
    "Recognition",
    "Relationships",
    "Support",
    "Independence",
];

const fn interest(id: &'static str, area: usize, text: &'static str) -> Item {
    Item {
        id,
        scale: Scale::Interest(area),
        text,
    }
}

const fn style(id: &'static str, style: usize, text: &'static str) -> Item {
    Item {
        id,
        scale: Scale::WorkStyle(style),
        text,
    }
}

const fn value(id: &'static str, value: usize, text: &'static str) -> Item {
    Item {
        id,
        scale: Scale::WorkValue(value),
        text,
    }
}

/// Every rated item, in the order the assessment asks them. Answers are stored by position in
/// this list.
pub const ITEMS: [Item; 58] = [
    // Interests, interleaved so that no two neighbouring screens ask about the same area.
    interest("r1", 0, "Repair a bicycle or a small engine"),
    interest("i1", 1, "Run experiments in a laboratory"),
    interest("a1", 2, "Design a poster, a logo or a book cover"),
    interest("s1", 3, "Teach a child to read"),
    interest("e1", 4, "Start and run your own business"),
    interest(
        "c1",
        5,
        "Keep accurate financial records for an organisation",
    ),
    interest("r2", 0, "Build a garden shed from a plan"),
    interest(
        "i2",
        1,
        "Work out why a computer program gives a wrong answer",
    ),
    interest("a2", 2, "Write short stories or song lyrics"),
    interest(
        "s2",
        3,
        "Support someone through a difficult time in their life",
    ),
    interest("e2", 4, "Persuade customers to choose your product"),
    interest("c2", 5, "Check documents for errors against a set of rules"),
    interest("r3", 0, "Operate heavy machinery on a building site"),
    interest("i3", 1, "Analyse data to test whether an idea is true"),
    interest("a3", 2, "Act in a play or a film"),
    interest("s3", 3, "Care for patients as they recover in hospital"),
    interest("e3", 4, "Lead a team to meet a sales target"),
    interest("c3", 5, "Set up and maintain a filing system for an office"),
    interest("r4", 0, "Look after animals and crops on a farm"),
    interest("i4", 1, "Study how the body fights disease"),
    interest("a4", 2, "Photograph people and places for a magazine"),
    interest("s4", 3, "Coach a sports team of young people"),
    interest("e4", 4, "Negotiate a contract on behalf of your company"),
    interest("c4", 5, "Prepare a monthly budget in a spreadsheet"),
    interest("r5", 0, "Install the wiring and lighting in a new house"),
    interest("i5", 1, "Research what causes changes in the climate"),
    interest("a5", 2, "Compose music or arrange songs for a band"),
    interest(
        "s5",
        3,
        "Run a workshop that helps adults learn a new skill",
    ),
    interest("e5", 4, "Stand for election to a local council"),
    interest("c5", 5, "Schedule deliveries and keep track of stock"),
    // Work styles, in the order of WORK_STYLES.
    style("ws-achievement", 0, "I do more than what's expected of me."),
    style(
        "ws-persistence",
        1,
        "I carry out my plans, even when obstacles get in the way.",
    ),
    style(
        "ws-initiative",
        2,
        "I take on new tasks without waiting to be asked.",
    ),
    style("ws-leadership", 3, "I take charge."),
    style(
        "ws-cooperation",
        4,
        "I am good-natured and easy to work with, even when I disagree.",
    ),
    style("ws-concern", 5, "I love to help others."),
    style(
        "ws-social",
        6,
        "I prefer working with other people to working alone.",
    ),
    style(
        "ws-self-control",
        7,
        "I keep my temper and stay polite when someone criticises me.",
    ),
    style("ws-stress", 8, "I remain calm under pressure."),
    style("ws-adaptability", 9, "I prefer variety to routine."),
    style("ws-dependability", 10, "I keep my promises."),
    style(
        "ws-detail",
        11,
        "I check my work carefully for small mistakes.",
    ),
    style(
        "ws-integrity",
        12,
        "I am honest, even when the truth is unwelcome or no one would know.",
    ),
    style(
        "ws-independence",
        13,
        "I like to work things out on my own, with little guidance.",
    ),
    style(
        "ws-innovation",
        14,
        "I enjoy coming up with new ideas and new ways of doing things.",
    ),
    style(
        "ws-analytical",
        15,
        "I like to think a problem through logically before I act.",
    ),
    // Work values, two statements each, in the order of WORK_VALUES.
    value(
        "wv-achievement-1",
        0,
        "Work that makes full use of my abilities",
    ),
    value(
        "wv-achievement-2",
        0,
        "Seeing the results of what I have done",
    ),
    value("wv-conditions-1", 1, "Good pay and a secure job"),
    value(
        "wv-conditions-2",
        1,
        "Being busy, with a variety of things to do",
    ),
    value(
        "wv-recognition-1",
        2,
        "Chances to be promoted and to lead others",
    ),
    value("wv-recognition-2", 2, "A job that other people look up to"),
    value(
        "wv-relationships-1",
        3,
        "Friendly colleagues and the chance to help other people",
    ),
    value(
        "wv-relationships-2",
        3,
        "Never being asked to do something I think is wrong",
    ),
    value(
        "wv-support-1",
        4,
        "A manager who backs the team and trains people well",
    ),
    value("wv-support-2", 4, "An employer that treats people fairly"),
    value(
        "wv-independence-1",
        5,
        "Deciding for myself how to do my work",
    ),
    value("wv-independence-2", 5, "Room to try out my own ideas"),
];

/// The background questions, asked after the rated items.
pub const BACKGROUND: [Item; 2] = [
    Item {
        id: "job-zone",
        scale: Scale::JobZone,
        text: "What is the highest level of education or work experience you have?",
    },
    Item {
        id: "current",
        scale: Scale::CurrentOccupation,
        text: "What is your current or most recent occupation?",
    },
];

/// The answers to the job-zone question: each level in plain words, as O*NET job zone 1–5.
pub const JOB_ZONE_CHOICES: [(u8, &str); 5] = [
    (1, "Little or no formal education or work experience yet"),
    (2, "Secondary school, or some work experience"),
    (
        3,
        "Vocational training, an apprenticeship or a short higher-education course, or several years of skilled work",
    ),
    (
        4,
        "A bachelor's degree, or long experience in a skilled role",
    ),
    (
        5,
        "A master's degree, a doctorate or a professional qualification such as law or medicine",
    ),
];

/// The IPIP-NEO-120 items (public domain) that work-style statements are taken from, by item id:
/// (item id, IPIP text, Big Five domain and facet).
pub const IPIP_SOURCES: [(&str, &str, &str); 7] = [
    (
        "ws-achievement",
        "Do more than what's expected of me",
        "Conscientiousness: achievement-striving",
    ),
    (
        "ws-persistence",
        "Carry out my plans",
        "Conscientiousness: self-discipline",
    ),
    (
        "ws-leadership",
        "Take charge",
        "Extraversion: assertiveness",
    ),
    (
        "ws-concern",
        "Love to help others",
        "Agreeableness: altruism",
    ),
    (
        "ws-stress",
        "Remain calm under pressure",
        "Neuroticism (reversed): vulnerability",
    ),
    (
        "ws-adaptability",
        "Prefer variety to routine",
        "Openness: adventurousness",
    ),
    (
        "ws-dependability",
        "Keep my promises",
        "Conscientiousness: dutifulness",
    ),
];

/// The position in [`ITEMS`] of the item with this id.
pub fn position(id: &str) -> Option<usize> {
    ITEMS.iter().position(|item| item.id == id)
}

/// The positions in [`ITEMS`] of every item on this scale.
pub fn items_of(scale: Scale) -> impl Iterator<Item = usize> {
    ITEMS
        .iter()
        .enumerate()
        .filter(move |(_, item)| item.scale == scale)
        .map(|(position, _)| position)
}
