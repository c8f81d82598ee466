//! Following `$ref`s to the components they name, through chains, refusing dangling and cyclic ones.

use openapiv3::{Components, OpenAPI, Parameter, ReferenceOr, RequestBody, Response, Schema};

use crate::diagnostics::{Error, Reporter, pointer_child};

/// An item found by following references, with the JSON pointer where it is defined.
#[derive(Debug)]
pub struct Resolved<'a, T> {
    pub item: &'a T,
    pub pointer: String,
}

/// Kinds of component that a `$ref` can name.
pub trait Component: Sized {
    const SECTION: &'static str;
    fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>>;
}

macro_rules! component {
    ($type:ty, $section:literal, $field:ident) => {
        impl Component for $type {
            const SECTION: &'static str = $section;
            fn lookup<'a>(components: &'a Components, name: &str) -> Option<&'a ReferenceOr<Self>> {
                components.$field.get(name)
            }
        }
    };
}

component!(Schema, "schemas", schemas);
component!(Parameter, "parameters", parameters);
component!(RequestBody, "requestBodies", request_bodies);
component!(Response, "responses", responses);

/// Resolves references within one spec.
#[derive(Clone, Copy)]
pub struct Refs<'a> {
    spec: &'a OpenAPI,
    reporter: &'a Reporter,
}

impl<'a> Refs<'a> {
    pub fn new(spec: &'a OpenAPI, reporter: &'a Reporter) -> Self {
        Self { spec, reporter }
    }

    /// The component name a local reference points at, e.g. `Pet` for `#/components/schemas/Pet`.
    pub fn target_name<T: Component>(&self, reference: &str, pointer: &str) -> Result<String, Error> {
        let prefix = format!("#/components/{}/", T::SECTION);
        let escaped = reference.strip_prefix(&prefix).filter(|name| !name.is_empty() && !name.contains('/'));
        let Some(escaped) = escaped else {
            let message = format!(
                "unsupported $ref `{reference}`: only references to `{prefix}<name>` within this file are supported"
            );
            return Err(self.reporter.error(&pointer_child(pointer, "$ref"), message));
        };
        Ok(escaped.replace("~1", "/").replace("~0", "~"))
    }

    /// Follows `item` through any chain of references to the item itself.
    pub fn resolve<T: Component>(&self, item: &'a ReferenceOr<T>, pointer: &str) -> Result<Resolved<'a, T>, Error> {
        match item {
            ReferenceOr::Item(item) => Ok(Resolved { item, pointer: pointer.to_owned() }),
            ReferenceOr::Reference { reference } => self.resolve_reference(reference, pointer),
        }
    }

    /// Follows the `$ref` written at `pointer` through any chain of references to the item itself.
    pub fn resolve_reference<T: Component>(&self, reference: &str, pointer: &str) -> Result<Resolved<'a, T>, Error> {
        let mut reference = reference;
        let mut current_pointer = pointer.to_owned();
        let mut visited: Vec<String> = Vec::new();
        loop {
            let name = self.target_name::<T>(reference, &current_pointer)?;
            if visited.contains(&name) {
                let chain = visited.join(" -> ");
                let message = format!("cyclic $ref: {chain} -> {name}");
                return Err(self.reporter.error(&pointer_child(&current_pointer, "$ref"), message));
            }
            let target = self.spec.components.as_ref().and_then(|components| T::lookup(components, &name));
            let Some(target) = target else {
                let message = format!("dangling $ref `{reference}`: no such component");
                return Err(self.reporter.error(&pointer_child(&current_pointer, "$ref"), message));
            };
            current_pointer = pointer_child(&format!("/components/{}", T::SECTION), &name);
            visited.push(name);
            match target {
                ReferenceOr::Item(item) => return Ok(Resolved { item, pointer: current_pointer }),
                ReferenceOr::Reference { reference: next } => reference = next,
            }
        }
    }
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
        let refs = Refs::new(&spec, &reporter);
        let start = reference("#/components/schemas/A");
        let resolved = refs.resolve(&start, "/x").expect("chain resolves");
        assert_eq!(resolved.pointer, "/components/schemas/B");
        assert_eq!(resolved.item.schema_data.description.as_deref(), Some("b"));
    }

    #[test]
    fn refuses_dangling_cyclic_and_external_refs() {
        let spec = spec("    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n");
        let reporter = Reporter::new("api.yaml");
        let refs = Refs::new(&spec, &reporter);
        let message = |target: &str| refs.resolve(&reference(target), "/x").expect_err("refused").to_string();
        assert_eq!(message("#/components/schemas/A"), "api.yaml#/components/schemas/B/$ref: cyclic $ref: A -> B -> A");
        assert_eq!(
            message("#/components/schemas/Missing"),
            "api.yaml#/x/$ref: dangling $ref `#/components/schemas/Missing`: no such component"
        );
        assert!(message("other.yaml#/Pet").contains("only references to `#/components/schemas/<name>`"));
    }
}
