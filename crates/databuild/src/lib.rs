//! Builds the dataset CareerLens ships (`public/data/`) from the raw ESCO and O*NET sources.
