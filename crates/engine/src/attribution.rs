//! Attribution texts the data licences require, worded as the sources ask (see the data
//! provenance). The app's footer, /methodology, the dataset manifest and the README all use these.

/// A data source CareerLens builds on, with the credit line its licence asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    /// Short name of the source, as shown in lists.
    pub source: &'static str,
    /// The version or release of the source that the dataset was built from.
    pub version: &'static str,
    /// The licence the source is used under.
    pub licence: &'static str,
    /// The credit text, word for word as the licensor asks.
    pub text: &'static str,
    /// Where the source is published, for a plain attribution link (nothing is loaded from it).
    pub link: &'static str,
}

/// ESCO, the European Commission's occupation and skill classification.
pub const ESCO: Attribution = Attribution {
    source: "ESCO",
    version: "v1.1.1",
    licence: "European Commission reuse policy (Decision 2011/833/EU)",
    text: "This service uses the ESCO classification of the European Commission.",
    link: "https://esco.ec.europa.eu/",
};

/// O*NET, the US occupational information network database.
pub const ONET: Attribution = Attribution {
    source: "O*NET",
    version: "29.3",
    licence: "CC BY 4.0",
    text: "This page includes information from the O*NET 29.3 Database by the U.S. Department of \
           Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 \
           license. O*NET® is a trademark of USDOL/ETA.",
    link: "https://www.onetcenter.org/database.html",
};

/// O*NET 28.2's Work Activities, the newest release of that file CareerLens could obtain.
pub const ONET_WORK_ACTIVITIES: Attribution = Attribution {
    source: "O*NET Work Activities",
    version: "28.2",
    licence: "CC BY 4.0",
    text: "This page includes information from the O*NET 28.2 Database by the U.S. Department of \
           Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 \
           license. O*NET® is a trademark of USDOL/ETA.",
    link: "https://www.onetcenter.org/database.html",
};

/// O*NET 30.0's Abilities, the only release of that file CareerLens could obtain.
pub const ONET_ABILITIES: Attribution = Attribution {
    source: "O*NET Abilities",
    version: "30.0",
    licence: "CC BY 4.0",
    text: "This page includes information from the O*NET 30.0 Database by the U.S. Department of \
           Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 \
           license. O*NET® is a trademark of USDOL/ETA.",
    link: "https://www.onetcenter.org/database.html",
};

/// Nesta's manually validated ESCO to O*NET crosswalk, which ranks the crosswalk's matches.
pub const NESTA_CROSSWALK: Attribution = Attribution {
    source: "Mapping Career Causeways (Nesta)",
    version: "ESCO to O*NET crosswalk of November 2020",
    licence: "MIT, © 2021 Nesta",
    text: "Kanders K., Djumalieva J., Sleeman C., Orlik J. (2020). \"Mapping Career Causeways: \
           Supporting workers at risk.\" Nesta.",
    link: "https://github.com/nestauk/mapping-career-causeways",
};

/// The CC BY 4.0 licence asks that changes be stated; CareerLens aggregates and maps O*NET data
/// onto ESCO occupations.
pub const ONET_MODIFIED: &str = "CareerLens has modified the O*NET data: it is mapped onto ESCO \
                                 occupations through the O*NET Resource Center crosswalk and \
                                 averaged where several O*NET occupations match. USDOL/ETA has \
                                 not approved, endorsed or tested these modifications.";

/// Eloundou et al., the task-level exposure labels for large language models.
pub const GPTS_ARE_GPTS: Attribution = Attribution {
    source: "GPTs are GPTs (Eloundou, Manning, Mishkin & Rock)",
    version: "Science 384(6702), 2024; data of 2025-10-03",
    licence: "MIT, © 2024 OpenAI",
    text: "Eloundou T., Manning S., Mishkin P., Rock D. (2024). \"GPTs are GPTs: Labor market \
           impact potential of LLMs.\" Science 384(6702):1306-1308.",
    link: "https://github.com/openai/GPTs-are-GPTs",
};

/// Microsoft's measure of how applicable generative AI is to each occupation.
pub const MICROSOFT_WORKING_WITH_AI: Attribution = Attribution {
    source: "Working with AI (Microsoft Research)",
    version: "data of 2025-10-17",
    licence: "CC BY 4.0",
    text: "Tomlinson K., Jaffe S., Wang W., Counts S., Suri S. (2025). \"Working with AI: \
           Measuring the Applicability of Generative AI to Occupations.\" arXiv:2507.07935.",
    link: "https://github.com/microsoft/working-with-ai",
};

/// Anthropic's observed use of AI by occupation and task.
pub const ANTHROPIC_ECONOMIC_INDEX: Attribution = Attribution {
    source: "Anthropic Economic Index",
    version: "release 2025-02-10 and labour-market impacts",
    licence: "CC BY (data)",
    text: "Anthropic Economic Index; Handa K. et al. (2025). \"Which Economic Tasks are \
           Performed with AI? Evidence from Millions of Claude Conversations.\" arXiv:2503.04761.",
    link: "https://huggingface.co/datasets/Anthropic/EconomicIndex",
};

/// Every source, in the order they are credited.
pub const ALL: [Attribution; 8] = [
    ESCO,
    ONET,
    ONET_WORK_ACTIVITIES,
    ONET_ABILITIES,
    GPTS_ARE_GPTS,
    MICROSOFT_WORKING_WITH_AI,
    ANTHROPIC_ECONOMIC_INDEX,
    NESTA_CROSSWALK,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esco_and_onet_credits_use_the_licensors_wording() {
        assert_eq!(
            ESCO.text,
            "This service uses the ESCO classification of the European Commission."
        );
        assert!(
            ONET.text
                .starts_with("This page includes information from the O*NET 29.3")
        );
        assert!(ONET.text.ends_with("O*NET® is a trademark of USDOL/ETA."));
        // The line continuations must not leave double spaces inside the sentence.
        assert!(!ONET.text.contains("  "));
    }
}
