//! The hand-written spec is valid, internally consistent and faithful to Losant's reference.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::support::{HAND_WRITTEN_SPECS, document, fixture, read_json, resolve, root, spec_document};

const RESOURCE_PATH: &str = "/instances/{instanceId}/orgs/{orgId}";
const METHODS: &[&str] = &["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn operations(document: &Value) -> Vec<(String, String, &Value, &Value)> {
    let paths = document["paths"].as_object().expect("paths is a map");
    let mut found = Vec::new();
    for (path, item) in paths {
        for method in METHODS {
            if let Some(operation) = item.get(*method) {
                found.push((path.clone(), (*method).to_owned(), item, operation));
            }
        }
    }
    found
}

/// Path-level and operation-level parameters, resolved, operation-level ones overriding.
fn parameters<'a>(document: &'a Value, item: &'a Value, operation: &'a Value) -> Vec<&'a Value> {
    let mut all: Vec<&Value> = Vec::new();
    for list in [item.get("parameters"), operation.get("parameters")].into_iter().flatten() {
        for parameter in list.as_array().expect("parameters is a list") {
            let parameter = resolve(document, parameter);
            all.retain(|existing| existing["name"] != parameter["name"] || existing["in"] != parameter["in"]);
            all.push(parameter);
        }
    }
    all
}

#[test]
fn each_hand_written_spec_generates_without_warnings() {
    for spec in HAND_WRITTEN_SPECS {
        let text = std::fs::read_to_string(root().join(spec)).expect("spec is readable");
        let config = codegen::Config {
            crate_name: "spec".into(),
            crate_version: None,
            license: "MIT".into(),
            spec_path: (*spec).into(),
            regenerate_command: "cargo xtask codegen".into(),
            base_dir: None,
        };
        let generated = codegen::generate(&text, &config).unwrap_or_else(|error| panic!("{spec}: {error}"));
        assert_eq!(generated.warnings, Vec::new(), "{spec}");
        assert_eq!(document(&root().join(spec))["openapi"], "3.0.3", "{spec}");
    }
}

#[test]
fn every_ref_resolves() {
    fn walk(document: &Value, value: &Value, count: &mut usize) {
        match value {
            Value::Object(map) => {
                if let Some(reference) = map.get("$ref").and_then(Value::as_str) {
                    let pointer = reference.strip_prefix('#').expect("refs are local");
                    assert!(document.pointer(pointer).is_some(), "dangling $ref {reference}");
                    *count += 1;
                }
                map.values().for_each(|child| walk(document, child, count));
            }
            Value::Array(items) => items.iter().for_each(|child| walk(document, child, count)),
            _ => {}
        }
    }
    for spec in HAND_WRITTEN_SPECS {
        let document = document(&root().join(spec));
        let mut count = 0;
        walk(&document, &document, &mut count);
        assert!(count > 10, "{spec}: expected components shared by reference, found {count} refs");
    }
}

#[test]
fn every_path_parameter_is_declared_and_required() {
    for spec in HAND_WRITTEN_SPECS {
        let document = document(&root().join(spec));
        for (path, _, item, operation) in operations(&document) {
            let templated: BTreeSet<&str> = path.split('{').skip(1).filter_map(|rest| rest.split('}').next()).collect();
            let declared: BTreeSet<&str> = parameters(&document, item, operation)
                .into_iter()
                .filter(|parameter| parameter["in"] == "path")
                .inspect(|parameter| assert_eq!(parameter["required"], true, "{spec} {path}: {parameter}"))
                .map(|parameter| parameter["name"].as_str().expect("named"))
                .collect();
            assert_eq!(templated, declared, "{spec} {path}");
        }
    }
}

#[test]
fn every_operation_is_named_described_tagged_and_scoped() {
    let document = spec_document();
    let mut ids = BTreeSet::new();
    for (path, method, _, operation) in operations(&document) {
        let id = operation["operationId"].as_str().unwrap_or_else(|| panic!("{method} {path} has no operationId"));
        assert!(ids.insert(id.to_owned()), "duplicate operationId {id}");
        for key in ["summary", "description"] {
            assert!(operation[key].as_str().is_some_and(|text| !text.is_empty()), "{id} has no {key}");
        }
        assert_eq!(operation["tags"], json!(["Instance Org"]), "{id}");
        let scopes = operation["x-scopes"].as_array().unwrap_or_else(|| panic!("{id} has no x-scopes"));
        assert!(scopes.contains(&json!("instanceOrg.*")), "{id}");
    }
    assert_eq!(ids.len(), 7);
}

/// The scope lists of the original documentation, in its order.
#[test]
fn scopes_match_the_documentation() {
    let fragment = std::fs::read_to_string(fixture("losant/instance-org-doc-fragment.txt")).expect("fragment");
    let documented: Vec<Vec<String>> = fragment
        .split("include at least one of the following scopes:\n")
        .skip(1)
        .map(|rest| {
            let list = rest.lines().next().expect("a scope line").trim_end_matches('.');
            list.replace(", or ", ", ").split(", ").map(str::to_owned).collect()
        })
        .collect();
    let document = spec_document();
    let scopes = |method: &str| -> Vec<String> {
        let list = &document["paths"][RESOURCE_PATH][method]["x-scopes"];
        serde_json::from_value(list.clone()).expect("scopes are strings")
    };
    // The fragment documents DELETE, GET and PATCH, in that order.
    assert_eq!(documented, vec![scopes("delete"), scopes("get"), scopes("patch")]);
}

#[test]
fn operations_follow_the_action_list() {
    let actions = read_json(&fixture("losant/instanceOrg.actions.json"));
    let document = spec_document();
    let resource = &actions["instanceOrg"];
    let actions = resource["actions"].as_object().expect("actions");
    assert_eq!(actions.len(), operations(&document).len());
    for (action, definition) in actions {
        let path = format!("{RESOURCE_PATH}{}", definition["path"].as_str().unwrap_or(""));
        let method = definition["method"].as_str().expect("method").to_lowercase();
        let item = &document["paths"][&path];
        let operation = &item[&method];
        assert!(operation.is_object(), "{action}: no {method} {path}");
        assert_eq!(operation["summary"], definition["summary"], "{action}");

        let scopes = operation["x-scopes"].as_array().expect("scopes");
        for scope in
            definition["auth"].as_array().expect("auth").iter().chain(resource["auth"].as_array().expect("auth"))
        {
            assert!(scopes.contains(scope), "{action}: scope {scope} missing");
        }
        let reads = method == "get";
        for (scope, read_only) in
            [("all.Instance", false), ("all.Instance.read", true), ("all.User", false), ("all.User.read", true)]
        {
            assert_eq!(scopes.contains(&json!(scope)), !read_only || reads, "{action}: {scope}");
        }

        let declared = parameters(&document, item, operation);
        for parameter in definition["params"].as_array().into_iter().flatten().filter(|p| p["in"] == "query") {
            let name = &parameter["name"];
            let ours = declared.iter().find(|p| &p["name"] == name && p["in"] == "query");
            let ours = ours.unwrap_or_else(|| panic!("{action}: query parameter {name} missing"));
            assert_eq!(ours["description"], parameter["description"], "{action}.{name}");
            let schema = &ours["schema"];
            if let Some(default) = parameter.get("default") {
                assert_eq!(as_text(&schema["default"]), as_text(default), "{action}.{name} default");
            }
            if let Some(values) = parameter.get("enum") {
                assert_eq!(&schema["enum"], values, "{action}.{name} enum");
            }
        }
        let body = definition["params"].as_array().into_iter().flatten().find(|p| p["in"] == "body");
        assert_eq!(body.is_some(), operation.get("requestBody").is_some(), "{action}: request body");

        let responses = definition["responses"].as_object().expect("responses");
        let ours = operation["responses"].as_object().expect("responses");
        assert_eq!(responses.keys().collect::<Vec<_>>(), ours.keys().collect::<Vec<_>>(), "{action}");
        for (status, response) in responses {
            let our_response = resolve(&document, &ours[status]);
            assert_eq!(our_response["description"], response["description"], "{action} {status}");
        }
    }
}

/// Defaults written as strings in the reference (`"false"`) and as values in the spec compare equal.
fn as_text(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => other.to_string(),
    }
}

#[test]
fn global_parameters_are_on_every_operation() {
    let globals = read_json(&fixture("losant/globalParams.json"));
    let document = spec_document();
    for (path, method, item, operation) in operations(&document) {
        let declared = parameters(&document, item, operation);
        for global in globals.as_array().expect("a list") {
            let ours = declared.iter().find(|p| p["name"] == global["name"]);
            let ours = ours.unwrap_or_else(|| panic!("{method} {path}: {} missing", global["name"]));
            assert_eq!(ours["in"], global["in"]);
            assert_eq!(ours["schema"]["type"], global["type"]);
        }
    }
}

/// Compares one of Losant's JSON schemas with the spec's schema: every property, type, format
/// and constraint must agree, with `patternProperties: {".*": S}` written as `additionalProperties: S`.
fn assert_same_schema(document: &Value, reference: &Value, ours: &Value, at: &str) {
    let ours = resolve(document, ours);
    for key in ["type", "format", "pattern", "minLength", "maxLength", "minimum", "maximum", "maxItems", "enum"] {
        assert_eq!(reference.get(key), ours.get(key), "{at}: `{key}` differs");
    }
    let names = |schema: &Value| -> BTreeSet<String> {
        schema.get("properties").and_then(Value::as_object).map(|map| map.keys().cloned().collect()).unwrap_or_default()
    };
    assert_eq!(names(reference), names(ours), "{at}: properties differ");
    for name in names(reference) {
        let path = format!("{at}.{name}");
        assert_same_schema(document, &reference["properties"][&name], &ours["properties"][&name], &path);
    }
    let required = |schema: &Value| schema.get("required").cloned().unwrap_or(json!([]));
    assert_eq!(required(reference), required(ours), "{at}: required differs");
    if let Some(items) = reference.get("items") {
        assert_same_schema(document, items, &ours["items"], &format!("{at}[]"));
    }
    match (reference.get("patternProperties"), reference.get("additionalProperties")) {
        (Some(patterns), _) => {
            assert_same_schema(document, &patterns[".*"], &ours["additionalProperties"], &format!("{at}{{}}"))
        }
        (None, Some(additional)) => {
            assert_eq!(Some(additional), ours.get("additionalProperties"), "{at}: additionalProperties")
        }
        (None, None) => assert_eq!(ours.get("additionalProperties"), None, "{at}: additionalProperties"),
    }
    match reference.get("oneOf").and_then(Value::as_array) {
        Some(members) => {
            let our_members = ours["oneOf"].as_array().unwrap_or_else(|| panic!("{at}: no oneOf"));
            assert_eq!(members.len(), our_members.len(), "{at}: oneOf");
            for (index, (member, ours)) in members.iter().zip(our_members).enumerate() {
                assert_same_schema(document, member, ours, &format!("{at}.oneOf[{index}]"));
            }
        }
        None => assert_eq!(ours.get("oneOf"), None, "{at}: oneOf"),
    }
}

#[test]
fn component_schemas_match_the_reference_schemas() {
    let document = spec_document();
    for (file, component) in [
        ("instanceOrg", "InstanceOrg"),
        ("instanceOrgPatch", "InstanceOrgPatch"),
        ("success", "Success"),
        ("error", "Error"),
        ("deviceCounts", "DeviceCounts"),
        ("notebookMinuteCounts", "NotebookMinuteCounts"),
        ("payloadStats", "PayloadStats"),
        ("payloadCountsBreakdown", "PayloadCountsBreakdown"),
    ] {
        let reference = read_json(&fixture(&format!("losant/schemas/{file}.json")));
        let ours = &document["components"]["schemas"][component];
        assert_same_schema(&document, &reference, ours, component);
    }
}

#[test]
fn shared_sub_objects_are_shared_components() {
    let document = spec_document();
    for property in ["limits", "tags", "banner", "mfaMode"] {
        let on_org = &document["components"]["schemas"]["InstanceOrg"]["properties"][property]["$ref"];
        let on_patch = &document["components"]["schemas"]["InstanceOrgPatch"]["properties"][property]["$ref"];
        assert!(on_org.is_string(), "{property} is not a component");
        assert_eq!(on_org, on_patch, "{property}");
    }
}
