//! The generated crate's `Cargo.toml`.

use crate::Config;
use crate::ir::Api;

/// Every dependency the generated crate may have, with the versions it is tested against.
/// `serde` 1.0.181 is the first with `#[serde(untagged)]` on single variants.
const DEPENDENCIES: &[(&str, &str)] = &[
    ("chrono", r#"{ version = "0.4.38", default-features = false, features = ["serde", "std"] }"#),
    ("serde", r#"{ version = "1.0.181", features = ["derive"] }"#),
    ("serde_json", r#""1.0.100""#),
];

pub fn manifest(api: &Api, config: &Config, version: &str, preamble: &str) -> String {
    let description =
        toml_string(&format!("A Rust client for the {}, generated from its OpenAPI description.", api.title));
    let dependencies: String =
        DEPENDENCIES.iter().map(|(name, requirement)| format!("{name} = {requirement}\n")).collect();
    format!(
        "{preamble}\n[package]\nname = {name}\nversion = {version}\nedition = \"2021\"\nrust-version = \"1.75\"\n\
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
