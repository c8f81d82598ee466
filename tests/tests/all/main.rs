//! Every test of the project that needs more than one crate, as one test binary.

mod generation;
mod models;
mod spec;
mod support;
