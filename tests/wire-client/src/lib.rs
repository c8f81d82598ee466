// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod models;
pub mod items;
mod shared;
mod validate;
mod runtime;

pub use reqwest;
pub use runtime::{
    Attempt, Client, ConfigError, EncodedBody, Error, Hooks, Items, Pages, Request,
    Response, RetryPolicy, Sending, ValidationError,
};

/// The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://wire.example.com/v1";
