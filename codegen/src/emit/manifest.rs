//! The generated crate's `Cargo.toml`.

use std::collections::BTreeSet;

use crate::Config;
use crate::ir::Api;

/// Every dependency the generated crate may have, with the versions it is tested against, by the
/// name its code uses; a dependency is listed when the generated code names it.
/// `serde` 1.0.181 is the first with `#[serde(untagged)]` on single variants.
const DEPENDENCIES: &[(&str, &str, &str)] = &[
    ("chrono", "chrono", r#"{ version = "0.4.38", default-features = false, features = ["serde", "std"] }"#),
    ("percent_encoding", "percent-encoding", r#""2.3""#),
    ("regex", "regex", r#"{ version = "1.10", default-features = false, features = ["std", "unicode-perl"] }"#),
    ("reqwest", "reqwest", r#"{ version = "0.13", default-features = false, features = ["rustls"] }"#),
    ("serde", "serde", r#"{ version = "1.0.181", features = ["derive"] }"#),
    ("serde_json", "serde_json", r#""1.0.100""#),
];

/// The oldest Rust the generated crate builds with: that of its newest dependency, `reqwest` 0.13.
const RUST_VERSION: &str = "1.85";

pub fn manifest(api: &Api, config: &Config, version: &str, preamble: &str, idents: &BTreeSet<String>) -> String {
    let description =
        toml_string(&format!("A Rust client for the {}, generated from its OpenAPI description.", api.title));
    let dependencies: String = DEPENDENCIES
        .iter()
        .filter(|(ident, ..)| idents.contains(*ident))
        .map(|(_, name, requirement)| format!("{name} = {requirement}\n"))
        .collect();
    format!(
        "{preamble}\n[package]\nname = {name}\nversion = {version}\nedition = \"2021\"\nrust-version = \"{RUST_VERSION}\"\n\
         description = {description}\nlicense = {license}\n\n[dependencies]\n{dependencies}",
        name = toml_string(&config.crate_name),
        version = toml_string(version),
        license = toml_string(&config.license),
    )
}

/// A TOML basic string; JSON string escapes are valid TOML escapes.
fn toml_string(text: &str) -> String {
    serde_json::Value::String(text.to_owned()).to_string()
}
