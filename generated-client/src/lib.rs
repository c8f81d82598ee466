// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! A client for the Losant Instance Org API.
//!
//! The Instance Org resource of the Losant REST API: an organization owned by a
//! Losant enterprise instance, with its limits, tags, banner and usage counts.
//!
//! Every operation needs an API access token sent as `Authorization: Bearer <token>`.
//! The token scopes an operation accepts are listed in its `x-scopes` extension;
//! a token that has **any one** of them may call the operation.
//!
//! This crate is generated from the OpenAPI description `spec/instance-org.yaml`; do not edit it by hand.
#![deny(missing_docs)]

#[rustfmt::skip]
pub mod models;

#[rustfmt::skip]
pub mod instance_org;

#[rustfmt::skip]
mod validate;

#[rustfmt::skip]
mod runtime;

pub use reqwest;
pub use runtime::{Client, ConfigError, Error, Response, ValidationError};

/// The base URL a [`Client`] sends requests to unless told otherwise: the spec's first server.
pub const DEFAULT_BASE_URL: &str = "https://api.losant.com";
