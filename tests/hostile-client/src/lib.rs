// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod models;
pub mod start;
pub mod new;
pub mod type_;
pub mod clone;
pub mod lib_api;
pub mod default;
mod shared;
mod runtime;

pub use reqwest;
pub use runtime::{
    Attempt, Client, ConfigError, Error, Hooks, Request, Response, RetryPolicy, Sending,
    ValidationError,
};

/// The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://hostile.example.com";
