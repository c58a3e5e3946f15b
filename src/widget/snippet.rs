//! The embed snippets live in the engine ([`careerlens_engine::embed`]), so the dataset build
//! writes the same iframe into each occupation's oEmbed file as the embed dialog shows.

pub use careerlens_engine::embed::{
    CardTheme, Embed, HEIGHT_MESSAGE, MAX_FRAME_HEIGHT, height_listener,
};
