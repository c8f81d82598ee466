// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A client for the Wire Test API.
//!
//! Exercises what the Losant spec does not, so the generated runtime is tested on the wire.
//!
//! This crate is generated from the OpenAPI description `tests/fixtures/specs/wire.yaml`; do not edit it by hand.
#![deny(missing_docs)]

#[rustfmt::skip]
pub mod models;

#[rustfmt::skip]
pub mod items;

#[rustfmt::skip]
mod validate;

#[rustfmt::skip]
mod runtime;

pub use reqwest;
pub use runtime::{Client, ConfigError, Error, Response, ValidationError};

/// The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://wire.example.com/v1";
