// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod models;
pub mod items;
pub mod shelves;
pub mod scans;
mod shared;
mod validate;
mod runtime;

pub use reqwest;
pub use runtime::{
    Attempt, Client, ConfigError, Error, Hooks, Request, Response, RetryPolicy, Sending,
    ValidationError,
};

/// The spec names no server: give each [`Client`] one with [`Client::with_base_url`].
pub const DEFAULT_BASE_URL: &str = "";
