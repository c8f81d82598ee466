// This file is generated from tests/fixtures/specs/recursion.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]
#![recursion_limit = "1092"]

pub mod models;
pub mod async_;
pub mod static_;
pub mod mod_;
pub mod main_api;
mod shared;
mod runtime;

pub use reqwest;
pub use runtime::{
    Attempt, Client, ConfigError, Error, Hooks, Request, Response, RetryPolicy, Sending,
    ValidationError,
};

/// The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://recursion.example.com";
