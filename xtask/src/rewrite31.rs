//! Rewrites an OpenAPI 3.0 document as its author would write the same API in 3.1, for the
//! test that compares what both generate and the bench that compares reading them.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

/// The 3.1 document, and how many places each kind of rewrite changed.
pub struct Rewritten {
    pub document: Value,
    pub counts: BTreeMap<&'static str, usize>,
}

/// The 3.1 form of `document`: `type` as a list (with `"null"` for `nullable`), `const` for
/// one-value enums, numeric exclusive bounds (integer minimums and maximums as the exclusive
/// bound one step out), `examples` lists, and `$ref` with sibling keywords instead of a
/// one-member `allOf`. Keywords beside a `$ref`, which 3.0 ignores, are left out, since 3.1
/// would apply them.
pub fn rewrite(document: &Value) -> Rewritten {
    let mut rewritten = Rewritten { document: document.clone(), counts: BTreeMap::new() };
    let mut counts = BTreeMap::new();
    if let Some(root) = rewritten.document.as_object_mut() {
        root.insert("openapi".to_owned(), Value::String("3.1.0".to_owned()));
        walk(&mut rewritten.document, false, &mut counts);
    }
    rewritten.counts = counts;
    rewritten
}

/// Finds schemas (`in_components` is true inside `components`) and rewrites each.
fn walk(value: &mut Value, in_components: bool, counts: &mut BTreeMap<&'static str, usize>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match key.as_str() {
                    "schema" => schema(child, counts),
                    "schemas" if in_components => {
                        child
                            .as_object_mut()
                            .into_iter()
                            .flatten()
                            .for_each(|(_, schema)| self::schema(schema, counts));
                    }
                    "example" | "examples" => {}
                    _ => walk(child, key == "components", counts),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| walk(item, false, counts)),
        _ => {}
    }
}

fn schema(value: &mut Value, counts: &mut BTreeMap<&'static str, usize>) {
    let Value::Object(schema) = value else { return };
    // 3.0 ignores what is written beside a `$ref`, and 3.1 applies it: the same API has none.
    if schema.contains_key("$ref") && schema.len() > 1 {
        schema.retain(|key, _| key == "$ref");
        *counts.entry("siblings of $ref, which 3.0 ignores, left out").or_default() += 1;
    }
    for (key, child) in schema.iter_mut() {
        match key.as_str() {
            "properties" => {
                child.as_object_mut().into_iter().flatten().for_each(|(_, child)| self::schema(child, counts))
            }
            "items" | "additionalProperties" | "not" => self::schema(child, counts),
            "allOf" | "anyOf" | "oneOf" => {
                child.as_array_mut().into_iter().flatten().for_each(|child| self::schema(child, counts))
            }
            _ => {}
        }
    }
    let mut count = |kind: &'static str| *counts.entry(kind).or_default() += 1;
    let nullable = schema.remove("nullable").is_some_and(|nullable| nullable == true);
    // In place, where the author wrote it: readers may care about the order of keys.
    match schema.get_mut("type") {
        Some(kind) => {
            let mut kinds = vec![kind.take()];
            if nullable {
                kinds.push(Value::String("null".to_owned()));
                count("nullable as a type");
            }
            *kind = Value::Array(kinds);
            count("type as a list");
        }
        None if nullable => {
            let mut inner = std::mem::take(schema);
            // What documents the value stays on the outside, where it documents the optional value.
            for annotation in ["title", "description"] {
                if let Some(value) = inner.remove(annotation) {
                    schema.insert(annotation.to_owned(), value);
                }
            }
            let null = Value::Object(Map::from_iter([("type".to_owned(), Value::String("null".to_owned()))]));
            schema.insert("anyOf".to_owned(), Value::Array(vec![Value::Object(inner), null]));
            count("nullable as anyOf");
            return;
        }
        None => {}
    }
    if let Some(Value::Array(values)) = schema.get("enum")
        && values.len() == 1
    {
        let value = values[0].clone();
        schema.remove("enum");
        schema.insert("const".to_owned(), value);
        count("const");
    }
    let integer = schema.get("type").is_some_and(|kinds| kinds[0] == "integer");
    for (inclusive, exclusive, step) in [("minimum", "exclusiveMinimum", -1), ("maximum", "exclusiveMaximum", 1)] {
        let flagged = schema.remove(exclusive).is_some_and(|flag| flag == true);
        let Some(bound) = schema.get(inclusive).cloned() else { continue };
        let outward = bound.as_i64().filter(|_| integer).map(|bound| bound + step);
        match (flagged, outward) {
            (true, _) => {}
            (false, Some(outward)) => {
                schema.insert(inclusive.to_owned(), Value::from(outward));
            }
            (false, None) => continue,
        }
        let bound = schema.remove(inclusive).unwrap_or_default();
        schema.insert(exclusive.to_owned(), bound);
        count("exclusive bound as a number");
    }
    if let Some(example) = schema.remove("example") {
        schema.insert("examples".to_owned(), Value::Array(vec![example]));
        count("examples");
    }
    let single_reference = match schema.get("allOf") {
        Some(Value::Array(members)) if members.len() == 1 && members[0].get("$ref").is_some() => {
            Some(members[0].clone())
        }
        _ => None,
    };
    if let Some(Value::Object(member)) = single_reference {
        schema.remove("allOf");
        schema.extend(member);
        count("$ref with siblings");
    }
}
