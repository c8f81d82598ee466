//! Paths and small helpers shared by the tests.

use std::path::{Path, PathBuf};

use serde_json::Value;

/// `T`'s default with `edit` applied: generated request structs are `#[non_exhaustive]`, so
/// callers outside the crate build them this way rather than as literals.
pub fn built<T: Default>(edit: impl FnOnce(&mut T)) -> T {
    let mut value = T::default();
    edit(&mut value);
    value
}

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

/// The hand-written specs, by path from the workspace root.
pub const HAND_WRITTEN_SPECS: &[&str] = &["spec/instance-org.yaml", "spec/instance-orgs.yaml"];

/// The Instance Org spec as a JSON document.
pub fn spec_document() -> Value {
    document(&spec_path())
}

/// A YAML spec as a JSON document.
pub fn document(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_yaml::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// Follows `$ref`s within `document` until a value that is not a reference.
pub fn resolve<'a>(document: &'a Value, mut value: &'a Value) -> &'a Value {
    while let Some(reference) = value.get("$ref").and_then(Value::as_str) {
        let pointer = reference.strip_prefix('#').unwrap_or_else(|| panic!("non-local $ref {reference}"));
        value = document.pointer(pointer).unwrap_or_else(|| panic!("dangling $ref {reference}"));
    }
    value
}

/// JSON does not tell `1` from `1.0`; a `number` property decodes into `f64` and re-encodes as `1.0`.
pub fn numbers_as_floats(value: Value) -> Value {
    match value {
        Value::Number(number) => serde_json::json!(number.as_f64()),
        Value::Array(items) => Value::Array(items.into_iter().map(numbers_as_floats).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(key, value)| (key, numbers_as_floats(value))).collect())
        }
        other => other,
    }
}

/// Losant's JSON schema in the fixtures, compiled for validating values against it.
pub fn losant_schema(name: &str) -> jsonschema::Validator {
    let schema = read_json(&fixture(&format!("losant/schemas/{name}.json")));
    jsonschema::options().should_validate_formats(true).build(&schema).expect("the reference schema compiles")
}

/// The first and the longest wait between attempts, for clients of tests that retry: failures
/// are retried as by default, only without the default's seconds of backoff.
pub const QUICK_BACKOFF: (std::time::Duration, std::time::Duration) =
    (std::time::Duration::from_millis(1), std::time::Duration::from_millis(2));
