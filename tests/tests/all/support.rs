//! Paths and small helpers shared by the tests.

use std::path::{Path, PathBuf};

use serde_json::Value;

pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the tests crate sits in the workspace").to_path_buf()
}

pub fn fixture(path: &str) -> PathBuf {
    root().join("tests/fixtures").join(path)
}

pub fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

pub fn spec_path() -> PathBuf {
    root().join("spec/instance-org.yaml")
}

/// The hand-written spec as a JSON document.
pub fn spec_document() -> Value {
    let text = std::fs::read_to_string(spec_path()).expect("spec is readable");
    serde_yaml::from_str(&text).expect("spec is valid YAML")
}

/// Follows `$ref`s within `document` until a value that is not a reference.
pub fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        let pointer = reference.strip_prefix('#').unwrap_or_else(|| panic!("non-local $ref {reference}"));
        value = document.pointer(pointer).unwrap_or_else(|| panic!("dangling $ref {reference}"));
    }
    value
}
