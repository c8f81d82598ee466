//! Following `$ref`s to what they name, through chains, refusing dangling and cyclic ones.
//!
//! A reference may name a component (`#/components/schemas/Pet`), any other place in the spec
//! (`#/paths/~1pets/get/responses/401`, as bundlers write), or a place in another file beside
//! it (`common.yaml#/components/schemas/Id`, relative to the file that holds the reference).
//! Places are written as pointers: `/paths/...` into the spec, `common.yaml#/...` into another file.

use std::collections::HashSet;

use elsa::FrozenMap;
use openapiv3::{Components, OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostics::{Error, Reporter, pointer_child};
use crate::source::{Documents, referenced_file, split_reference};

/// An item found by following references, with the place where it is defined.
#[derive(Debug)]
pub struct Resolved<'a, T> {
    pub item: &'a T,
    pub pointer: String,
}

/// Kinds of item that a `$ref` can name.
pub trait Component: Sized + DeserializeOwned {
    /// The section of `components` that holds this kind, e.g. `schemas`.
    const SECTION: &'static str;
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>>;
    /// Items of this kind read from elsewhere than the components, by place.
    fn loaded(store: &Store) -> &FrozenMap<String, Box<Self>>;
    /// What stands in, with a warning, for a place a reference leads to that is not of this
    /// kind; `None` makes that an error.
    fn stand_in() -> Option<Self> {
        None
    }
}

macro_rules! component {
    ($type:ty, $section:literal, $field:ident, stand_in) => {
        component!($type, $section, $field, fn stand_in() -> Option<Self> {
            // Any JSON value: a schema with no keywords.
            Some(Schema { schema_data: Default::default(), schema_kind: openapiv3::SchemaKind::Any(Default::default()) })
        });
    };
    ($type:ty, $section:literal, $field:ident $(, $stand_in:item)?) => {
        impl Component for $type {
            const SECTION: &'static str = $section;
            fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
                components.$field.get(name)
            }
            fn loaded(store: &Store) -> &FrozenMap<String, Box<Self>> {
                &store.$field
            }
            $($stand_in)?
        }
    };
}

component!(Schema, "schemas", schemas, stand_in);
component!(Parameter, "parameters", parameters);
component!(RequestBody, "requestBodies", request_bodies);
component!(Response, "responses", responses);

/// The raw documents references lead into, and what has been read from them, kept for as long
/// as lowering borrows it.
#[derive(Default)]
pub struct Store {
    documents: Documents,
    schemas: FrozenMap<String, Box<Schema>>,
    parameters: FrozenMap<String, Box<Parameter>>,
    request_bodies: FrozenMap<String, Box<RequestBody>>,
    responses: FrozenMap<String, Box<Response>>,
}

impl Store {
    pub fn new(documents: Documents) -> Self {
        Self { documents, ..Self::default() }
    }
}

/// Where a reference leads: a file (`""` for the spec) and a pointer into it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub file: String,
    pub pointer: String,
}

impl Target {
    /// The place as pointers are written: `/pointer` in the spec, `file#/pointer` elsewhere.
    pub fn place(&self) -> String {
        if self.file.is_empty() { self.pointer.clone() } else { format!("{}#{}", self.file, self.pointer) }
    }

    /// The component's name when the target is `/components/<section>/<name>` of its file.
    pub fn component_name(&self, section: &str) -> Option<String> {
        let name = self.pointer.strip_prefix("/components/")?.strip_prefix(section)?.strip_prefix('/')?;
        (!name.is_empty() && !name.contains('/')).then(|| name.replace("~1", "/").replace("~0", "~"))
    }
}

/// Resolves references within one spec and the files it refers to.
#[derive(Clone, Copy)]
pub struct Refs<'a> {
    spec: &'a OpenAPI,
    store: &'a Store,
    reporter: &'a Reporter,
}

impl<'a> Refs<'a> {
    pub fn new(spec: &'a OpenAPI, store: &'a Store, reporter: &'a Reporter) -> Self {
        Self { spec, store, reporter }
    }

    /// Where `reference`, written in the object at `pointer`, leads.
    pub fn target(&self, reference: &str, pointer: &str) -> Target {
        let (file, fragment) = split_reference(reference);
        Target { file: referenced_file(file_of(pointer), file), pointer: percent_decoded(fragment) }
    }

    /// Follows `item` through any chain of references to the item itself.
    pub fn resolve<T: Component>(&self, item: &'a ReferenceOr<T>, pointer: &str) -> Result<Resolved<'a, T>, Error> {
        match item {
            ReferenceOr::Item(item) => Ok(Resolved { item, pointer: pointer.to_owned() }),
            ReferenceOr::Reference { reference } => self.resolve_reference(reference, pointer),
        }
    }

    /// Follows the `$ref` written in the object at `pointer` through any chain of references to
    /// the item itself.
    pub fn resolve_reference<T: Component>(&self, reference: &str, pointer: &str) -> Result<Resolved<'a, T>, Error> {
        let mut reference = reference.to_owned();
        let mut current_pointer = pointer.to_owned();
        let mut visited: Vec<String> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        loop {
            let target = self.target(&reference, &current_pointer);
            let place = target.place();
            let at = pointer_child(&current_pointer, "$ref");
            if !seen.insert(place.clone()) {
                let chain = visited.join(" -> ");
                return Err(self.reporter.error(&at, format!("cyclic $ref: {chain} -> {place}")));
            }
            visited.push(place.clone());
            match self.lookup::<T>(&reference, &target, &at)? {
                Found::Item(item) => return Ok(Resolved { item, pointer: place }),
                Found::Reference(next) => {
                    reference = next;
                    current_pointer = place;
                }
            }
        }
    }

    /// The `$ref` written at `target` itself, when it is a reference rather than an item.
    pub fn reference_at(&self, target: &Target) -> Option<&'a str> {
        if let Some(name) = target.component_name(Schema::SECTION).filter(|_| target.file.is_empty()) {
            let components = self.spec.components.as_ref()?;
            return match Schema::lookup(components, &name)? {
                ReferenceOr::Reference { reference } => Some(reference),
                ReferenceOr::Item(_) => None,
            };
        }
        let value = self.store.documents.files.get(&target.file)?.pointer(&target.pointer)?;
        value.get("$ref").and_then(Value::as_str)
    }

    /// The item at `target`, or the reference found there instead.
    fn lookup<T: Component>(&self, reference: &str, target: &Target, at: &str) -> Result<Found<'a, T>, Error> {
        let dangling = || self.reporter.error(at, format!("dangling $ref `{reference}`: nothing is there"));
        if let Some(name) = target.component_name(T::SECTION).filter(|_| target.file.is_empty()) {
            let components = self.spec.components.as_ref();
            return match components.and_then(|components| T::lookup(components, &name)).ok_or_else(dangling)? {
                ReferenceOr::Item(item) => Ok(Found::Item(item)),
                ReferenceOr::Reference { reference } => Ok(Found::Reference(reference.clone())),
            };
        }
        let place = target.place();
        if let Some(item) = T::loaded(self.store).get(&place) {
            return Ok(Found::Item(item));
        }
        let document = self.store.documents.files.get(&target.file).ok_or_else(dangling)?;
        let value = document.pointer(&target.pointer).ok_or_else(dangling)?;
        if let Some(Value::String(next)) = value.get("$ref") {
            return Ok(Found::Reference(next.clone()));
        }
        let item: T = match (serde_json::from_value(value.clone()), T::stand_in()) {
            (Ok(item), _) => item,
            (Err(error), Some(stand_in)) => {
                let message = format!(
                    "$ref `{place}` does not lead to one of the {} ({error}); using any JSON value",
                    T::SECTION
                );
                self.reporter.warn(at, message);
                stand_in
            }
            (Err(error), None) => {
                let message = format!("$ref `{place}` does not lead to one of the {}: {error}", T::SECTION);
                return Err(self.reporter.error(at, message));
            }
        };
        Ok(Found::Item(T::loaded(self.store).insert(place, Box::new(item))))
    }
}

enum Found<'a, T> {
    Item(&'a T),
    Reference(String),
}

/// A URI fragment as the JSON pointer it encodes (RFC 6901, section 6): `%7B` is `{`.
fn percent_decoded(fragment: &str) -> String {
    let bytes = fragment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let escaped = bytes.get(index + 1..index + 3).and_then(|hex| std::str::from_utf8(hex).ok());
        match escaped.filter(|_| bytes[index] == b'%').and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
            Some(byte) => {
                decoded.push(byte);
                index += 3;
            }
            None => {
                decoded.push(bytes[index]);
                index += 1;
            }
        }
    }
    String::from_utf8(decoded).unwrap_or_else(|_| fragment.to_owned())
}

/// The file a place is in: `""` for the spec itself.
pub fn file_of(pointer: &str) -> &str {
    if pointer.starts_with('/') || pointer.is_empty() { "" } else { split_reference(pointer).0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(schemas: &str) -> OpenAPI {
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{schemas}"
        );
        serde_yaml::from_str(&text).expect("test spec parses")
    }

    fn reference(target: &str) -> ReferenceOr<Schema> {
        ReferenceOr::Reference { reference: target.to_owned() }
    }

    #[test]
    fn follows_chains_to_the_item() {
        let spec = spec("    A: {$ref: '#/components/schemas/B'}\n    B: {type: string, description: b}\n");
        let reporter = Reporter::new("api.yaml");
        let store = Store::default();
        let refs = Refs::new(&spec, &store, &reporter);
        let start = reference("#/components/schemas/A");
        let resolved = refs.resolve(&start, "/x").expect("chain resolves");
        assert_eq!(resolved.pointer, "/components/schemas/B");
        assert_eq!(resolved.item.schema_data.description.as_deref(), Some("b"));
    }

    #[test]
    fn refuses_dangling_and_cyclic_refs() {
        let spec = spec("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n");
        let reporter = Reporter::new("api.yaml");
        let store = Store::default();
        let refs = Refs::new(&spec, &store, &reporter);
        let message = |target: &str| refs.resolve(&reference(target), "/x").expect_err("refused").to_string();
        assert_eq!(
            message("#/components/schemas/A"),
            "api.yaml#/components/schemas/B/$ref: cyclic $ref: /components/schemas/A -> /components/schemas/B -> /components/schemas/A"
        );
        assert_eq!(
            message("#/components/schemas/Missing"),
            "api.yaml#/x/$ref: dangling $ref `#/components/schemas/Missing`: nothing is there"
        );
    }

    #[test]
    fn references_in_other_files_are_relative_to_them() {
        let refs_in = |pointer: &str, reference: &str| {
            let (file, fragment) = split_reference(reference);
            Target { file: referenced_file(file_of(pointer), file), pointer: percent_decoded(fragment) }.place()
        };
        assert_eq!(refs_in("/paths/~1a", "common.yaml#/components/schemas/Id"), "common.yaml#/components/schemas/Id");
        assert_eq!(
            refs_in("shared/common.yaml#/x", "#/components/schemas/Id"),
            "shared/common.yaml#/components/schemas/Id"
        );
        assert_eq!(refs_in("shared/common.yaml#/x", "../other.yaml#/y"), "other.yaml#/y");
        assert_eq!(refs_in("shared/common.yaml#/x", "./more.yaml#/y"), "shared/more.yaml#/y");
        assert_eq!(percent_decoded("/paths/~1a~1%7Bid%7D/get"), "/paths/~1a~1{id}/get");
        assert_eq!(percent_decoded("/100%"), "/100%");
    }
}
