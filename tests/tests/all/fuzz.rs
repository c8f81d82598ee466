//! Specs drawn from a grammar of the constructs that have broken generators: names that are Rust
//! keywords, std items and the runtime's own names; recursion through arrays, maps, `allOf` and
//! `oneOf`; deep nesting; odd versions and titles. Every spec must give a crate or a clean error
//! that names a place in it, and a sample of the crates must build, examples and doctests
//! included, without a warning.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestRunner};
use serde_json::{Map, Value, json};

use crate::support::root;

/// Names that collide with something unless the generator takes care.
const NAMES: &[&str] = &[
    "type",
    "mod",
    "async",
    "static",
    "self",
    "Self",
    "fn",
    "crate",
    "super",
    "Option",
    "Result",
    "String",
    "Vec",
    "Box",
    "From",
    "Into",
    "Send",
    "Default",
    "Error",
    "Response",
    "send",
    "exchange",
    "client",
    "new",
    "with_basic_auth",
    "clone",
    "lib",
    "main",
    "into_future",
    "with_base_url",
    "models",
    "runtime",
    "token",
    "required",
    "a-b",
    "2fa",
    "_x",
    "+1",
    "ünï",
    "value",
    "Unknown",
];

const TITLES: &[&str] =
    &["Fuzz", "```rust\nfn main() { panic!() }\n```", "<!-- hidden", "a\u{202e}b", "`code` *and* [link]"];

const VERSIONS: &[&str] =
    &["1.0.0", "1.0.0-", "1.0.0-01", "v2", "99999999999999999999.0.0", "0.1.0-beta.1", "2.0", "V07", "1.", "v1beta1"];

/// Component names: distinct, and the targets of every `$ref` the schemas make.
const COMPONENTS: &[&str] = &["Option", "type", "Self", "From", "send", "Node"];

fn name() -> impl Strategy<Value = String> {
    proptest::sample::select(NAMES).prop_map(str::to_owned)
}

fn reference() -> impl Strategy<Value = Value> {
    proptest::sample::select(COMPONENTS).prop_map(|name| json!({"$ref": format!("#/components/schemas/{name}")}))
}

fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(json!({"type": "string"})),
        Just(json!({"type": "string", "pattern": "^(?!none$)[a-z-]+$", "maxLength": 12})),
        Just(json!({"type": "integer", "format": "int32", "minimum": 1, "example": 99_999_999_999_i64})),
        Just(json!({"type": "boolean", "description": "A \u{202e}flag"})),
        Just(json!({"type": "string", "format": "date-time"})),
        // Limits with no type, which narrow a scalar beside them in an `allOf`.
        Just(json!({"maxLength": 4, "minimum": 1})),
        // Only ECMA-262's legacy syntax reads the first; the second is written for another engine.
        Just(json!({"type": "string", "pattern": "^[a-z\\:]+$"})),
        Just(json!({"type": "string", "pattern": "\\A[a-z]+\\z"})),
        // Alternatives that only name required properties.
        Just(json!({"anyOf": [{"required": ["a"]}, {"required": ["b"]}]})),
        name().prop_map(|name| json!({"type": "string", "enum": [name, "b", "B"]})),
        reference(),
    ]
}

fn schema() -> impl Strategy<Value = Value> {
    let nested = (1..40_usize).prop_map(|depth| {
        (0..depth).fold(json!({"type": "string"}), |inner, _| json!({"type": "array", "items": inner}))
    });
    let recursive = leaf().prop_recursive(4, 24, 4, |inner| {
        prop_oneof![
            inner.clone().prop_map(|items| json!({"type": "array", "items": items})),
            inner.clone().prop_map(|values| json!({"type": "object", "additionalProperties": values})),
            proptest::collection::vec((name(), inner.clone()), 1..4).prop_map(|properties| {
                let required = vec![Value::String(properties[0].0.clone())];
                let properties: Map<String, Value> = properties.into_iter().collect();
                json!({"type": "object", "required": required, "properties": properties})
            }),
            proptest::collection::vec(inner.clone(), 1..3).prop_map(|members| json!({"allOf": members})),
            proptest::collection::vec(inner.clone(), 1..3).prop_map(|members| json!({"oneOf": members})),
            inner.prop_map(|mut schema| {
                if let Value::Object(map) = &mut schema {
                    map.insert("nullable".into(), Value::Bool(true));
                }
                schema
            }),
        ]
    });
    prop_oneof![8 => recursive, 1 => nested]
}

/// The shapes that refer back to themselves, which `Node` takes.
fn self_reference() -> impl Strategy<Value = Value> {
    let node = json!({"$ref": "#/components/schemas/Node"});
    proptest::sample::select(vec![
        json!({"type": "array", "items": node}),
        json!({"type": "object", "additionalProperties": node}),
        json!({"allOf": [node]}),
        json!({"oneOf": [node]}),
        json!({"allOf": [node, {"type": "object", "properties": {"a": {"type": "string"}}}]}),
        json!({"type": "object", "required": ["next", "self", "Self"], "properties": {"next": node, "self": {"type": "string"}, "Self": {"type": "string"}}}),
        json!({"type": "object", "properties": {"children": {"type": "array", "items": node}}}),
        json!({"type": "object", "properties": {"merged": {"allOf": [node, {"type": "object", "properties": {"a": {"type": "string"}}}]}}}),
    ])
}

fn operation(index: usize) -> impl Strategy<Value = (String, Value)> {
    let responses = prop_oneof![
        schema()
            .prop_map(|body| json!({"200": {"description": "ok", "content": {"application/json": {"schema": body}}}})),
        schema().prop_map(
            |body| json!({"default": {"description": "any", "content": {"application/json": {"schema": body}}}})
        ),
        Just(json!({"204": {"description": "none"}})),
    ];
    let query = proptest::collection::vec((name(), leaf()), 0..3);
    let body = proptest::option::of(schema());
    (name(), name(), name(), leaf(), query, body, responses, any::<bool>()).prop_map(
        move |(id, tag, variable, path_schema, query, body, responses, deprecated)| {
            let mut parameters = vec![json!({"name": variable, "in": "path", "required": true, "schema": path_schema})];
            parameters
                .extend(query.into_iter().map(|(name, schema)| json!({"name": name, "in": "query", "schema": schema})));
            let mut operation = json!({
                "operationId": id,
                "tags": [tag],
                "deprecated": deprecated,
                "parameters": parameters,
                "responses": responses,
            });
            if let Some(body) = body {
                operation["requestBody"] = json!({"required": true, "content": {"application/json": {"schema": body}}});
            }
            (format!("/p{index}/{{{variable}}}"), json!({"get": operation}))
        },
    )
}

fn spec() -> impl Strategy<Value = Value> {
    let schemas = (proptest::collection::vec(schema(), COMPONENTS.len() - 1), self_reference()).prop_map(
        |(mut schemas, node)| {
            schemas.push(node);
            schemas
        },
    );
    let operations = (operation(0), operation(1), proptest::option::of(operation(2)));
    let info = (proptest::sample::select(TITLES), proptest::sample::select(VERSIONS));
    (schemas, operations, info).prop_map(|(schemas, (first, second, third), (title, version))| {
        let schemas: Map<String, Value> = COMPONENTS.iter().map(|name| (*name).to_owned()).zip(schemas).collect();
        let paths: Map<String, Value> = [Some(first), Some(second), third].into_iter().flatten().collect();
        json!({
            "openapi": "3.0.3",
            "info": {"title": title, "version": version},
            "servers": [{"url": "https://fuzz.example.com"}],
            "paths": paths,
            "components": {"schemas": schemas},
        })
    })
}

fn config(crate_name: &str) -> codegen::Config {
    codegen::Config {
        crate_name: crate_name.into(),
        crate_version: None,
        license: "MIT".into(),
        spec_path: "fuzz.json".into(),
        regenerate_command: "cargo test".into(),
        base_dir: None,
    }
}

/// A crate, or an error that names a place in the spec; never a panic or a generator bug.
fn generate(spec: &Value, crate_name: &str) -> Result<codegen::Generated, TestCaseError> {
    match codegen::generate(&spec.to_string(), &config(crate_name)) {
        Ok(generated) => Ok(generated),
        Err(error @ codegen::Error::Spec { .. }) => {
            prop_assert!(error.to_string().starts_with("fuzz.json#"), "{error}");
            Err(TestCaseError::reject("a clean error"))
        }
        Err(error) => Err(TestCaseError::fail(format!("{error}\n{spec:#}"))),
    }
}

proptest! {
    #![proptest_config(Config { cases: 256, max_global_rejects: 4096, ..Config::default() })]

    #[test]
    fn every_spec_gives_a_crate_or_a_clean_error(spec in spec()) {
        if let Ok(generated) = generate(&spec, "fuzz-case") {
            prop_assert!(generated.files.contains_key("src/lib.rs"));
        }
    }
}

/// How many drawn crates are built: enough that each construct of the grammar occurs in some,
/// within CI's time; `FUZZ_SAMPLE=40 cargo test fuzz` builds more.
const SAMPLE: usize = 8;

#[test]
fn a_sample_of_the_crates_builds_with_examples_and_doctests_and_no_warning() {
    let work = root().join("target/fuzz");
    let crates = work.join("crates");
    let _ = fs::remove_dir_all(&crates);
    let mut runner = TestRunner::deterministic();
    let sample = std::env::var("FUZZ_SAMPLE").ok().and_then(|count| count.parse().ok()).unwrap_or(SAMPLE);
    let mut members = BTreeMap::new();
    while members.len() < sample {
        let spec = spec().new_tree(&mut runner).expect("a spec").current();
        let name = format!("fuzz-{}", members.len());
        if let Ok(generated) = generate(&spec, &name) {
            members.insert(name, generated.files);
        }
    }
    for (name, files) in &members {
        for (path, text) in files {
            let file = crates.join(name).join(path);
            fs::create_dir_all(file.parent().expect("in a directory")).expect("mkdir");
            fs::write(&file, text).expect("write");
        }
    }
    let list: Vec<String> = members.keys().map(|name| format!("\"{name}\"")).collect();
    fs::write(crates.join("Cargo.toml"), format!("[workspace]\nresolver = \"2\"\nmembers = [{}]\n", list.join(", ")))
        .expect("write");
    fs::copy(root().join("Cargo.lock"), crates.join("Cargo.lock")).expect("copy the lock file");
    cargo(&crates, &work, &["check", "--all-targets", "--workspace"]);
    cargo(&crates, &work, &["test", "--doc", "--workspace"]);
}

/// Runs cargo in the sample's workspace and fails on an error or any warning.
fn cargo(crates: &Path, work: &Path, args: &[&str]) {
    let output = Command::new(env!("CARGO"))
        .args(args)
        .args(["--quiet", "--message-format", "short"])
        .current_dir(crates)
        .env("CARGO_TARGET_DIR", work.join("target"))
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo {}:\n{stderr}", args.join(" "));
    let warnings: Vec<&str> = stderr.lines().filter(|line| line.contains("warning")).collect();
    assert!(warnings.is_empty(), "cargo {}:\n{}", args.join(" "), warnings.join("\n"));
}
