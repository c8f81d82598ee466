//! Every test of the project that needs more than one crate, as one test binary.

mod client;
mod compile;
mod constructs;
mod fastapi;
mod fuzz;
mod generation;
mod hostile;
mod models;
mod openapi31;
mod orgs;
mod paging;
mod resilience;
mod robustness;
mod semver;
mod server;
mod spec;
mod support;
mod wire;
