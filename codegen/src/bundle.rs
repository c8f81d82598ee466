//! References where OpenAPI 3.0 allows none, written in place as bundlers (Redocly,
//! swagger-cli) write them, before the spec is read.
//!
//! Multi-file specs such as DigitalOcean's give each operation a file of its own
//! (`get: {$ref: resources/account/account_get.yml}`) and take long descriptions from other files
//! (`description: {$ref: description.yml#/introduction}`) or whole maps of properties
//! (`properties: {$ref: attributes.yml#/ids}`). OpenAPI has no reference there, so the
//! parser would refuse them. Each such reference is replaced by what it names, and the references
//! inside that are rewritten to be relative to the spec, as they would be had the spec been
//! bundled first.

use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

use serde_json::Value;

use crate::diagnostics::{Error, Reporter, pointer_child};
use crate::source::{self, METHODS, NAME_MAPS};

/// Keys whose value is text, which may be given by reference; so may the maps of names
/// ([`NAME_MAPS`]), but not the items of those maps, which OpenAPI's own references serve.
const TEXT: &[&str] = &["description", "summary"];

/// Keys whose value is data, in which a `$ref` is not a reference.
const LITERALS: &[&str] = &["example", "examples", "default", "enum", "const"];

/// How many references may be written in place, and how long a chain of them may be: enough for
/// any real spec, and a bound on what a hostile one can make the reader do.
const MAX_INLINED: usize = 100_000;
const MAX_CHAIN: usize = 32;
/// How many JSON values the references written in place may copy in all: DigitalOcean's spec,
/// 667 such references, copies 27,000.
const MAX_COPIED: usize = 5_000_000;

/// What an object's keys mean, so that a key is known as a method, a text or a name.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    Root,
    Paths,
    PathItem,
    /// The top of another file, which may be a path item (`paths/pets.yaml`) as well as a schema.
    FileTop,
    /// An object whose keys are names of the spec's choosing (`properties`, `schemas`).
    Names,
    Other,
}

/// Replaces each reference where OpenAPI allows none by what it names, in `document`, which is
/// `file` (`""` for the spec itself); see the module docs.
pub fn inline_foreign_references(
    document: &mut Value,
    file: &str,
    reporter: &Reporter,
    base_dir: Option<&Path>,
) -> Result<(), Error> {
    let top = if file.is_empty() { Place::Root } else { Place::FileTop };
    if !has_foreign_references(document, top) {
        return Ok(());
    }
    let mut files = Files { own: file, loaded: BTreeMap::new(), reporter, base_dir };
    // Each place to walk, with the places of the references written in place above it: content
    // that leads back into itself could otherwise be written in place without end.
    let mut pending = vec![(String::new(), top, Rc::new(Vec::new()))];
    let (mut inlined, mut copied) = (0, 0);
    while let Some((pointer, place, above)) = pending.pop() {
        for (key, child, child_place, foreign) in children(document, &pointer, place) {
            let mut child_above = Rc::clone(&above);
            if let Some(reference) = foreign {
                let at = files.place(&child);
                inlined += 1;
                if inlined > MAX_INLINED {
                    let message = format!("more than {MAX_INLINED} references where OpenAPI allows none");
                    return Err(reporter.error(&at, message));
                }
                let (replacement, target) = files.resolve(&reference, &child, document)?;
                if above.contains(&target) {
                    let message = format!("$ref `{reference}` leads back into what it is written in");
                    return Err(reporter.error(&pointer_child(&at, "$ref"), message));
                }
                copied += values_in(&replacement);
                if copied > MAX_COPIED {
                    let message = format!("references where OpenAPI allows none copy more than {MAX_COPIED} values");
                    return Err(reporter.error(&at, message));
                }
                // A text that is not one is left for the key pass to warn about.
                if TEXT.contains(&key.as_str()) && !replacement.is_string() {
                    continue;
                }
                if let Some(slot) = document.pointer_mut(&child) {
                    *slot = replacement;
                }
                child_above = Rc::new(above.iter().cloned().chain([target]).collect());
            }
            if !walked(place, &key) {
                continue;
            }
            pending.push((child, child_place, child_above));
        }
    }
    Ok(())
}

/// How many JSON values `value` holds, itself included.
fn values_in(value: &Value) -> usize {
    let mut count = 0;
    let mut pending = vec![value];
    while let Some(value) = pending.pop() {
        count += 1;
        match value {
            Value::Object(map) => pending.extend(map.values()),
            Value::Array(items) => pending.extend(items),
            _ => {}
        }
    }
    count
}

/// Whether `document`, whose top is at `top`, has a reference where OpenAPI allows none. Most
/// specs have none, and this walk makes no pointers: the walk that writes references in place
/// makes one per value, which took half the time of reading a large spec.
fn has_foreign_references(document: &Value, top: Place) -> bool {
    let mut pending = vec![(document, top)];
    while let Some((value, place)) = pending.pop() {
        match value {
            Value::Object(map) => {
                for (key, child) in map.iter().filter(|(_, child)| child.is_object() || child.is_array()) {
                    if allows_none(place, key) && reference_in(child).is_some() {
                        return true;
                    }
                    if walked(place, key) {
                        pending.push((child, child_place(place, key)));
                    }
                }
            }
            Value::Array(items) => {
                pending.extend(
                    items
                        .iter()
                        .filter(|child| child.is_object() || child.is_array())
                        .map(|child| (child, Place::Other)),
                );
            }
            _ => {}
        }
    }
    false
}

/// What the keys of the object under `key`, in an object at `place`, mean.
fn child_place(place: Place, key: &str) -> Place {
    match (place, key) {
        (Place::Root, "paths") => Place::Paths,
        (Place::Paths, _) => Place::PathItem,
        (Place::Names, _) => Place::Other,
        (_, key) if NAME_MAPS.contains(&key) => Place::Names,
        _ => Place::Other,
    }
}

/// Whether a reference under `key`, in an object at `place`, is one OpenAPI does not allow.
fn allows_none(place: Place, key: &str) -> bool {
    match place {
        Place::PathItem => METHODS.contains(&key),
        Place::FileTop => METHODS.contains(&key) || is_text_or_names(key),
        Place::Names => false,
        _ => is_text_or_names(key),
    }
}

/// Whether what is under `key`, in an object at `place`, is walked for references: extensions
/// are opaque, and literals are data (see `source::is_literal`).
fn walked(place: Place, key: &str) -> bool {
    place == Place::Names || !(key.starts_with("x-") || LITERALS.contains(&key))
}

/// The children of the object or array at `pointer` worth walking: each with its key, pointer,
/// place, and the reference to write in its place when it is one OpenAPI does not allow.
fn children(document: &Value, pointer: &str, place: Place) -> Vec<(String, String, Place, Option<String>)> {
    match document.pointer(pointer) {
        Some(Value::Object(map)) => map
            .iter()
            .filter(|(_, child)| child.is_object() || child.is_array())
            .map(|(key, child)| {
                let foreign = reference_in(child).filter(|_| allows_none(place, key)).map(str::to_owned);
                (key.clone(), pointer_child(pointer, key), child_place(place, key), foreign)
            })
            .collect(),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .filter(|(_, child)| child.is_object() || child.is_array())
            .map(|(index, _)| (String::new(), pointer_child(pointer, &index.to_string()), Place::Other, None))
            .collect(),
        _ => Vec::new(),
    }
}

/// Whether the value under `key` may be given by reference although OpenAPI allows none there.
fn is_text_or_names(key: &str) -> bool {
    TEXT.contains(&key) || NAME_MAPS.contains(&key)
}

/// The `$ref` of a reference object.
fn reference_in(value: &Value) -> Option<&str> {
    value.get("$ref").and_then(Value::as_str)
}

/// The files references lead to, each read once.
struct Files<'r> {
    /// The file whose references are written in place.
    own: &'r str,
    loaded: BTreeMap<String, Value>,
    reporter: &'r Reporter,
    base_dir: Option<&'r Path>,
}

impl Files<'_> {
    /// A pointer into the file as the reporter places it: `file#/pointer` unless it is the spec.
    fn place(&self, pointer: &str) -> String {
        if self.own.is_empty() { pointer.to_owned() } else { format!("{}#{pointer}", self.own) }
    }

    /// What `reference`, written at `at` in the file, names, and the place it is at: followed
    /// through a chain of references, and with the references inside it made relative to the file.
    fn resolve(&mut self, reference: &str, at: &str, document: &Value) -> Result<(Value, String), Error> {
        let at = self.place(&pointer_child(at, "$ref"));
        let (mut file, mut link) = (self.own.to_owned(), reference.to_owned());
        for _ in 0..MAX_CHAIN {
            // Before the path is made relative to the spec, which would fold `https://` into `https:/`.
            let (link_file, fragment) = source::split_reference(&link);
            if source::is_url(link_file) {
                let message = format!("$ref `{link}` names a URL; only files beside the spec can be referenced");
                return Err(self.reporter.error(&at, message));
            }
            (file, link) = (source::referenced_file(&file, link_file), fragment.to_owned());
            let value = self.value(&file, &link, &at, reference, document)?;
            match reference_in(value) {
                Some(next) => link = next.to_owned(),
                None => return Ok((rebased(value.clone(), &file, self.own), format!("{file}#{link}"))),
            }
        }
        Err(self.reporter.error(&at, format!("$ref `{reference}` starts a chain of more than {MAX_CHAIN} references")))
    }

    /// The value at `fragment` of `file`, which is relative to the spec (`""` for the spec).
    fn value<'v>(
        &'v mut self,
        file: &str,
        fragment: &str,
        at: &str,
        reference: &str,
        document: &'v Value,
    ) -> Result<&'v Value, Error> {
        let reporter = self.reporter;
        let dangling = || reporter.error(at, format!("dangling $ref `{reference}`: nothing is there"));
        if file == self.own {
            return document.pointer(fragment).ok_or_else(dangling);
        }
        if !self.loaded.contains_key(file) {
            let loaded = source::load_beside(file, reference, self.base_dir, reporter, at)?;
            self.loaded.insert(file.to_owned(), loaded);
        }
        self.loaded[file].pointer(fragment).ok_or_else(dangling)
    }
}

/// `value`, read from `file`, with each reference inside it rewritten relative to `into`, the
/// file it is written into (both relative to the spec).
fn rebased(mut value: Value, file: &str, into: &str) -> Value {
    if file == into {
        return value;
    }
    // From `into`'s directory up to the spec's, so that the spec-relative path follows.
    let up = "../".repeat(into.matches('/').count());
    let references: Vec<(String, String)> =
        source::references(&value).into_iter().map(|(reference, holder)| (reference.to_owned(), holder)).collect();
    for (reference, holder) in references {
        let (target, fragment) = source::split_reference(&reference);
        if source::is_url(target) {
            continue;
        }
        let rebased = format!("{up}{}#{fragment}", source::referenced_file(file, target));
        if let Some(slot) = value.pointer_mut(&holder).and_then(|holder| holder.get_mut("$ref")) {
            *slot = Value::String(rebased);
        }
    }
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec_dir() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let write = |name: &str, text: &str| {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("in a directory")).expect("mkdir");
            std::fs::write(path, text).expect("write");
        };
        write(
            "ops/get.yml",
            "operationId: getThing\ndescription: {$ref: '../texts.yml#/thing'}\nresponses:\n  '200': {$ref: 'responses.yml#/ok'}\n",
        );
        write(
            "ops/responses.yml",
            "ok: {description: ok, content: {application/json: {schema: {$ref: '#/Thing'}}}}\nThing: {type: object}\nprops: {id: {$ref: '#/Thing'}}\n",
        );
        write("texts.yml", "intro: The introduction.\nthing: {$ref: '#/intro'}\n");
        dir
    }

    #[test]
    fn operations_and_texts_given_by_reference_are_written_in_place_relative_to_the_spec() {
        let dir = spec_dir();
        let mut document: Value = serde_json::json!({
            "tags": [{"name": "t", "description": {"$ref": "texts.yml#/intro"}}],
            "paths": {"/thing": {"get": {"$ref": "ops/get.yml"}}},
            "components": {"schemas": {"description": {"$ref": "texts.yml#/intro"}, "T": {"properties": {"$ref": "ops/responses.yml#/props"}}}},
            "x-samples": {"description": {"$ref": "missing.yml"}}
        });
        let reporter = Reporter::new("api.yaml");
        inline_foreign_references(&mut document, "", &reporter, Some(dir.path())).expect("inlines");
        assert_eq!(document["tags"][0]["description"], "The introduction.");
        let operation = &document["paths"]["/thing"]["get"];
        assert_eq!(operation["operationId"], "getThing");
        assert_eq!(operation["description"], "The introduction.", "a chain, from an inlined operation");
        assert_eq!(operation["responses"]["200"]["$ref"], "ops/responses.yml#/ok");
        assert_eq!(document["components"]["schemas"]["description"]["$ref"], "texts.yml#/intro", "a name, kept");
        assert_eq!(document["components"]["schemas"]["T"]["properties"]["id"]["$ref"], "ops/responses.yml#/Thing");
        assert_eq!(document["x-samples"]["description"]["$ref"], "missing.yml", "an extension, not followed");
    }

    #[test]
    fn in_another_file_references_stay_relative_to_that_file() {
        let dir = spec_dir();
        let mut document: Value =
            serde_json::json!({"get": {"$ref": "get.yml"}, "T": {"properties": {"$ref": "responses.yml#/props"}}});
        let reporter = Reporter::new("api.yaml");
        inline_foreign_references(&mut document, "ops/item.yml", &reporter, Some(dir.path())).expect("inlines");
        assert_eq!(document["T"]["properties"]["id"]["$ref"], "../ops/responses.yml#/Thing");
        assert_eq!(document["get"]["operationId"], "getThing", "a path item in a file of its own");
        assert_eq!(document["get"]["responses"]["200"]["$ref"], "../ops/responses.yml#/ok");
        let mut missing: Value = serde_json::json!({"description": {"$ref": "none.yml"}});
        let error =
            inline_foreign_references(&mut missing, "ops/item.yml", &reporter, Some(dir.path())).expect_err("missing");
        assert!(error.to_string().starts_with("ops/item.yml#/description/$ref: cannot read ops/none.yml"), "{error}");
    }

    #[test]
    fn content_that_leads_back_into_itself_is_an_error_and_a_text_that_is_none_is_left() {
        let reporter = Reporter::new("api.yaml");
        let mut looping: Value = serde_json::json!({
            "components": {"schemas": {"A": {"properties": {"b": {"properties": {"$ref": "#/components/schemas/A"}}}}}},
            "paths": {"/a": {"get": {"$ref": "#"}}}
        });
        let error = inline_foreign_references(&mut looping, "", &reporter, None).expect_err("loops");
        assert!(error.to_string().contains("leads back into what it is written in"), "{error}");
        let mut whole: Value = serde_json::json!({"info": {"description": {"$ref": "#"}}, "paths": {"/a": {"get": {"$ref": "#/x-op"}}}, "x-op": {"operationId": "a"}});
        inline_foreign_references(&mut whole, "", &reporter, None).expect("inlines");
        assert_eq!(whole["info"]["description"]["$ref"], "#");
        assert_eq!(whole["paths"]["/a"]["get"]["operationId"], "a");
    }

    #[test]
    fn an_operation_from_a_url_is_refused_as_one() {
        let mut document: Value =
            serde_json::json!({"paths": {"/a": {"get": {"$ref": "https://example.com/get.yml"}}}});
        let reporter = Reporter::new("api.yaml");
        let error = inline_foreign_references(&mut document, "", &reporter, None).expect_err("a URL");
        assert_eq!(
            error.to_string(),
            "api.yaml#/paths/~1a/get/$ref: $ref `https://example.com/get.yml` names a URL; only files beside the spec can be referenced"
        );
    }

    #[test]
    fn a_missing_target_is_an_error_at_the_reference() {
        let dir = spec_dir();
        let mut document: Value = serde_json::json!({"paths": {"/a": {"post": {"$ref": "ops/post.yml"}}}});
        let reporter = Reporter::new("api.yaml");
        let error = inline_foreign_references(&mut document, "", &reporter, Some(dir.path())).expect_err("missing");
        assert!(error.to_string().starts_with("api.yaml#/paths/~1a/post/$ref: cannot read ops/post.yml"), "{error}");
    }
}
