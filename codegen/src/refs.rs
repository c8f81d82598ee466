//! Following `$ref`s to what they name, through chains, refusing dangling and cyclic ones.
//!
//! A reference may name a component (`#/components/schemas/Pet`), any other place in the spec
//! (`#/paths/~1pets/get/responses/401`, as bundlers write), or a place in another file beside
//! it (`common.yaml#/components/schemas/Id`, relative to the file that holds the reference).
//! Places are written as pointers: `/paths/...` into the spec, `common.yaml#/...` into another file.

use std::collections::HashSet;

use elsa::FrozenMap;
use openapiv3::{Components, OpenAPI, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema};
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

impl<T: Component> Resolved<'_, T> {
    /// The component's name when the item is one (`/components/responses/NotFound`, in the
    /// spec or another file): the types an item shared by many operations needs are named
    /// after it, not after the first operation that happens to use it.
    pub fn component_name(&self) -> Option<String> {
        let pointer = self.pointer.split_once('#').map_or(self.pointer.as_str(), |(_, pointer)| pointer);
        component_at(pointer).filter(|(section, _)| *section == T::SECTION).map(|(_, name)| name)
    }
}

/// Kinds of item that a `$ref` can name.
pub trait Component: Sized + DeserializeOwned {
    /// The section of `components` that holds this kind, e.g. `schemas`.
    const SECTION: &'static str;
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>>;
    /// Items of this kind read from elsewhere than the components, by place.
    fn loaded(store: &Store) -> &FrozenMap<String, Box<Self>>;
    /// What stands in, with a warning, for a place a reference leads to that is not of this
    /// kind, and what to call it in the warning; `None` makes that an error.
    fn stand_in() -> Option<(Self, &'static str)> {
        None
    }
}

macro_rules! component {
    ($type:ty, $section:literal, $field:ident $(, $stand_in:expr, $called:literal)?) => {
        impl Component for $type {
            const SECTION: &'static str = $section;
            fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
                components.$field.get(name)
            }
            fn loaded(store: &Store) -> &FrozenMap<String, Box<Self>> {
                &store.$field
            }
            $(fn stand_in() -> Option<(Self, &'static str)> {
                Some(($stand_in, $called))
            })?
        }
    };
}

// A schema with no keywords accepts any JSON value; a response with no content has no body.
component!(
    Schema,
    "schemas",
    schemas,
    Schema { schema_data: Default::default(), schema_kind: openapiv3::SchemaKind::Any(Default::default()) },
    "any JSON value"
);
component!(Parameter, "parameters", parameters);
component!(RequestBody, "requestBodies", request_bodies);
component!(Response, "responses", responses, Response::default(), "a response without a body");

// OpenAPI 3.0 has no section of path items: a reference to one leads into another file, or
// to another path of the spec.
impl Component for PathItem {
    const SECTION: &'static str = "pathItems";
    fn lookup<'a>(_: &'a Components, _: &str) -> Option<&'a ReferenceOr<Self>> {
        None
    }
    fn loaded(store: &Store) -> &FrozenMap<String, Box<Self>> {
        &store.path_items
    }
}

/// The raw documents references lead into, and what has been read from them, kept for as long
/// as lowering borrows it.
#[derive(Default)]
pub struct Store {
    documents: Documents,
    schemas: FrozenMap<String, Box<Schema>>,
    parameters: FrozenMap<String, Box<Parameter>>,
    request_bodies: FrozenMap<String, Box<RequestBody>>,
    responses: FrozenMap<String, Box<Response>>,
    path_items: FrozenMap<String, Box<PathItem>>,
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
        self.component().filter(|(of, _)| *of == section).map(|(_, name)| name)
    }

    /// The name a schema of another file goes by when it is not among that file's components:
    /// the file's stem for the whole file (`schemas/pet.yaml`), or the key of an entry at its top
    /// or in its `definitions` or `$defs` (`common.yaml#/Owner`, `defs.json#/$defs/Owner`).
    pub fn definition_name(&self) -> Option<String> {
        if self.file.is_empty() {
            return None;
        }
        let segments: Vec<&str> = self.pointer.split('/').skip(1).collect();
        let name = match segments.as_slice() {
            [] => std::path::Path::new(&self.file).file_stem()?.to_str()?.to_owned(),
            [name] | ["definitions" | "$defs", name] => name.replace("~1", "/").replace("~0", "~"),
            _ => return None,
        };
        (!name.is_empty()).then_some(name)
    }

    /// The section and name of the component the target is, when it is `/components/<section>/<name>`.
    fn component(&self) -> Option<(&str, String)> {
        component_at(&self.pointer)
    }
}

/// The section and name of the component at `pointer`, when it is `/components/<section>/<name>`.
fn component_at(pointer: &str) -> Option<(&str, String)> {
    let (section, name) = pointer.strip_prefix("/components/")?.split_once('/')?;
    (!name.is_empty() && !name.contains('/')).then(|| (section, name.replace("~1", "/").replace("~0", "~")))
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
        let Some(document) = self.store.documents.files.get(&target.file) else {
            // Only another section of the spec's components is there without its document.
            let section = target.component().filter(|(section, name)| {
                target.file.is_empty() && self.spec.components.as_ref().is_some_and(|c| has(c, section, name))
            });
            let Some((section, _)) = section else { return Err(dangling()) };
            let message = format!("$ref `{place}` leads to one of the {section}, not one of the {}", T::SECTION);
            return self.stand_in(place, at, message);
        };
        let value = document.pointer(&target.pointer).ok_or_else(dangling)?;
        if let Some(Value::String(next)) = value.get("$ref") {
            return Ok(Found::Reference(next.clone()));
        }
        match serde_json::from_value(value.clone()) {
            Ok(item) => Ok(Found::Item(T::loaded(self.store).insert(place, Box::new(item)))),
            Err(error) => {
                let message = format!("$ref `{place}` does not lead to one of the {} ({error})", T::SECTION);
                self.stand_in(place, at, message)
            }
        }
    }

    /// What stands in for an item of the wrong kind at `place`, with a warning; or the error.
    fn stand_in<T: Component>(&self, place: String, at: &str, message: String) -> Result<Found<'a, T>, Error> {
        let Some((stand_in, called)) = T::stand_in() else { return Err(self.reporter.error(at, message)) };
        self.reporter.warn(at, format!("{message}; using {called}"));
        Ok(Found::Item(T::loaded(self.store).insert(place, Box::new(stand_in))))
    }
}

enum Found<'a, T> {
    Item(&'a T),
    Reference(String),
}

/// Whether the spec's components have `name` in `section`.
fn has(components: &Components, section: &str, name: &str) -> bool {
    match section {
        "schemas" => components.schemas.contains_key(name),
        "responses" => components.responses.contains_key(name),
        "parameters" => components.parameters.contains_key(name),
        "examples" => components.examples.contains_key(name),
        "requestBodies" => components.request_bodies.contains_key(name),
        "headers" => components.headers.contains_key(name),
        "securitySchemes" => components.security_schemes.contains_key(name),
        "links" => components.links.contains_key(name),
        "callbacks" => components.callbacks.contains_key(name),
        _ => false,
    }
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
    fn a_reference_into_another_section_gets_a_stand_in_where_one_fits() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S: {type: string}\n  responses:\n    R: {description: r}\n  requestBodies:\n    B: {content: {}}\n";
        let spec: OpenAPI = serde_yaml::from_str(text).expect("test spec parses");
        let reporter = Reporter::new("api.yaml");
        let store = Store::default();
        let refs = Refs::new(&spec, &store, &reporter);
        let schema = refs.resolve_reference::<Schema>("#/components/responses/R", "/a").expect("a stand-in");
        assert!(matches!(schema.item.schema_kind, openapiv3::SchemaKind::Any(_)));
        let response = refs.resolve_reference::<Response>("#/components/schemas/S", "/b").expect("a stand-in");
        assert!(response.item.content.is_empty());
        let error = refs.resolve_reference::<Parameter>("#/components/requestBodies/B", "/c").expect_err("no stand-in");
        assert_eq!(
            error.to_string(),
            "api.yaml#/c/$ref: $ref `/components/requestBodies/B` leads to one of the requestBodies, not one of the parameters"
        );
        let missing = refs.resolve_reference::<Schema>("#/components/responses/Missing", "/d").expect_err("dangling");
        assert!(missing.to_string().ends_with("dangling $ref `#/components/responses/Missing`: nothing is there"));
        let warnings: Vec<String> = reporter.into_warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "api.yaml#/a/$ref: $ref `/components/responses/R` leads to one of the responses, not one of the schemas; using any JSON value",
                "api.yaml#/b/$ref: $ref `/components/schemas/S` leads to one of the schemas, not one of the responses; using a response without a body",
            ]
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

    #[test]
    fn schemas_of_other_files_are_named_by_the_file_or_their_key() {
        let name = |file: &str, pointer: &str| Target { file: file.into(), pointer: pointer.into() }.definition_name();
        assert_eq!(name("schemas/pet.yaml", ""), Some("pet".into()));
        assert_eq!(name("common.yaml", "/Owner"), Some("Owner".into()));
        assert_eq!(name("defs.json", "/$defs/a~1b"), Some("a/b".into()));
        assert_eq!(name("defs.json", "/definitions/Tag"), Some("Tag".into()));
        assert_eq!(name("common.yaml", "/Owner/properties/name"), None);
        assert_eq!(name("", "/Owner"), None);
    }
}
