// This file is generated from tests/fixtures/specs/constructs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

#![doc = include_str!("../README.md")]
#![deny(missing_docs)]

pub mod models;
