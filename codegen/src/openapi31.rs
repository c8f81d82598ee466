//! Reading OpenAPI 3.1: the document is rewritten, as JSON, into the OpenAPI 3.0 shape that the
//! rest of the reader and lowering take, so that one lowering serves both versions and 3.0
//! output cannot change.
//!
//! What 3.0 has a keyword for is written with it (`type: [T, "null"]` is `type: T` and
//! `nullable`, `const` a one-value `enum`, a numeric `exclusiveMinimum` a `minimum` with the
//! flag). What it has none for travels in forms lowering already reads: a `$ref` with sibling
//! keywords becomes `allOf: [$ref]` beside them, `patternProperties` the map's
//! `additionalProperties`, and `prefixItems` an [`TUPLE`] extension of references to the members
//! where they are written. Keywords no Rust type can express are dropped with a warning.
//!
//! Every schema the rewrite moves is recorded with the reporter ([`Reporter::moved`]), so that
//! messages about it name the place as it is written.

use serde_json::{Map, Value};

use crate::diagnostics::{Place, Reporter, pointer_child};
use crate::source::METHODS;

/// The extension that carries a tuple's members: references to the `prefixItems` schemas.
pub const TUPLE: &str = "x-tuple";

/// Schema keywords of 3.1 that stay in the rewritten document, beside 3.0's: places for schemas
/// that references lead into (`definitions` is `$defs` before JSON Schema 2019-09, still common).
pub const SCHEMA_KEYS: &[&str] = &["$defs", "definitions", "prefixItems"];

/// The dialects under which a 3.1 document's schemas mean what this reader takes them to mean.
const KNOWN_DIALECTS: &[&str] =
    &["https://spec.openapis.org/oas/3.1/dialect/base", "https://json-schema.org/draft/2020-12/schema"];

/// The pointer of the component schema `pointer` is in, when it is in one.
fn component_of(pointer: &str) -> Option<String> {
    let root: Vec<&str> = pointer.split('/').take(4).collect();
    matches!(root.as_slice(), ["", "components", "schemas", name] if !name.is_empty()).then(|| root.join("/"))
}

/// JSON Schema keywords that constrain values in ways no Rust type expresses.
fn is_unexpressed(keyword: &str) -> bool {
    matches!(
        keyword,
        "if" | "then"
            | "else"
            | "not"
            | "dependentRequired"
            | "dependentSchemas"
            | "unevaluatedProperties"
            | "unevaluatedItems"
            | "$dynamicRef"
            | "$recursiveRef"
            | "contains"
            | "minContains"
            | "maxContains"
            | "propertyNames"
    )
}

/// Keywords that only identify or annotate a schema, dropped without a word.
fn is_identifying(keyword: &str) -> bool {
    matches!(
        keyword,
        "$schema"
            | "$id"
            | "$anchor"
            | "$dynamicAnchor"
            | "$recursiveAnchor"
            | "$comment"
            | "$vocabulary"
            | "contentSchema"
    )
}

/// Keywords that belong to one JSON type, for splitting `type: [A, B]` into one schema per type.
const TYPE_KEYWORDS: &[(&str, &[&str])] = &[
    ("string", &["minLength", "maxLength", "pattern", "format"]),
    ("integer", &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"]),
    ("number", &["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "format"]),
    ("array", &["items", "prefixItems", "minItems", "maxItems", "uniqueItems"]),
    (
        "object",
        &["properties", "required", "additionalProperties", "patternProperties", "minProperties", "maxProperties"],
    ),
];

/// Rewrites the 3.1 spec `document` into the 3.0 shape.
pub fn upgrade_spec(document: &mut Value, reporter: &Reporter) {
    let upgrade = Upgrade::new(reporter, String::new());
    let Some(root) = document.as_object_mut() else { return };
    upgrade.document_fields(root);
    upgrade.walk(document, &Place::root(""));
}

/// Rewrites another file of a 3.1 spec: a document, another OpenAPI object, a schema, or a
/// mapping of names to schemas.
pub fn upgrade_file(document: &mut Value, file: &str, reporter: &Reporter) {
    let upgrade = Upgrade::new(reporter, format!("{file}#"));
    let has_key = |keys: fn(&str) -> bool| document.as_object().is_some_and(|map| map.keys().any(|key| keys(key)));
    let document_keys = |key: &str| matches!(key, "openapi" | "paths" | "components");
    // A parameter, a response, a request body, a path item or an operation in a file of its own
    // has keys no schema has, and walking it finds the schemas inside.
    let schema = has_key(is_schema_keyword);
    if has_key(document_keys) || !schema && has_key(|key| OBJECT_KEYS.contains(&key) || METHODS.contains(&key)) {
        upgrade.walk(document, &Place::root(""));
    } else if schema {
        upgrade.schema(document, Place::root(""));
    } else if let Some(map) = document.as_object_mut() {
        let root = Place::root("");
        for (name, schema) in map.iter_mut() {
            upgrade.schema(schema, root.key(name));
        }
    }
}

/// The keywords that give an object schema structure.
const OBJECT_KEYWORDS: &[&str] =
    &["properties", "additionalProperties", "patternProperties", "required", "minProperties", "maxProperties"];

/// Keys of the OpenAPI objects a file may hold besides schemas, and of none of the schemas;
/// so are the methods of a path item.
const OBJECT_KEYS: &[&str] =
    &["in", "schema", "content", "headers", "responses", "requestBody", "parameters", "operationId"];

fn is_schema_keyword(key: &str) -> bool {
    matches!(key, "type" | "properties" | "items" | "allOf" | "oneOf" | "anyOf" | "$ref" | "enum" | "const")
}

struct Upgrade<'r> {
    reporter: &'r Reporter,
    /// `""` for the spec, `file#` for another file, as the reporter's places are written.
    file: String,
}

impl<'r> Upgrade<'r> {
    fn new(reporter: &'r Reporter, file: String) -> Self {
        Self { reporter, file }
    }

    /// Warns about the place `now` of the rewritten document; the reporter names it as written.
    fn warn(&self, now: &str, message: impl Into<String>) {
        self.reporter.warn(&format!("{}{now}", self.file), message);
    }

    /// Records that what is now at `now` was written at `written`.
    fn moved(&self, now: String, written: String) {
        self.reporter.moved(&format!("{}{now}", self.file), &format!("{}{written}", self.file));
    }

    /// Where what is now at `now` was written, as far as the moves recorded so far (those of
    /// its ancestors) tell.
    fn written(&self, now: &str) -> String {
        let place = self.reporter.as_written(&format!("{}{now}", self.file));
        place.strip_prefix(&self.file).map_or_else(|| place.clone(), str::to_owned)
    }

    /// The fields of the document itself that 3.0 has not, or has in another form.
    fn document_fields(&self, root: &mut Map<String, Value>) {
        if let Some(dialect) = root.remove("jsonSchemaDialect")
            && !dialect.as_str().is_some_and(|dialect| KNOWN_DIALECTS.contains(&dialect))
        {
            let message = format!(
                "`jsonSchemaDialect` is {dialect}; schemas are read as JSON Schema 2020-12, the OpenAPI 3.1 default"
            );
            self.warn("/jsonSchemaDialect", message);
        }
        root.entry("paths").or_insert_with(|| Value::Object(Map::new()));
        if let Some(Value::Object(info)) = root.get_mut("info")
            && let Some(summary) = info.remove("summary")
        {
            info.entry("description").or_insert(summary);
        }
        let path_items = root.get_mut("components").and_then(Value::as_object_mut).and_then(|c| c.remove("pathItems"));
        let path_items = path_items.unwrap_or_default();
        for section in ["paths", "webhooks"] {
            if let Some(Value::Object(items)) = root.get_mut(section) {
                self.inline_path_items(items, section, &path_items);
            }
        }
        if let Some(Value::Object(webhooks)) = root.remove("webhooks") {
            self.webhooks(root, webhooks);
        }
        self.mutual_tls(root);
        // 3.1 lets an operation leave its responses out; 3.0 needs the field, empty or not.
        for operation in operations(root) {
            operation.entry("responses").or_insert_with(|| Value::Object(Map::new()));
        }
    }

    /// `mutualTLS` schemes, which 3.0 has not: the certificate is the HTTP client's, so a
    /// request carries nothing for them. They are left out of the components and of every
    /// security requirement (a requirement of that scheme alone then needs nothing).
    fn mutual_tls(&self, root: &mut Map<String, Value>) {
        let schemes =
            root.get_mut("components").and_then(|c| c.get_mut("securitySchemes")).and_then(Value::as_object_mut);
        let Some(schemes) = schemes else { return };
        let mutual: Vec<String> = schemes
            .iter()
            .filter(|(_, scheme)| scheme.get("type") == Some(&Value::from("mutualTLS")))
            .map(|(name, _)| name.clone())
            .collect();
        for name in &mutual {
            schemes.remove(name);
            let message = "a `mutualTLS` scheme is met by the certificate of the `reqwest::Client` given to \
                           `Client::with_http_client`; requests carry nothing for it";
            self.warn(&pointer_child("/components/securitySchemes", name), message);
        }
        if mutual.is_empty() {
            return;
        }
        let without_mutual = |list: &mut Value| {
            for requirement in list.as_array_mut().into_iter().flatten().filter_map(Value::as_object_mut) {
                requirement.retain(|name, _| !mutual.contains(name));
            }
        };
        if let Some(list) = root.get_mut("security") {
            without_mutual(list);
        }
        operations(root).filter_map(|operation| operation.get_mut("security")).for_each(without_mutual);
    }

    /// Path items given by reference to `#/components/pathItems`, which 3.0 does not have,
    /// written out in place.
    fn inline_path_items(&self, items: &mut Map<String, Value>, section: &str, path_items: &Value) {
        for (path, item) in items.iter_mut() {
            let Some(reference) = item.get("$ref").and_then(Value::as_str) else { continue };
            let Some(name) = reference.strip_prefix("#/components/pathItems/") else { continue };
            let unescaped = name.replace("~1", "/").replace("~0", "~");
            let Some(Value::Object(target)) = path_items.get(&unescaped) else { continue };
            let mut inlined = target.clone();
            // Siblings of a reference win over what it names, as 3.1 says for summaries and descriptions.
            for (key, value) in item.as_object().into_iter().flatten().filter(|(key, _)| *key != "$ref") {
                inlined.insert(key.clone(), value.clone());
            }
            self.moved(pointer_child(&pointer_child("", section), path), format!("/components/pathItems/{name}"));
            *item = Value::Object(inlined);
        }
    }

    /// Webhooks are calls the API makes, not ones a client makes: their payloads become models
    /// (inline ones as components of their own), and they get no methods.
    fn webhooks(&self, root: &mut Map<String, Value>, webhooks: Map<String, Value>) {
        let mut payloads = Vec::new();
        for (name, item) in &webhooks {
            for method in METHODS {
                let content = item.get(*method).and_then(|operation| operation.pointer("/requestBody/content"));
                for (media_type, media) in content.and_then(Value::as_object).into_iter().flatten() {
                    let Some(schema) = media.get("schema").filter(|schema| schema.get("$ref").is_none()) else {
                        continue;
                    };
                    let written = [name.as_str(), method, "requestBody", "content", media_type, "schema"]
                        .iter()
                        .fold("/webhooks".to_owned(), |pointer, segment| pointer_child(&pointer, segment));
                    payloads.push((format!("{name} Payload"), schema.clone(), written));
                }
            }
        }
        let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
        if let Some(components) = components.as_object_mut() {
            let schemas = components.entry("schemas").or_insert_with(|| Value::Object(Map::new()));
            if let Some(schemas) = schemas.as_object_mut() {
                for (name, schema, written) in payloads {
                    if schemas.contains_key(&name) {
                        continue;
                    }
                    self.moved(pointer_child("/components/schemas", &name), written);
                    schemas.insert(name, schema);
                }
            }
        }
        let count = webhooks.len();
        let message = format!(
            "{count} webhook{}: the API makes these calls, so they get no client methods; their payloads are generated as models",
            if count == 1 { "" } else { "s" }
        );
        self.warn("/webhooks", message);
    }

    /// Finds the schemas of a document (or of a part of it that is not a schema) and rewrites them.
    fn walk(&self, value: &mut Value, place: &Place<'_>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map.iter_mut() {
                    let child_place = place.key(key);
                    match key.as_str() {
                        "schema" => self.schema(child, child_place),
                        "schemas" if place.is_key_of_root("components") => {
                            for (name, schema) in child.as_object_mut().into_iter().flatten() {
                                self.schema(schema, child_place.key(name));
                            }
                        }
                        // Examples are values, whatever keys they happen to hold.
                        "example" | "examples" => {}
                        _ => self.walk(child, &child_place),
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    self.walk(item, &place.index(index));
                }
            }
            _ => {}
        }
    }

    /// Rewrites one schema and, after it, the schemas inside it.
    fn schema(&self, value: &mut Value, place: Place<'_>) {
        if let Value::Bool(accepts) = value {
            if !*accepts {
                self.warn(&place.pointer(), "the `false` schema accepts no value at all; using any JSON value");
            }
            *value = Value::Object(Map::new());
            return;
        }
        let Value::Object(schema) = value else { return };
        // One look at the keys says which rewrites apply: most schemas need one or none.
        let found = Found::in_schema(schema);
        if found.unexpressed {
            self.drop_unexpressed(schema, &place);
        }
        if found.null_member {
            self.drop_null_members(schema, &place);
        }
        if found.scalar {
            self.scalar_keywords(schema, &place);
        }
        if found.reference_with_siblings {
            self.wrap_reference(schema, &place);
        }
        if found.type_list {
            self.split_types(schema, &place);
        }
        if found.pattern_properties {
            self.pattern_properties(schema, &place);
        }
        if found.prefix_items {
            self.prefix_items(schema, &place);
        }
        self.sub_schemas(schema, &place);
    }

    fn drop_unexpressed(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        let here = place.pointer();
        // `$recursiveRef: "#"` inside a component (OpenAI's recursive filters) means the component
        // itself, the schema whose `$recursiveAnchor` it finds; `$ref` says so in 3.0.
        if schema.get("$recursiveRef").is_some_and(|target| target == "#")
            && let Some(component) = component_of(&here).filter(|_| self.file.is_empty())
        {
            schema.remove("$recursiveRef");
            schema.insert("$ref".to_owned(), Value::String(format!("#{component}")));
        }
        schema.retain(|keyword, _| {
            if is_unexpressed(keyword) {
                let message = format!("`{keyword}` has no Rust counterpart; the type is generated without it");
                self.warn(&pointer_child(&here, keyword), message);
            }
            !is_unexpressed(keyword) && !is_identifying(keyword)
        });
    }

    /// `anyOf: [T, {type: null}]`, as Pydantic writes `Optional[T]`: a nullable `T`, not a
    /// union.
    fn drop_null_members(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        for keyword in ["anyOf", "oneOf"] {
            let Some(Value::Array(members)) = schema.get_mut(keyword) else { continue };
            let written: Vec<usize> = (0..members.len()).filter(|index| !is_null_schema(&members[*index])).collect();
            if written.len() == members.len() {
                continue;
            }
            members.retain(|member| !is_null_schema(member));
            schema.insert("nullable".to_owned(), Value::Bool(true));
            let now = pointer_child(&place.pointer(), keyword);
            let written_members = self.written(&now);
            for (index, written_index) in written.into_iter().enumerate().filter(|(index, written)| index != written) {
                let written = pointer_child(&written_members, &written_index.to_string());
                self.moved(pointer_child(&now, &index.to_string()), written);
            }
        }
    }

    /// Keywords with a 3.0 counterpart of another form: `type: "null"`, `const`, numeric
    /// exclusive bounds, `examples`, `contentEncoding` and `contentMediaType`.
    fn scalar_keywords(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        if schema.get("type").is_some_and(|kind| kind == "null") {
            schema.remove("type");
            schema.insert("nullable".to_owned(), Value::Bool(true));
        }
        if let Some(value) = schema.remove("const") {
            self.constant(schema, value, place);
        }
        for (exclusive, inclusive, tighter) in [
            ("exclusiveMinimum", "minimum", f64::ge as fn(&f64, &f64) -> bool),
            ("exclusiveMaximum", "maximum", f64::le),
        ] {
            let Some(bound) = schema.get(exclusive).and_then(Value::as_f64) else { continue };
            let bound_value = schema.remove(exclusive).unwrap_or_default();
            match schema.get(inclusive).and_then(Value::as_f64) {
                Some(other) if other != bound && tighter(&other, &bound) => {}
                // Not recorded as a move: the bound is a number, so nothing will be said about it.
                _ => {
                    schema.insert(inclusive.to_owned(), bound_value);
                    schema.insert(exclusive.to_owned(), Value::Bool(true));
                }
            }
        }
        if let Some(Value::Array(mut examples)) = schema.remove("examples")
            && !examples.is_empty()
        {
            schema.entry("example").or_insert_with(|| examples.swap_remove(0));
        }
        let encoding = schema.remove("contentEncoding");
        let media_type = schema.remove("contentMediaType");
        let format = match (encoding.as_ref().and_then(Value::as_str), media_type.as_ref().and_then(Value::as_str)) {
            (Some("base64" | "base64url"), _) => Some("byte"),
            (None, Some(media_type)) if !is_text(media_type) => Some("binary"),
            _ => None,
        };
        if let Some(format) = format {
            schema.entry("format").or_insert_with(|| Value::String(format.to_owned()));
        }
    }

    /// `const`: a one-value `enum` of the value's type, or a nullable schema for `null`.
    fn constant(&self, schema: &mut Map<String, Value>, value: Value, place: &Place<'_>) {
        let Some(kind) = json_type(&value) else {
            schema.insert("nullable".to_owned(), Value::Bool(true));
            return;
        };
        schema.entry("type").or_insert_with(|| Value::String(kind.to_owned()));
        schema.entry("enum").or_insert_with(|| Value::Array(vec![value]));
        let now = place.pointer();
        self.moved(pointer_child(&now, "enum"), pointer_child(&self.written(&now), "const"));
    }

    /// A `$ref` beside other keywords, which 3.1 applies and 3.0 ignores: `allOf: [$ref]` with
    /// them, which lowering reads as the referenced type with those annotations.
    fn wrap_reference(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        if schema.len() < 2 || !schema.get("$ref").is_some_and(Value::is_string) {
            return;
        }
        let reference = schema.remove("$ref").unwrap_or_default();
        let member = Value::Object(Map::from_iter([("$ref".to_owned(), reference)]));
        // `type: object` beside the reference (OpenAI's spec has it beside unions of objects)
        // becomes a member of its own, which adds nothing to the referenced type; left beside
        // `allOf`, it would make the schema one 3.0 reads as neither.
        let bare_object = schema.get("type").is_some_and(|kind| kind == "object")
            && !schema.keys().any(|key| OBJECT_KEYWORDS.contains(&key.as_str()));
        let bare_object = bare_object.then(|| schema.remove("type")).flatten();
        let members = schema.entry("allOf").or_insert_with(|| Value::Array(Vec::new()));
        if let Value::Array(members) = members {
            let here = place.pointer();
            self.moved(pointer_child(&pointer_child(&here, "allOf"), &members.len().to_string()), self.written(&here));
            members.push(member);
            members.extend(bare_object.map(|kind| Value::Object(Map::from_iter([("type".to_owned(), kind)]))));
        }
    }

    /// `type: [A, B]`: `A` alone, or one schema per type under `oneOf` (an untagged enum),
    /// each with the keywords that apply to it.
    fn split_types(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        let Some(Value::Array(kinds)) = schema.get_mut("type") else { return };
        // `[T]`: `T`, in place.
        if let [kind @ Value::String(_)] = kinds.as_mut_slice()
            && *kind != "null"
        {
            let kind = std::mem::take(kind);
            schema.insert("type".to_owned(), kind);
            return;
        }
        let Some(Value::Array(kinds)) = schema.remove("type") else { return };
        let mut kinds: Vec<String> = kinds.iter().filter_map(Value::as_str).map(str::to_owned).collect();
        if kinds.iter().any(|kind| kind == "null") {
            kinds.retain(|kind| kind != "null");
            schema.insert("nullable".to_owned(), Value::Bool(true));
        }
        // Every integer is a number.
        if kinds.iter().any(|kind| kind == "number") {
            kinds.retain(|kind| kind != "integer");
        }
        kinds.dedup();
        match kinds.as_slice() {
            [] => {}
            [kind] => {
                schema.insert("type".to_owned(), Value::String(kind.clone()));
            }
            _ if schema.contains_key("oneOf") => {
                let message = "`type` lists several types beside a `oneOf`; the value is taken as any JSON value";
                self.warn(&pointer_child(&place.pointer(), "type"), message);
            }
            _ => {
                let here = place.pointer();
                let written = self.written(&here);
                let members = kinds.iter().enumerate().map(|(index, kind)| {
                    let keywords: &[&str] =
                        TYPE_KEYWORDS.iter().find(|(name, _)| name == kind).map_or(&[], |(_, keywords)| keywords);
                    let mut member = Map::from_iter([("type".to_owned(), Value::String(kind.clone()))]);
                    for keyword in keywords {
                        if let Some(value) = schema.get(*keyword) {
                            member.insert((*keyword).to_owned(), value.clone());
                        }
                    }
                    if let Some(Value::Array(values)) = schema.get("enum") {
                        let of_kind: Vec<Value> = values
                            .iter()
                            .filter(|value| {
                                json_type(value)
                                    .is_some_and(|of| of == kind || (of, kind.as_str()) == ("integer", "number"))
                            })
                            .cloned()
                            .collect();
                        member.insert("enum".to_owned(), Value::Array(of_kind));
                    }
                    self.moved(pointer_child(&pointer_child(&here, "oneOf"), &index.to_string()), written.clone());
                    Value::Object(member)
                });
                let members: Vec<Value> = members.collect();
                for (_, keywords) in TYPE_KEYWORDS {
                    for keyword in *keywords {
                        schema.remove(*keyword);
                    }
                }
                schema.remove("enum");
                schema.insert("oneOf".to_owned(), Value::Array(members));
            }
        }
    }

    /// `patternProperties`: the values of a map, as `additionalProperties` are.
    fn pattern_properties(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        let Some(Value::Object(patterns)) = schema.remove("patternProperties") else { return };
        let here = place.pointer();
        let written_here = self.written(&here);
        let written = pointer_child(&written_here, "patternProperties");
        let mut values = Vec::new();
        for (pattern, value) in patterns {
            match value {
                // Keys that match no value are not in the map at all.
                Value::Bool(false) => {}
                Value::Bool(true) => values.push((pointer_child(&written, &pattern), Value::Object(Map::new()))),
                Value::Object(_) => values.push((pointer_child(&written, &pattern), value)),
                other => {
                    let message =
                        format!("a pattern's schema must be an object or a boolean, not {other}; it is ignored");
                    self.warn(&pointer_child(&pointer_child(&here, "patternProperties"), &pattern), message);
                }
            }
        }
        match schema.get("additionalProperties") {
            Some(Value::Bool(false)) | None => {}
            Some(Value::Bool(true)) => return,
            Some(other) => values.push((pointer_child(&written_here, "additionalProperties"), other.clone())),
        }
        let value_place = pointer_child(&here, "additionalProperties");
        let value = match values.len() {
            0 => return,
            1 => {
                let (written, value) = values.swap_remove(0);
                self.moved(value_place, written);
                value
            }
            _ => {
                let members = values.into_iter().enumerate().map(|(index, (written, value))| {
                    self.moved(pointer_child(&pointer_child(&value_place, "anyOf"), &index.to_string()), written);
                    value
                });
                Value::Object(Map::from_iter([("anyOf".to_owned(), Value::Array(members.collect()))]))
            }
        };
        schema.insert("additionalProperties".to_owned(), value);
        if !schema.contains_key("type") && !schema.contains_key("properties") {
            schema.insert("type".to_owned(), Value::String("object".to_owned()));
        }
    }

    /// `prefixItems`: a tuple, whose members stay where they are written and are referred to
    /// from [`TUPLE`]. Items beyond them cannot be held by a tuple.
    fn prefix_items(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        let Some(Value::Array(members)) = schema.get("prefixItems") else { return };
        let count = members.len();
        // No members constrain nothing, and a Rust `()` would be written as `null`, not `[]`.
        if count == 0 {
            schema.remove("prefixItems");
            return;
        }
        match schema.get("items") {
            None | Some(Value::Bool(false)) => {
                schema.remove("items");
                let prefix = pointer_child(&place.pointer(), "prefixItems");
                let references = (0..count)
                    .map(|index| {
                        let target = format!("#{}", pointer_child(&prefix, &index.to_string()));
                        Value::Object(Map::from_iter([("$ref".to_owned(), Value::String(target))]))
                    })
                    .collect();
                schema.insert(TUPLE.to_owned(), Value::Array(references));
                schema.entry("type").or_insert_with(|| Value::String("array".to_owned()));
            }
            Some(_) => {
                let message = "`prefixItems` with more `items` after them is not a tuple; the list's items are \
                               taken as any JSON value";
                self.warn(&pointer_child(&place.pointer(), "prefixItems"), message);
                schema.remove("items");
            }
        }
    }

    fn sub_schemas(&self, schema: &mut Map<String, Value>, place: &Place<'_>) {
        for (key, value) in schema.iter_mut() {
            let here = place.key(key);
            match key.as_str() {
                "properties" => {
                    if let Value::Object(properties) = value {
                        self.properties(properties, &here);
                    }
                }
                "$defs" | "definitions" => {
                    for (name, child) in value.as_object_mut().into_iter().flatten() {
                        self.schema(child, here.key(name));
                    }
                }
                // A boolean `additionalProperties` is 3.0 already; a boolean `items` is not.
                "items" => self.schema(value, here),
                "additionalProperties" if value.is_object() => self.schema(value, here),
                "allOf" | "anyOf" | "oneOf" | "prefixItems" => {
                    for (index, child) in value.as_array_mut().into_iter().flatten().enumerate() {
                        self.schema(child, here.index(index));
                    }
                }
                _ => {}
            }
        }
    }

    /// Properties: a `false` one can never be present, so it is left out.
    fn properties(&self, properties: &mut Map<String, Value>, place: &Place<'_>) {
        properties.retain(|name, value| {
            let never = *value == Value::Bool(false);
            if never {
                let message = "this property's schema is `false`, so it is never present; it is left out";
                self.warn(&pointer_child(&place.pointer(), name), message);
            }
            !never
        });
        for (name, value) in properties.iter_mut() {
            self.schema(value, place.key(name));
        }
    }
}

/// The keywords of a schema that 3.0 does not have, or has in another form, by rewrite.
#[derive(Default)]
struct Found {
    unexpressed: bool,
    null_member: bool,
    scalar: bool,
    reference_with_siblings: bool,
    type_list: bool,
    pattern_properties: bool,
    prefix_items: bool,
}

impl Found {
    fn in_schema(schema: &Map<String, Value>) -> Self {
        let mut found = Self::default();
        for (key, value) in schema {
            match key.as_str() {
                "type" if value.is_array() => found.type_list = true,
                "type" => found.scalar |= value == "null",
                "$ref" => found.reference_with_siblings = schema.len() > 1,
                "anyOf" | "oneOf" => {
                    found.null_member |= value.as_array().is_some_and(|members| members.iter().any(is_null_schema));
                }
                "const" | "examples" | "exclusiveMinimum" | "exclusiveMaximum" | "contentEncoding"
                | "contentMediaType" => found.scalar = true,
                "patternProperties" => found.pattern_properties = true,
                "prefixItems" => found.prefix_items = true,
                key => found.unexpressed |= is_unexpressed(key) || is_identifying(key),
            }
        }
        found
    }
}

/// The operations of the document's paths.
fn operations(root: &mut Map<String, Value>) -> impl Iterator<Item = &mut Map<String, Value>> {
    let items = root.get_mut("paths").and_then(Value::as_object_mut).into_iter().flat_map(|paths| paths.values_mut());
    items.filter_map(Value::as_object_mut).flat_map(|item| {
        let operations = item.iter_mut().filter(|(method, _)| METHODS.contains(&method.as_str()));
        operations.filter_map(|(_, operation)| operation.as_object_mut())
    })
}

/// Whether a member of `anyOf` or `oneOf` stands for `null` alone.
fn is_null_schema(schema: &Value) -> bool {
    let Some(map) = schema.as_object() else { return false };
    let null_type = match map.get("type") {
        Some(Value::String(kind)) => kind == "null",
        Some(Value::Array(kinds)) => kinds.len() == 1 && kinds[0] == "null",
        _ => false,
    };
    null_type
        || map.get("const").is_some_and(Value::is_null)
        || map.get("enum").is_some_and(|values| *values == Value::Array(vec![Value::Null]))
}

/// The JSON Schema type of a value; `None` for `null`.
fn json_type(value: &Value) -> Option<&'static str> {
    match value {
        Value::String(_) => Some("string"),
        Value::Number(number) if number.is_i64() || number.is_u64() => Some("integer"),
        Value::Number(_) => Some("number"),
        Value::Bool(_) => Some("boolean"),
        Value::Array(_) => Some("array"),
        Value::Object(_) => Some("object"),
        Value::Null => None,
    }
}

/// Whether a `contentMediaType` is text, which a Rust `String` holds as it is.
fn is_text(media_type: &str) -> bool {
    media_type.starts_with("text/") || media_type.contains("json") || media_type.contains("xml")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schema `schema` (YAML) rewritten as a component, and the warnings, places as written.
    fn upgraded(schema: &str) -> (Value, Vec<String>) {
        let text =
            format!("openapi: 3.1.0\ninfo: {{title: t, version: '1'}}\ncomponents:\n  schemas:\n    A: {schema}\n");
        let mut document: Value = serde_yaml::from_str(&text).expect("test specs are YAML");
        let reporter = Reporter::new("api.yaml");
        upgrade_spec(&mut document, &reporter);
        let schema = document.pointer("/components/schemas/A").cloned().unwrap_or_default();
        (schema, reporter.into_warnings().iter().map(ToString::to_string).collect())
    }

    fn json(text: &str) -> Value {
        serde_json::from_str(text).expect("expected values are JSON")
    }

    #[test]
    fn a_recursive_reference_to_the_root_is_the_component_itself() {
        let filter = r##"{"$recursiveAnchor": true, "type": "object", "properties": {"filters": {"type": "array", "items": {"oneOf": [{"type": "string"}, {"$recursiveRef": "#"}]}}}}"##;
        let (schema, warnings) = upgraded(filter);
        assert_eq!(
            schema["properties"]["filters"]["items"]["oneOf"][1],
            json(r##"{"$ref": "#/components/schemas/A"}"##)
        );
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_file_is_read_as_what_its_keys_say_it_is() {
        let reporter = Reporter::new("api.yaml");
        let upgrade = |text: &str| {
            let mut document = json(text);
            upgrade_file(&mut document, "other.yaml", &reporter);
            document
        };
        // A parameter: `required: false` is its flag, not a schema that accepts nothing.
        let parameter =
            upgrade(r#"{"name": "a", "in": "query", "required": false, "schema": {"type": ["string", "null"]}}"#);
        assert_eq!(parameter["required"], json("false"));
        assert_eq!(parameter["schema"], json(r#"{"type": "string", "nullable": true}"#));
        let schema = upgrade(r#"{"type": ["integer", "null"]}"#);
        assert_eq!(schema, json(r#"{"type": "integer", "nullable": true}"#));
        let definitions = upgrade(r#"{"Id": {"type": ["string", "null"]}}"#);
        assert_eq!(definitions["Id"], json(r#"{"type": "string", "nullable": true}"#));
        assert!(reporter.into_warnings().is_empty());
    }

    #[test]
    fn mutual_tls_schemes_are_left_to_the_http_client_and_responses_may_be_left_out() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\nsecurity: [{tls: []}]\npaths:\n  /a:\n    get:\n      security: [{tls: [], key: []}, {tls: []}]\ncomponents:\n  securitySchemes:\n    tls: {type: mutualTLS}\n    key: {type: apiKey, in: header, name: X-Key}\n";
        let mut document: Value = serde_yaml::from_str(text).expect("test specs are YAML");
        let reporter = Reporter::new("api.yaml");
        upgrade_spec(&mut document, &reporter);
        assert_eq!(document["security"], json("[{}]"), "a request needs nothing more");
        let operation = &document["paths"]["/a"]["get"];
        assert_eq!(operation["security"], json(r#"[{"key": []}, {}]"#));
        assert_eq!(operation["responses"], json("{}"));
        assert_eq!(
            document["components"]["securitySchemes"],
            json(r#"{"key": {"type": "apiKey", "in": "header", "name": "X-Key"}}"#)
        );
        let warnings: Vec<String> = reporter.into_warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/securitySchemes/tls: a `mutualTLS` scheme is met by the certificate of the `reqwest::Client` given to `Client::with_http_client`; requests carry nothing for it"
            ]
        );
        let spec: openapiv3::OpenAPI = serde_json::from_value(document).expect("a 3.0 document");
        assert_eq!(spec.paths.paths.len(), 1);
    }

    #[test]
    fn null_in_a_type_list_is_nullable_and_several_types_are_a_union() {
        assert_eq!(upgraded("{type: [string, 'null']}").0, json(r#"{"type": "string", "nullable": true}"#));
        assert_eq!(
            upgraded("{type: [string, integer], maxLength: 3, minimum: 1, enum: [a, 2]}").0,
            json(
                r#"{"oneOf": [{"type": "string", "maxLength": 3, "enum": ["a"]}, {"type": "integer", "minimum": 1, "enum": [2]}]}"#
            )
        );
        assert_eq!(upgraded("{type: [integer, number]}").0, json(r#"{"type": "number"}"#));
    }

    #[test]
    fn a_null_member_of_any_of_makes_the_other_nullable() {
        let (schema, _) = upgraded("{anyOf: [{type: 'null'}, {$ref: '#/components/schemas/B'}], description: d}");
        assert_eq!(
            schema,
            json(r##"{"anyOf": [{"$ref": "#/components/schemas/B"}], "nullable": true, "description": "d"}"##)
        );
    }

    #[test]
    fn const_exclusive_bounds_examples_and_encodings_take_their_3_0_form() {
        assert_eq!(upgraded("{const: dog}").0, json(r#"{"type": "string", "enum": ["dog"]}"#));
        assert_eq!(upgraded("{const: 3}").0, json(r#"{"type": "integer", "enum": [3]}"#));
        assert_eq!(
            upgraded("{type: integer, exclusiveMinimum: 0, maximum: 9, exclusiveMaximum: 10}").0,
            json(r#"{"type": "integer", "minimum": 0, "exclusiveMinimum": true, "maximum": 9}"#)
        );
        assert_eq!(upgraded("{type: string, examples: [x, y]}").0, json(r#"{"type": "string", "example": "x"}"#));
        assert_eq!(
            upgraded("{type: string, contentEncoding: base64}").0,
            json(r#"{"type": "string", "format": "byte"}"#)
        );
        assert_eq!(
            upgraded("{type: string, contentMediaType: image/png}").0,
            json(r#"{"type": "string", "format": "binary"}"#)
        );
    }

    #[test]
    fn a_reference_with_siblings_keeps_them() {
        let (schema, _) = upgraded("{$ref: '#/components/schemas/B', description: d, nullable: true}");
        let expected = r##"{"allOf": [{"$ref": "#/components/schemas/B"}], "description": "d", "nullable": true}"##;
        assert_eq!(schema, json(expected));
        assert_eq!(upgraded("{$ref: '#/components/schemas/B'}").0, json(r##"{"$ref": "#/components/schemas/B"}"##));
    }

    #[test]
    fn prefix_items_are_a_tuple_of_references_to_where_they_are_written() {
        let (schema, warnings) =
            upgraded("{type: array, prefixItems: [{type: string}, {type: integer}], items: false}");
        assert_eq!(
            schema[TUPLE],
            json(
                r##"[{"$ref": "#/components/schemas/A/prefixItems/0"}, {"$ref": "#/components/schemas/A/prefixItems/1"}]"##
            )
        );
        assert!(schema.get("items").is_none() && warnings.is_empty(), "{warnings:?}");
        let (schema, warnings) = upgraded("{prefixItems: [{type: string}], items: {type: integer}}");
        assert!(schema.get(TUPLE).is_none() && schema.get("items").is_none());
        assert_eq!(warnings.len(), 1, "{warnings:?}");
    }

    #[test]
    fn pattern_properties_are_the_values_of_a_map() {
        assert_eq!(
            upgraded("{patternProperties: {'^a': {type: string}}}").0,
            json(r#"{"additionalProperties": {"type": "string"}, "type": "object"}"#)
        );
        assert_eq!(
            upgraded("{type: object, patternProperties: {'^a': {type: string}, '^b': {type: integer}}}").0,
            json(r#"{"type": "object", "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "integer"}]}}"#)
        );
    }

    #[test]
    fn malformed_keywords_are_warned_about_or_left_alone() {
        let (schema, warnings) = upgraded("{patternProperties: {'^a': 3, '^b': true, '^c': false}, prefixItems: []}");
        assert_eq!(schema, json(r#"{"additionalProperties": {}, "type": "object"}"#));
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/A/patternProperties/^a: a pattern's schema must be an object or a boolean, not 3; it is ignored"
            ]
        );
    }

    #[test]
    fn boolean_schemas_accept_anything_or_leave_a_property_out() {
        let (schema, warnings) = upgraded(
            "{properties: {any: true, never: false, empty: {type: array, items: false}, all: {type: array, items: true}}, additionalProperties: false}",
        );
        assert_eq!(
            schema,
            json(
                r#"{"properties": {"any": {}, "empty": {"type": "array", "items": {}}, "all": {"type": "array", "items": {}}}, "additionalProperties": false}"#
            )
        );
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/A/properties/never: this property's schema is `false`, so it is never present; it is left out",
                "api.yaml#/components/schemas/A/properties/empty/items: the `false` schema accepts no value at all; using any JSON value",
            ]
        );
    }

    #[test]
    fn keywords_without_a_rust_counterpart_are_dropped_with_a_warning() {
        let (schema, warnings) = upgraded(
            "{type: object, if: {}, then: {}, dependentRequired: {}, unevaluatedProperties: false, $comment: c}",
        );
        assert_eq!(schema, json(r#"{"type": "object"}"#));
        assert_eq!(warnings.len(), 4, "{warnings:?}");
        assert!(warnings[0].starts_with("api.yaml#/components/schemas/A/if: `if` has no Rust counterpart"));
    }

    #[test]
    fn messages_about_moved_schemas_name_them_where_they_are_written() {
        let reporter = Reporter::new("api.yaml");
        let mut document = json(
            r##"{"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "components": {"schemas": {"A": {
                "type": ["object", "array"], "items": {"$ref": "#/x", "description": "d"},
                "properties": {"b": {"anyOf": [{"type": "null"}, {"type": "string"}, {"type": "integer", "if": {}}]}}
            }}}}"##,
        );
        upgrade_spec(&mut document, &reporter);
        let items = document.pointer("/components/schemas/A/oneOf/1/items/allOf/0").expect("the reference is wrapped");
        assert_eq!(items, &json(r##"{"$ref": "#/x"}"##));
        let location = |pointer: &str| reporter.location(pointer).to_string();
        assert_eq!(
            location("/components/schemas/A/oneOf/1/items/allOf/0/$ref"),
            "api.yaml#/components/schemas/A/items/$ref"
        );
        assert_eq!(
            location("/components/schemas/A/oneOf/0/properties/b/anyOf/1"),
            "api.yaml#/components/schemas/A/properties/b/anyOf/2"
        );
        let warnings = reporter.into_warnings();
        assert_eq!(warnings[0].location.pointer, "/components/schemas/A/properties/b/anyOf/2/if");
    }

    #[test]
    fn document_fields_of_3_1_take_their_3_0_form() {
        let reporter = Reporter::new("api.yaml");
        let mut document = json(
            r##"{"openapi": "3.1.0", "info": {"title": "t", "version": "1", "summary": "s"},
                 "webhooks": {"ping": {"post": {"requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}}}}},
                 "components": {"pathItems": {"P": {"get": {"responses": {}}}}}}"##,
        );
        upgrade_spec(&mut document, &reporter);
        assert_eq!(document["info"]["description"], "s");
        assert_eq!(document["paths"], json("{}"));
        assert!(document.get("webhooks").is_none());
        assert_eq!(document.pointer("/components/schemas/ping Payload"), Some(&json(r#"{"type": "object"}"#)));
        let location = reporter.location("/components/schemas/ping Payload/properties").to_string();
        assert_eq!(location, "api.yaml#/webhooks/ping/post/requestBody/content/application~1json/schema/properties");
    }
}
