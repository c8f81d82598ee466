//! Lowering schemas into named Rust types and the type expressions that refer to them.

use std::collections::{BTreeMap, BTreeSet};

use indexmap::IndexMap;
use openapiv3::{
    AdditionalProperties, AnySchema, IntegerFormat, NumberFormat, ObjectType, OpenAPI, ReferenceOr, Schema, SchemaKind,
    StringFormat, Type, VariantOrUnknownOrEmpty,
};
use serde_json::Value;

use crate::diagnostics::{Error, Reporter, pointer_child};
use crate::ir::{
    self, Bound, Constraints, Docs, Enum, EnumVariant, Field, FloatWidth, IntEnum, IntWidth, Shape, Struct, Tagged, Ty,
    TyKind, TypeDef, UnionVariant,
};
use crate::naming::{self, Scope};
use crate::openapi31;
use crate::refs::{Component, Refs, Target};

type Properties = IndexMap<String, ReferenceOr<Box<Schema>>>;

/// A schema as written at one place: a reference to a component, or the schema itself.
#[derive(Clone, Copy)]
pub enum SchemaAt<'a> {
    Reference(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaAt<'a> {
    fn from(schema: &'a ReferenceOr<Schema>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Reference(reference),
            ReferenceOr::Item(schema) => Self::Inline(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaAt<'a> {
    fn from(schema: &'a ReferenceOr<Box<Schema>>) -> Self {
        match schema {
            ReferenceOr::Reference { reference } => Self::Reference(reference),
            ReferenceOr::Item(schema) => Self::Inline(schema),
        }
    }
}

/// The properties of an object schema, gathered from one schema or merged from an `allOf`.
#[derive(Default)]
pub struct ObjectParts<'a> {
    /// Each property's name, schema and the place its schema is written, in the spec's order.
    pub properties: Vec<(&'a str, SchemaAt<'a>, String)>,
    pub required: BTreeSet<&'a str>,
    additional: Option<(&'a AdditionalProperties, String)>,
}

impl<'a> ObjectParts<'a> {
    fn add(
        &mut self,
        properties: &'a Properties,
        required: &'a [String],
        additional: Option<&'a AdditionalProperties>,
        pointer: &str,
    ) {
        let properties_pointer = pointer_child(pointer, "properties");
        for (name, schema) in properties {
            let entry = (name.as_str(), SchemaAt::from(schema), pointer_child(&properties_pointer, name));
            match self.properties.iter_mut().find(|(existing, ..)| *existing == name) {
                Some(slot) => *slot = entry,
                None => self.properties.push(entry),
            }
        }
        self.required.extend(required.iter().map(String::as_str));
        if let Some(additional) = additional {
            self.additional = Some((additional, pointer_child(pointer, "additionalProperties")));
        }
    }
}

/// Turns schemas into [`TypeDef`]s and [`Ty`]s, naming every type exactly once.
pub struct TypeLowering<'a> {
    spec: &'a OpenAPI,
    refs: Refs<'a>,
    reporter: &'a Reporter,
    type_names: Scope,
    component_types: BTreeMap<&'a str, String>,
    types: BTreeMap<String, TypeDef>,
    /// Types by their shape without docs, so that an inline schema repeated across a spec (as
    /// real specs do, often by the hundred) becomes one type.
    by_shape: BTreeMap<String, String>,
    /// Component schemas of other files, by place, named as they are first referred to.
    file_components: BTreeMap<String, String>,
    /// Types of schemas referred to at other places than components, by place.
    place_types: BTreeMap<String, Ty>,
    /// Places being lowered, so that a reference back into one is noticed instead of followed.
    in_progress: BTreeSet<String>,
    /// Inline types by the pointer of their schema, named as their lowering starts. A schema
    /// met again is the same type: a shared response's is met once per operation, and a
    /// property that an `allOf` copies once per type that merges it (or, when a member refers
    /// back to the schema holding the property, inside itself, at every turn).
    inline_types: BTreeMap<String, String>,
    /// Properties of the structs defined so far, against [`MAX_FIELDS`].
    fields: usize,
    /// Properties lowered so far, defined or found the same as a defined type's, against
    /// [`MAX_LOWERED`].
    lowered: usize,
}

/// The most properties all structs of a crate may have together: fourteen times Stripe's
/// 7,300. `allOf` chains multiply properties (each type repeats all its ancestors'), and past
/// this the crate would take minutes and gigabytes to generate and to build.
const MAX_FIELDS: usize = 100_000;

/// The most properties lowering may meet: ten times GitHub's spec with every reference
/// written out in place (107,000 properties, most of them copies that become one type).
const MAX_LOWERED: usize = 1_000_000;

impl<'a> TypeLowering<'a> {
    /// Claims the component schemas' names first, so they keep their names whatever inline
    /// types are found later.
    pub fn new(spec: &'a OpenAPI, refs: Refs<'a>, reporter: &'a Reporter) -> Self {
        let mut type_names = Scope::default();
        let keys: Vec<&str> = component_schemas(spec).map(|(key, _)| key.as_str()).collect();
        let names = naming::component_type_names(&keys);
        let component_types = keys.into_iter().zip(names).map(|(key, name)| (key, type_names.claim(name))).collect();
        Self {
            spec,
            refs,
            reporter,
            type_names,
            component_types,
            types: BTreeMap::new(),
            by_shape: BTreeMap::new(),
            file_components: BTreeMap::new(),
            place_types: BTreeMap::new(),
            in_progress: BTreeSet::new(),
            inline_types: BTreeMap::new(),
            fields: 0,
            lowered: 0,
        }
    }

    pub fn lower_components(&mut self) -> Result<(), Error> {
        self.refuse_reference_cycles()?;
        for (component, schema) in component_schemas(self.spec) {
            let name = self.component_types[component.as_str()].clone();
            let pointer = pointer_child("/components/schemas", component);
            let definition = self.component(SchemaAt::from(schema), &pointer, name)?;
            self.define(definition)?;
        }
        Ok(())
    }

    /// Refuses component schemas that are references leading back to themselves, following each
    /// chain once however many components share it.
    fn refuse_reference_cycles(&self) -> Result<(), Error> {
        let schemas = self.spec.components.as_ref().map(|components| &components.schemas);
        let next = |name: &str| -> Option<&'a str> {
            let Some(ReferenceOr::Reference { reference }) = schemas?.get(name) else { return None };
            let target = self.refs.target(reference, "");
            let component = target.component_name(Schema::SECTION).filter(|_| target.file.is_empty())?;
            self.component_types.get_key_value(component.as_str()).map(|(name, _)| *name)
        };
        let mut done: BTreeSet<&str> = BTreeSet::new();
        for (start, _) in component_schemas(self.spec) {
            let mut chain: Vec<&str> = Vec::new();
            let mut on_chain: BTreeSet<&str> = BTreeSet::new();
            let mut current = Some(start.as_str());
            while let Some(name) = current.filter(|name| !done.contains(name)) {
                if !on_chain.insert(name) {
                    let first = chain.iter().position(|step| *step == name).unwrap_or_default();
                    let places: Vec<String> = chain[first..]
                        .iter()
                        .chain([&name])
                        .map(|step| format!("/components/schemas/{step}"))
                        .collect();
                    let pointer = pointer_child(&pointer_child("/components/schemas", chain[chain.len() - 1]), "$ref");
                    return Err(self.reporter.error(&pointer, format!("cyclic $ref: {}", places.join(" -> "))));
                }
                chain.push(name);
                current = next(name);
            }
            done.extend(chain);
        }
        Ok(())
    }

    /// The named type of a component schema: its struct or enum, or an alias of what it stands for.
    fn component(&mut self, schema: SchemaAt<'a>, pointer: &str, name: String) -> Result<TypeDef, Error> {
        Ok(match schema {
            SchemaAt::Reference(reference) => {
                let target = self.refs.target(reference, pointer);
                if self.adopts(&target) {
                    return self.file_schema(&target, name);
                }
                let target = self.ty(schema, pointer, &name)?;
                TypeDef { name, pointer: pointer.to_owned(), docs: Docs::default(), shape: Shape::Alias(target) }
            }
            SchemaAt::Inline(schema) if needs_named_type(schema) => self.named_type(schema, pointer, name)?,
            SchemaAt::Inline(schema) => {
                let target = self.unnamed_ty(schema, pointer, &name)?;
                TypeDef { name, pointer: pointer.to_owned(), docs: docs_of(schema), shape: Shape::Alias(target) }
            }
        })
    }

    /// Adds a type, known by its shape unless it is only a name for another type.
    fn define(&mut self, definition: TypeDef) -> Result<String, Error> {
        let name = definition.name.clone();
        if let Shape::Struct(shape) = &definition.shape {
            self.fields += shape.fields.len();
            if self.fields > MAX_FIELDS {
                let message = format!(
                    "the spec's types have more than {MAX_FIELDS} properties in all (an `allOf` repeats its members' \
                     properties in every type that includes them); a crate this large is not generated"
                );
                return Err(self.reporter.error(&definition.pointer, message));
            }
        }
        if !matches!(definition.shape, Shape::Alias(_)) {
            self.by_shape.entry(shape_key(&definition.shape)).or_insert_with(|| name.clone());
        }
        self.types.insert(name.clone(), definition);
        Ok(name)
    }

    /// Breaks the cycles of aliases among the types defined so far (see [`super::cycles`]).
    pub fn break_alias_cycles(&mut self) {
        super::cycles::break_alias_cycles(&mut self.types, self.reporter);
    }

    /// The types defined so far: every component, and the inline types already met.
    pub fn defined(&self) -> &BTreeMap<String, TypeDef> {
        &self.types
    }

    pub fn finish(self) -> BTreeMap<String, TypeDef> {
        self.types
    }

    /// The type of values at `pointer`; `hint` names any type that has to be created for it.
    pub fn ty(&mut self, schema: SchemaAt<'a>, pointer: &str, hint: &str) -> Result<Ty, Error> {
        match schema {
            SchemaAt::Reference(reference) => {
                let target = self.refs.target(reference, pointer);
                match target.component_name(Schema::SECTION) {
                    // Only the name is needed, not what a chain of aliases ends in: long chains stay linear.
                    Some(component) if target.file.is_empty() => match self.component_types.get(component.as_str()) {
                        Some(name) => Ok(Ty::new(TyKind::Named(name.clone()))),
                        None => {
                            let message = format!("dangling $ref `{reference}`: nothing is there");
                            Err(self.reporter.error(&pointer_child(pointer, "$ref"), message))
                        }
                    },
                    Some(component) => self.file_component(&target, &component),
                    None => match target.definition_name() {
                        Some(definition) => self.file_component(&target, &definition),
                        None => {
                            let resolved = self.refs.resolve_reference::<Schema>(reference, pointer)?;
                            self.place_type(resolved.item, &resolved.pointer, &target, hint)
                        }
                    },
                }
            }
            SchemaAt::Inline(schema) if needs_named_type(schema) => {
                let name = match self.inline_types.get(pointer) {
                    Some(name) => name.clone(),
                    None => self.inline_type(schema, pointer, hint)?,
                };
                Ok(Ty::constrained(TyKind::Named(name), constraints_of(schema)))
            }
            SchemaAt::Inline(schema) => self.unnamed_ty(schema, pointer, hint),
        }
    }

    /// Names and lowers an inline schema that needs a type of its own, the first time it is met.
    fn inline_type(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<String, Error> {
        let candidate = schema.schema_data.title.as_deref().unwrap_or(hint);
        let name = self.type_names.claim(naming::type_name(candidate));
        self.inline_types.insert(pointer.to_owned(), name.clone());
        let definition = self.named_type(schema, pointer, name)?;
        // A type that refers to itself has a name no other type mentions, so no other has its shape.
        let name = match self.by_shape.get(&shape_key(&definition.shape)) {
            Some(existing) => existing.clone(),
            None => self.define(definition)?,
        };
        self.inline_types.insert(pointer.to_owned(), name.clone());
        Ok(name)
    }

    /// The type of a component or a definition of another file (see [`Target::definition_name`]):
    /// named once, the first time it is met, so that it may refer to itself.
    fn file_component(&mut self, target: &Target, component: &str) -> Result<Ty, Error> {
        if let Some(name) = self.file_components.get(&target.place()) {
            return Ok(Ty::new(TyKind::Named(name.clone())));
        }
        let name = self.type_names.claim(naming::type_name(component));
        let definition = self.file_schema(target, name.clone())?;
        self.define(definition)?;
        Ok(Ty::new(TyKind::Named(name)))
    }

    /// Whether a component that is only a reference to `target` becomes that schema itself,
    /// rather than a name for it: multi-file specs list each file's schema among the components
    /// (`Pet: {$ref: schemas/Pet.yaml}`), and one type under the component's name reads best.
    fn adopts(&self, target: &Target) -> bool {
        let named = target.component_name(Schema::SECTION).or_else(|| target.definition_name()).is_some();
        named && !target.file.is_empty() && !self.file_components.contains_key(&target.place())
    }

    /// The schema of another file at `target`, lowered as the type `name`. The name is known
    /// before the schema is lowered, so that a reference back to it from inside finds it.
    fn file_schema(&mut self, target: &Target, name: String) -> Result<TypeDef, Error> {
        let place = target.place();
        self.file_components.insert(place.clone(), name.clone());
        let schema = match self.refs.reference_at(target) {
            Some(reference) => SchemaAt::Reference(reference),
            None => {
                SchemaAt::Inline(self.refs.resolve_reference::<Schema>(&format!("#{}", target.pointer), &place)?.item)
            }
        };
        self.component(schema, &place, name)
    }

    /// The type of a schema a reference finds elsewhere than among components (bundlers point
    /// into `paths`): lowered as if written where it is, once per place.
    fn place_type(&mut self, schema: &'a Schema, pointer: &str, target: &Target, hint: &str) -> Result<Ty, Error> {
        let place = target.place();
        if let Some(ty) = self.place_types.get(&place) {
            return Ok(ty.clone());
        }
        if !self.in_progress.insert(place.clone()) {
            let message =
                format!("$ref `{place}` refers back into itself outside `components`; using `serde_json::Value`");
            self.reporter.warn(pointer, message);
            return Ok(Ty::default());
        }
        let ty = self.ty(SchemaAt::Inline(schema), pointer, hint);
        self.in_progress.remove(&place);
        let ty = ty?;
        self.place_types.insert(place, ty.clone());
        Ok(ty)
    }

    /// The schema a reference leads to, or the schema itself.
    fn resolve(&self, schema: SchemaAt<'a>, pointer: &str) -> Result<Option<&'a Schema>, Error> {
        match schema {
            SchemaAt::Reference(reference) => Ok(Some(self.refs.resolve_reference::<Schema>(reference, pointer)?.item)),
            SchemaAt::Inline(schema) => Ok(Some(schema)),
        }
    }

    fn named_type(&mut self, schema: &'a Schema, pointer: &str, name: String) -> Result<TypeDef, Error> {
        let shape = match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => string_enum(schema, &string.enumeration),
            SchemaKind::Type(Type::Integer(integer)) => int_enum(schema, &integer.enumeration),
            SchemaKind::Type(Type::Object(object)) => {
                let mut parts = ObjectParts::default();
                parts.add(&object.properties, &object.required, object.additional_properties.as_ref(), pointer);
                Shape::Struct(self.object(parts, pointer, &name)?)
            }
            SchemaKind::OneOf { one_of: members } => {
                match self.tagged(schema, members, &pointer_child(pointer, "oneOf"))? {
                    Some(tagged) => tagged,
                    None => self.union(members, &pointer_child(pointer, "oneOf"), &name)?,
                }
            }
            SchemaKind::AnyOf { any_of: members } => self.union(members, &pointer_child(pointer, "anyOf"), &name)?,
            SchemaKind::AllOf { all_of: members } => self.all_of(members, None, pointer, &name)?,
            SchemaKind::Any(any) => self.any_named(schema, any, pointer, &name)?,
            SchemaKind::Type(_) | SchemaKind::Not { .. } => Shape::Alias(self.unnamed_ty(schema, pointer, &name)?),
        };
        Ok(TypeDef { name, pointer: pointer.to_owned(), docs: docs_of(schema), shape })
    }

    fn any_named(&mut self, schema: &'a Schema, any: &'a AnySchema, pointer: &str, name: &str) -> Result<Shape, Error> {
        if !any.all_of.is_empty() {
            return self.all_of(&any.all_of, Some(any), pointer, name);
        }
        if !any.one_of.is_empty() {
            return self.union(&any.one_of, &pointer_child(pointer, "oneOf"), name);
        }
        if !any.any_of.is_empty() {
            return self.union(&any.any_of, &pointer_child(pointer, "anyOf"), name);
        }
        if !any.properties.is_empty() {
            let mut parts = ObjectParts::default();
            parts.add(&any.properties, &any.required, any.additional_properties.as_ref(), pointer);
            return Ok(Shape::Struct(self.object(parts, pointer, name)?));
        }
        let values: Vec<Option<String>> =
            any.enumeration.iter().map(|value| value.as_str().map(str::to_owned)).collect();
        Ok(string_enum(schema, &values))
    }

    /// Limits that no value meets would make the client refuse every value: the spec contradicts
    /// itself, so neither limit of such a pair is checked or documented.
    fn leave_out_contradictions(&self, constraints: &mut Constraints, pointer: &str) {
        let warn = |lower: &str, upper: &str| {
            let message = format!("`{lower}` and `{upper}` leave no value allowed; neither is checked");
            self.reporter.warn(&pointer_child(pointer, lower), message);
        };
        if matches!((constraints.min_length, constraints.max_length), (Some(min), Some(max)) if min > max) {
            warn("minLength", "maxLength");
            (constraints.min_length, constraints.max_length) = (None, None);
        }
        if matches!((constraints.min_items, constraints.max_items), (Some(min), Some(max)) if min > max) {
            warn("minItems", "maxItems");
            (constraints.min_items, constraints.max_items) = (None, None);
        }
        if let (Some(min), Some(max)) = (constraints.minimum, constraints.maximum)
            && (min.value > max.value || min.value == max.value && (min.exclusive || max.exclusive))
        {
            warn("minimum", "maximum");
            (constraints.minimum, constraints.maximum) = (None, None);
        }
    }

    fn unnamed_ty(&mut self, schema: &'a Schema, pointer: &str, hint: &str) -> Result<Ty, Error> {
        let mut constraints = constraints_of(schema);
        self.leave_out_contradictions(&mut constraints, pointer);
        if let Some(pattern) = constraints.pattern.as_ref().filter(|_| !constraints.pattern_supported) {
            let message = format!(
                "pattern `{pattern}` is not an ECMA-262 regular expression in Unicode mode, nor one that the legacy syntax reads as written; it is documented but not checked"
            );
            self.reporter.warn(&pointer_child(pointer, "pattern"), message);
        }
        if let Some(Value::Array(members)) = schema.schema_data.extensions.get(openapi31::TUPLE) {
            return Ok(Ty::constrained(self.tuple(members, pointer, hint)?, constraints));
        }
        let kind = match &schema.schema_kind {
            SchemaKind::Type(Type::String(string)) => match &string.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::DateTime) => TyKind::DateTime,
                VariantOrUnknownOrEmpty::Item(StringFormat::Date) => TyKind::Date,
                _ => TyKind::String,
            },
            SchemaKind::Type(Type::Number(number)) => match number.format {
                VariantOrUnknownOrEmpty::Item(NumberFormat::Float) => TyKind::Float(FloatWidth::F32),
                _ => TyKind::Float(FloatWidth::F64),
            },
            SchemaKind::Type(Type::Integer(integer)) => match integer.format {
                VariantOrUnknownOrEmpty::Item(IntegerFormat::Int32) => TyKind::Integer(IntWidth::I32),
                _ => TyKind::Integer(IntWidth::I64),
            },
            SchemaKind::Type(Type::Boolean(_)) => TyKind::Bool,
            SchemaKind::Type(Type::Object(object)) => self.map(object.additional_properties.as_ref(), pointer, hint)?,
            SchemaKind::Type(Type::Array(array)) => self.array(array.items.as_ref(), pointer, hint)?,
            SchemaKind::OneOf { one_of: members }
            | SchemaKind::AnyOf { any_of: members }
            | SchemaKind::AllOf { all_of: members } => {
                return self.single_member(members, schema, pointer, hint);
            }
            SchemaKind::Not { .. } => {
                self.reporter
                    .warn(pointer, "`not` schemas cannot be expressed as a Rust type; using `serde_json::Value`");
                TyKind::Json
            }
            SchemaKind::Any(any) => self.any_unnamed(any, pointer, hint)?,
        };
        Ok(Ty::constrained(kind, constraints))
    }

    fn any_unnamed(&mut self, any: &'a AnySchema, pointer: &str, hint: &str) -> Result<TyKind, Error> {
        if any.items.is_some() || any.typ.as_deref() == Some("array") {
            return self.array(any.items.as_ref(), pointer, hint);
        }
        Ok(match any.typ.as_deref() {
            Some("object") => self.map(any.additional_properties.as_ref(), pointer, hint)?,
            Some("string") => TyKind::String,
            Some("integer") => TyKind::Integer(IntWidth::I64),
            Some("number") => TyKind::Float(FloatWidth::F64),
            Some("boolean") => TyKind::Bool,
            _ if any.additional_properties.is_some() => self.map(any.additional_properties.as_ref(), pointer, hint)?,
            _ => TyKind::Json,
        })
    }

    /// `oneOf`, `anyOf` or `allOf` with fewer than two members is just that member.
    fn single_member(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        schema: &Schema,
        pointer: &str,
        hint: &str,
    ) -> Result<Ty, Error> {
        let Some((index, member)) = structural(members).next() else {
            return Ok(Ty::constrained(TyKind::Json, constraints_of(schema)));
        };
        let keyword = match schema.schema_kind {
            SchemaKind::OneOf { .. } => "oneOf",
            SchemaKind::AnyOf { .. } => "anyOf",
            _ => "allOf",
        };
        let member_pointer = pointer_child(&pointer_child(pointer, keyword), &index.to_string());
        self.ty(SchemaAt::from(member), &member_pointer, hint)
    }

    fn array(
        &mut self,
        items: Option<&'a ReferenceOr<Box<Schema>>>,
        pointer: &str,
        hint: &str,
    ) -> Result<TyKind, Error> {
        let item = match items {
            Some(items) => self.ty(SchemaAt::from(items), &pointer_child(pointer, "items"), &format!("{hint}Item"))?,
            None => Ty::default(),
        };
        Ok(TyKind::Array(Box::new(item)))
    }

    /// A tuple: each member is a reference to its schema where `prefixItems` has it.
    fn tuple(&mut self, members: &'a [Value], pointer: &str, hint: &str) -> Result<TyKind, Error> {
        let mut types = Vec::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            let Some(reference) = member.get("$ref").and_then(Value::as_str) else {
                types.push(Ty::default());
                continue;
            };
            let member_hint = format!("{hint}Item{}", index + 1);
            // A member written as a reference names that type, as a property would.
            let target = self.refs.target(reference, pointer);
            let member = match self.refs.reference_at(&target) {
                Some(written) => self.ty(SchemaAt::Reference(written), &target.place(), &member_hint)?,
                None => self.ty(SchemaAt::Reference(reference), pointer, &member_hint)?,
            };
            types.push(member);
        }
        Ok(TyKind::Tuple(types))
    }

    fn map(
        &mut self,
        additional: Option<&'a AdditionalProperties>,
        pointer: &str,
        hint: &str,
    ) -> Result<TyKind, Error> {
        let value = match additional {
            Some(AdditionalProperties::Schema(schema)) => {
                let value_pointer = pointer_child(pointer, "additionalProperties");
                self.ty(SchemaAt::from(schema.as_ref()), &value_pointer, &format!("{hint}Value"))?
            }
            Some(AdditionalProperties::Any(_)) | None => Ty::default(),
        };
        Ok(TyKind::Map(Box::new(value)))
    }

    fn object(&mut self, parts: ObjectParts<'a>, pointer: &str, name: &str) -> Result<Struct, Error> {
        self.lowered += parts.properties.len();
        if self.lowered > MAX_LOWERED {
            let message = format!(
                "the spec's schemas have more than {MAX_LOWERED} properties in all, counting each copy an `allOf` \
                 makes of its members' properties; a spec this large is not generated"
            );
            return Err(self.reporter.error(pointer, message));
        }
        let mut field_names = Scope::default();
        let mut fields = Vec::with_capacity(parts.properties.len());
        for (wire_name, schema, pointer) in parts.properties {
            let hint = format!("{name}{}", naming::camel(wire_name, "Field"));
            let ty = self.ty(schema, &pointer, &hint)?;
            let resolved = self.resolve(schema, &pointer)?;
            fields.push(Field {
                rust_name: field_names.claim_ident(naming::snake(wire_name, "field")),
                wire_name: wire_name.to_owned(),
                ty,
                required: parts.required.contains(wire_name),
                nullable: resolved.is_some_and(|schema| schema.schema_data.nullable),
                boxed: false,
                docs: resolved.map(docs_of).unwrap_or_default(),
            });
        }
        let value = match parts.additional {
            Some((AdditionalProperties::Schema(schema), pointer)) => {
                Some(self.ty(SchemaAt::from(schema.as_ref()), &pointer, &format!("{name}Value"))?)
            }
            Some((AdditionalProperties::Any(true), _)) => Some(Ty::default()),
            Some((AdditionalProperties::Any(false), _)) | None => None,
        };
        let additional = value.map(|value| ir::AdditionalProperties {
            rust_name: field_names.claim_ident(ir::Ident::new("additional_properties", false)),
            value,
        });
        Ok(Struct { fields, additional, built_by_callers: false })
    }

    fn union(&mut self, members: &'a [ReferenceOr<Schema>], pointer: &str, name: &str) -> Result<Shape, Error> {
        let mut variant_names = Scope::default();
        let mut variants = Vec::with_capacity(members.len());
        for (index, member) in members.iter().enumerate() {
            let member_pointer = pointer_child(pointer, &index.to_string());
            let schema = SchemaAt::from(member);
            let ty = self.ty(schema, &member_pointer, &format!("{name}Variant{}", index + 1))?;
            // An untyped union reads the first variant that fits: a second of the same type never would.
            if variants.iter().any(|variant: &UnionVariant| variant.ty == ty) {
                continue;
            }
            let resolved = self.resolve(schema, &member_pointer)?;
            let title = match (schema, resolved.and_then(|schema| schema.schema_data.title.as_ref())) {
                (SchemaAt::Inline(_), Some(title)) => naming::camel(title, "Variant"),
                _ => variant_name_for(&ty),
            };
            let docs = resolved.map(docs_of).unwrap_or_default();
            variants.push(UnionVariant { rust_name: variant_names.claim(title), ty, boxed: false, docs });
        }
        if let [only] = variants.as_slice() {
            return Ok(Shape::Alias(only.ty.clone()));
        }
        Ok(Shape::Union(variants))
    }

    /// A `oneOf` with a `discriminator` over component objects; `None` when it is not that.
    fn tagged(
        &mut self,
        schema: &'a Schema,
        members: &'a [ReferenceOr<Schema>],
        pointer: &str,
    ) -> Result<Option<Shape>, Error> {
        let Some(discriminator) = &schema.schema_data.discriminator else { return Ok(None) };
        let mut variant_names = Scope::default();
        let mut variants = Vec::with_capacity(members.len());
        // A tag picks the first variant that claims it: a later claim would never be reached.
        let mut claimed = BTreeSet::new();
        for (index, member) in members.iter().enumerate() {
            let ReferenceOr::Reference { reference } = member else { return Ok(None) };
            let member_pointer = pointer_child(pointer, &index.to_string());
            let Some(component) = self.refs.target(reference, &member_pointer).component_name(Schema::SECTION) else {
                return Ok(None);
            };
            let ty = self.ty(SchemaAt::Reference(reference), &member_pointer, "")?;
            let mut tags: Vec<String> = discriminator
                .mapping
                .iter()
                .filter(|(_, target)| *target == reference || **target == component)
                .map(|(tag, _)| tag.clone())
                .collect();
            let resolved = self.refs.resolve_reference::<Schema>(reference, &member_pointer)?;
            if tags.is_empty() {
                tags = self.pinned_tags(resolved.item, &discriminator.property_name, &resolved.pointer)?;
            }
            if tags.is_empty() {
                tags.push(component);
            }
            tags.retain(|tag| claimed.insert(tag.clone()));
            let docs = docs_of(resolved.item);
            let variant =
                UnionVariant { rust_name: variant_names.claim(variant_name_for(&ty)), ty, boxed: false, docs };
            variants.push((variant, tags));
        }
        let mapping_pointer = pointer_child(
            &pointer_child(pointer.strip_suffix("/oneOf").unwrap_or(pointer), "discriminator"),
            "mapping",
        );
        for (tag, target) in &discriminator.mapping {
            if !variants.iter().any(|(_, tags)| tags.contains(tag)) {
                let message = format!(
                    "`{tag}` maps to `{target}`, which is none of the `oneOf` members; objects tagged `{tag}` are kept as unknown"
                );
                self.reporter.warn(&pointer_child(&mapping_pointer, tag), message);
            }
        }
        let catch_all = catch_all_name(&mut variant_names);
        Ok(Some(Shape::Tagged(Tagged { property: discriminator.property_name.clone(), variants, catch_all })))
    }

    /// The schema a member of a composition is, with the place it is written: the member itself
    /// at `pointer`, or what its reference leads to.
    fn resolve_member(
        &self,
        member: &'a ReferenceOr<Schema>,
        pointer: String,
    ) -> Result<crate::refs::Resolved<'a, Schema>, Error> {
        match member {
            ReferenceOr::Reference { reference } => self.refs.resolve_reference::<Schema>(reference, &pointer),
            ReferenceOr::Item(item) => Ok(crate::refs::Resolved { item, pointer }),
        }
    }

    /// The values a member allows its discriminating `property`, when it pins them with a string
    /// `enum` (or 3.1's `const`), itself or through its `allOf`: the tags that pick it when the
    /// mapping names none. OpenAI's spec relies on them (`role: {enum: [developer]}`), and a
    /// member that pins its tag is never sent with its schema's name instead.
    fn pinned_tags(&self, member: &'a Schema, property: &str, pointer: &str) -> Result<Vec<String>, Error> {
        let mut visited = BTreeSet::from([pointer.to_owned()]);
        let mut pending = vec![(member, pointer.to_owned())];
        while let Some((schema, at)) = pending.pop() {
            let (properties, all_of) = match &schema.schema_kind {
                SchemaKind::Type(Type::Object(object)) => (Some(&object.properties), &[][..]),
                SchemaKind::AllOf { all_of } => (None, all_of.as_slice()),
                SchemaKind::Any(any) => (Some(&any.properties), any.all_of.as_slice()),
                _ => (None, &[][..]),
            };
            if let Some(property_schema) = properties.and_then(|properties| properties.get(property)) {
                let property_pointer = pointer_child(&pointer_child(&at, "properties"), property);
                if let Some(Schema { schema_kind: SchemaKind::Type(Type::String(string)), .. }) =
                    self.resolve(SchemaAt::from(property_schema), &property_pointer)?
                    && string.enumeration.iter().any(Option::is_some)
                {
                    return Ok(string.enumeration.iter().flatten().cloned().collect());
                }
            }
            // Reversed onto the stack, so that the first member that pins the tag decides.
            for (index, part) in all_of.iter().enumerate().rev() {
                let part_pointer = pointer_child(&pointer_child(&at, "allOf"), &index.to_string());
                let resolved = self.resolve_member(part, part_pointer)?;
                if visited.insert(resolved.pointer.clone()) {
                    pending.push((resolved.item, resolved.pointer));
                }
            }
        }
        Ok(Vec::new())
    }

    /// The properties `schema` has as an object, merged through its `allOf` as its struct's
    /// fields are: `None` unless it is an object, typed or untyped with properties, or an `allOf`
    /// of objects.
    pub fn object_parts(&self, schema: &'a Schema, pointer: &str) -> Result<Option<ObjectParts<'a>>, Error> {
        let mut parts = ObjectParts::default();
        match &schema.schema_kind {
            SchemaKind::Type(Type::Object(object)) => {
                parts.add(&object.properties, &object.required, object.additional_properties.as_ref(), pointer);
            }
            SchemaKind::AllOf { all_of } => {
                if !self.collect_all_of(all_of, &pointer_child(pointer, "allOf"), &mut parts)? {
                    return Ok(None);
                }
            }
            SchemaKind::Any(any) if any.one_of.is_empty() && any.any_of.is_empty() => {
                if !self.collect_all_of(&any.all_of, &pointer_child(pointer, "allOf"), &mut parts)? {
                    return Ok(None);
                }
                parts.add(&any.properties, &any.required, any.additional_properties.as_ref(), pointer);
            }
            _ => return Ok(None),
        }
        Ok(Some(parts))
    }

    fn all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        own: Option<&'a AnySchema>,
        pointer: &str,
        name: &str,
    ) -> Result<Shape, Error> {
        let mut parts = ObjectParts::default();
        if !self.collect_all_of(members, &pointer_child(pointer, "allOf"), &mut parts)? {
            let own_properties = own.is_some_and(|own| !own.properties.is_empty());
            if !own_properties && let Some(scalar) = self.scalar_all_of(members, pointer, name)? {
                return Ok(Shape::Alias(scalar));
            }
            self.reporter.warn(
                pointer,
                "`allOf` of schemas that are neither all objects nor all one kind of scalar cannot be merged; using `serde_json::Value`",
            );
            return Ok(Shape::Alias(Ty::default()));
        }
        if let Some(own) = own {
            parts.add(&own.properties, &own.required, own.additional_properties.as_ref(), pointer);
        }
        Ok(Shape::Struct(self.object(parts, pointer, name)?))
    }

    /// The type of an `allOf` whose members are all one kind of scalar, such as `{type: string}`
    /// beside `{type: string, minLength: 1}`: that scalar, held to every member's constraints, or
    /// the one enumeration among them. `None` when the members are not all scalars of one kind.
    fn scalar_all_of(
        &mut self,
        members: &'a [ReferenceOr<Schema>],
        pointer: &str,
        hint: &str,
    ) -> Result<Option<Ty>, Error> {
        let (mut scalar, mut merged, mut enumerated): (Option<&'static str>, Option<Ty>, Option<Ty>) =
            (None, None, None);
        for (index, member) in structural(members) {
            let member_pointer = pointer_child(&pointer_child(pointer, "allOf"), &index.to_string());
            let Some(schema) = self.resolve(SchemaAt::from(member), &member_pointer)? else { return Ok(None) };
            let part = scalar_part(schema);
            let kind = match &part {
                Some(ScalarPart::Scalar(kind) | ScalarPart::Enumerated(kind)) => Some(*kind),
                Some(ScalarPart::Limits) | None => None,
            };
            if kind.is_some_and(|kind| scalar.is_some_and(|scalar| scalar != kind)) {
                return Ok(None);
            }
            scalar = scalar.or(kind);
            let ty = match part {
                Some(ScalarPart::Scalar(_)) => self.unnamed_ty(schema, &member_pointer, hint)?,
                Some(ScalarPart::Enumerated(_)) if enumerated.is_none() => {
                    enumerated = Some(self.ty(SchemaAt::from(member), &member_pointer, hint)?);
                    continue;
                }
                Some(ScalarPart::Limits) => Ty::constrained(TyKind::Json, constraints_of(schema)),
                Some(ScalarPart::Enumerated(_)) | None => return Ok(None),
            };
            merged = Some(match merged {
                None => ty,
                Some(so_far) => {
                    self.warn_of_a_second_pattern(&so_far, &ty, &member_pointer);
                    both(so_far, ty)
                }
            });
        }
        // The enumeration's own type already says every value it allows.
        if enumerated.is_some() {
            return Ok(enumerated);
        }
        Ok(merged.filter(|_| scalar.is_some()).map(|ty| {
            let mut constraints = ty.constraints().clone();
            self.leave_out_contradictions(&mut constraints, pointer);
            Ty::constrained(ty.kind, constraints)
        }))
    }

    /// [`both`] keeps the first of two patterns: says so when `added`, at `pointer`, has another.
    fn warn_of_a_second_pattern(&self, kept: &Ty, added: &Ty, pointer: &str) {
        if let (Some(kept), Some(pattern)) = (&kept.constraints().pattern, &added.constraints().pattern)
            && kept != pattern
        {
            let message = format!(
                "the type keeps one pattern, `{kept}`: a value must also match `{pattern}`, which is neither documented nor checked"
            );
            self.reporter.warn(&pointer_child(pointer, "pattern"), message);
        }
    }

    /// Gathers the members' properties, nested `allOf`s first; false when a member is not an
    /// object. Walked with a stack, and each schema merged once, so that neither a long chain
    /// of `allOf`s nor schemas that include each other can exhaust the stack or loop.
    fn collect_all_of(
        &self,
        members: &'a [ReferenceOr<Schema>],
        pointer: &str,
        parts: &mut ObjectParts<'a>,
    ) -> Result<bool, Error> {
        enum Merge<'a> {
            Member(&'a ReferenceOr<Schema>, String),
            Own(&'a AnySchema, String),
        }
        let member_tasks = |members: &'a [ReferenceOr<Schema>], pointer: &str| {
            let tasks: Vec<Merge<'a>> = structural(members)
                .map(|(index, member)| Merge::Member(member, pointer_child(pointer, &index.to_string())))
                .collect();
            tasks.into_iter().rev()
        };
        let own_pointer = pointer.strip_suffix("/allOf").unwrap_or(pointer);
        let mut merged: BTreeSet<String> = BTreeSet::from([own_pointer.to_owned()]);
        let mut pending: Vec<Merge<'a>> = member_tasks(members, pointer).collect();
        let mut unchecked = Vec::new();
        while let Some(task) = pending.pop() {
            let (member, member_pointer) = match task {
                Merge::Own(any, pointer) => {
                    parts.add(&any.properties, &any.required, any.additional_properties.as_ref(), &pointer);
                    continue;
                }
                Merge::Member(member, pointer) => (member, pointer),
            };
            let resolved = self.resolve_member(member, member_pointer)?;
            if !merged.insert(resolved.pointer.clone()) {
                continue;
            }
            match &resolved.item.schema_kind {
                SchemaKind::Type(Type::Object(object)) => parts.add(
                    &object.properties,
                    &object.required,
                    object.additional_properties.as_ref(),
                    &resolved.pointer,
                ),
                SchemaKind::AllOf { all_of } => {
                    pending.extend(member_tasks(all_of, &pointer_child(&resolved.pointer, "allOf")));
                }
                SchemaKind::AnyOf { any_of: alternatives } | SchemaKind::OneOf { one_of: alternatives }
                    if !alternatives.is_empty() && requirement_alternatives(alternatives) =>
                {
                    unchecked.push(resolved.pointer);
                }
                SchemaKind::Any(any)
                    if requirement_alternatives(&any.one_of) && requirement_alternatives(&any.any_of) =>
                {
                    if !any.one_of.is_empty() || !any.any_of.is_empty() {
                        unchecked.push(resolved.pointer.clone());
                    }
                    pending.push(Merge::Own(any, resolved.pointer.clone()));
                    pending.extend(member_tasks(&any.all_of, &pointer_child(&resolved.pointer, "allOf")));
                }
                _ => return Ok(false),
            }
        }
        for pointer in unchecked {
            let message = "alternatives that only name required properties are not checked: \
                           their properties are optional fields, and the server judges which are set";
            self.reporter.warn(&pointer, message);
        }
        Ok(true)
    }
}

/// What makes two types the same: their shape, whatever their documentation says.
pub(super) fn shape_key(shape: &Shape) -> String {
    let mut shape = shape.clone();
    match &mut shape {
        Shape::Struct(shape) => shape.fields.iter_mut().for_each(|field| field.docs = Docs::default()),
        Shape::Union(variants) => variants.iter_mut().for_each(|variant| variant.docs = Docs::default()),
        Shape::Tagged(tagged) => tagged.variants.iter_mut().for_each(|(variant, _)| variant.docs = Docs::default()),
        Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) | Shape::Newtype(_) => {}
    }
    format!("{shape:?}")
}

fn component_schemas(spec: &OpenAPI) -> impl Iterator<Item = (&String, &ReferenceOr<Schema>)> {
    spec.components.iter().flat_map(|components| &components.schemas)
}

/// Whether values of this schema need a Rust type of their own (a struct or an enum), rather
/// than a standard type such as `String` or `Vec<T>`.
fn needs_named_type(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => string.enumeration.iter().any(Option::is_some),
        SchemaKind::Type(Type::Integer(integer)) => integer.enumeration.iter().any(Option::is_some),
        SchemaKind::Type(Type::Object(object)) => !object.properties.is_empty(),
        SchemaKind::OneOf { one_of: members } | SchemaKind::AnyOf { any_of: members } => members.len() > 1,
        SchemaKind::AllOf { all_of: members } => structural(members).count() > 1,
        SchemaKind::Any(any) => {
            any.items.is_none()
                && (!any.properties.is_empty()
                    || !any.all_of.is_empty()
                    || !any.one_of.is_empty()
                    || !any.any_of.is_empty()
                    || (!any.enumeration.is_empty() && any.enumeration.iter().all(Value::is_string)))
        }
        SchemaKind::Type(_) | SchemaKind::Not { .. } => false,
    }
}

fn string_enum(schema: &Schema, values: &[Option<String>]) -> Shape {
    let (variants, mut variant_names) = enum_variants(schema, values.iter().flatten().cloned());
    let variants = variants.into_iter().map(|(rust_name, wire_value)| EnumVariant { rust_name, wire_value }).collect();
    Shape::Enum(Enum { variants, catch_all: catch_all_name(&mut variant_names) })
}

fn int_enum(schema: &Schema, values: &[Option<i64>]) -> Shape {
    let (variants, mut variant_names) = enum_variants(schema, values.iter().flatten().copied());
    Shape::IntEnum(IntEnum { variants, catch_all: catch_all_name(&mut variant_names) })
}

/// A variant name for each distinct value: from `x-enum-varnames` where the spec gives one, else
/// from the value itself.
fn enum_variants<T: Ord + Clone + ToString>(
    schema: &Schema,
    values: impl Iterator<Item = T>,
) -> (Vec<(String, T)>, Scope) {
    let custom_names = schema.schema_data.extensions.get("x-enum-varnames").and_then(Value::as_array);
    let mut variant_names = Scope::default();
    let mut seen = BTreeSet::new();
    let mut variants = Vec::new();
    for (index, value) in values.enumerate() {
        if !seen.insert(value.clone()) {
            continue;
        }
        let text = value.to_string();
        let raw = custom_names.and_then(|names| names.get(index)).and_then(Value::as_str).unwrap_or(&text);
        variants.push((variant_names.claim(naming::camel(raw, "Value")), value));
    }
    (variants, variant_names)
}

/// The variant that keeps unknown values: `Unknown`, unless a documented value took that name.
fn catch_all_name(variant_names: &mut Scope) -> String {
    ["Unknown", "UnknownValue"]
        .into_iter()
        .find(|name| !variant_names.contains(name))
        .map_or_else(|| variant_names.claim("Unknown".to_owned()), str::to_owned)
}

fn variant_name_for(ty: &Ty) -> String {
    let name = match &ty.kind {
        TyKind::String => "String",
        TyKind::Bool => "Bool",
        TyKind::Integer(_) => "Integer",
        TyKind::Float(_) => "Number",
        TyKind::DateTime => "DateTime",
        TyKind::Date => "Date",
        TyKind::Json => "Value",
        TyKind::Named(name) => name,
        TyKind::Array(_) => "Array",
        TyKind::Map(_) => "Map",
        TyKind::Tuple(_) => "Tuple",
        TyKind::Bytes => "Bytes",
    };
    name.to_owned()
}

/// The title and description of a schema, or else of the annotations among its `allOf`, or else
/// of its one inline member: OpenAI's spec documents `anyOf: [{type: number, description},
/// {type: null}]`, which is that number, nullable.
fn docs_of(schema: &Schema) -> Docs {
    let data = &schema.schema_data;
    let members: &[ReferenceOr<Schema>] = match &schema.schema_kind {
        SchemaKind::AllOf { all_of: members }
        | SchemaKind::AnyOf { any_of: members }
        | SchemaKind::OneOf { one_of: members } => members,
        _ => &[],
    };
    let annotation = members
        .iter()
        .filter(|member| is_annotation(member))
        .find_map(|member| member.as_item().and_then(|item| item.schema_data.description.clone()));
    let mut structural = structural(members);
    let only = match (structural.next(), structural.next()) {
        (Some((_, ReferenceOr::Item(only))), None) => Some(&only.schema_data),
        _ => None,
    };
    let own = Docs::new(data.title.clone(), data.description.clone());
    let only = only.map(|only| Docs::new(only.title.clone(), only.description.clone())).unwrap_or_default();
    Docs { title: own.title.or(only.title), description: own.description.or(ir::said(annotation)).or(only.description) }
}

/// A member that only documents (`allOf: [{$ref: ...}, {description: ...}]`) and adds no structure.
fn is_annotation(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(schema) if matches!(&schema.schema_kind, SchemaKind::Any(any) if *any == AnySchema::default()))
}

/// A member that says only that the value is an object (`{type: object}`, which 3.1 specs write
/// beside a `$ref` to a union of objects): it adds no structure to a member that has some.
fn is_bare_object(member: &ReferenceOr<Schema>) -> bool {
    matches!(member, ReferenceOr::Item(schema) if matches!(&schema.schema_kind, SchemaKind::Type(Type::Object(object)) if *object == ObjectType::default()))
}

/// The members that give a value structure, with their positions.
fn structural(members: &[ReferenceOr<Schema>]) -> impl Iterator<Item = (usize, &ReferenceOr<Schema>)> {
    let adds_structure = |member: &ReferenceOr<Schema>| !is_annotation(member) && !is_bare_object(member);
    // Beside a string, `{type: object}` is a contradiction, which is not this stage's to hide.
    let primitive = |member: &ReferenceOr<Schema>| matches!(member, ReferenceOr::Item(schema) if matches!(&schema.schema_kind, SchemaKind::Type(kind) if !matches!(kind, Type::Object(_))));
    let bare_objects_add_none = members.iter().any(adds_structure) && !members.iter().any(primitive);
    members
        .iter()
        .enumerate()
        .filter(move |(_, member)| if bare_objects_add_none { adds_structure(member) } else { !is_annotation(member) })
}

/// Whether every one of `alternatives` (of an `anyOf` or `oneOf`) only names required properties,
/// as DigitalOcean writes "inbound or outbound rules": `anyOf: [{required: [a]}, {required: [b]}]`.
/// True of none.
fn requirement_alternatives(alternatives: &[ReferenceOr<Schema>]) -> bool {
    alternatives.iter().all(|alternative| {
        matches!(alternative, ReferenceOr::Item(schema) if matches!(&schema.schema_kind,
            SchemaKind::Any(any) if !any.required.is_empty() && *any == AnySchema { required: any.required.clone(), ..AnySchema::default() }))
    })
}

/// What a member of an `allOf` of scalars adds.
enum ScalarPart {
    /// A scalar of this kind, with no enumerated values: those are types of their own, which an
    /// `allOf` cannot narrow.
    Scalar(&'static str),
    /// Only limits on the value, with no type: `{maxLength: 16}`.
    Limits,
    /// A string or integer enumeration of this kind: a type of its own, which the other members
    /// (`{type: string, description: ...}` beside it) cannot narrow further.
    Enumerated(&'static str),
}

fn scalar_part(schema: &Schema) -> Option<ScalarPart> {
    if schema.schema_data.extensions.contains_key(openapi31::TUPLE) {
        return None;
    }
    let limits_only = |any: &AnySchema| {
        let limits = AnySchema {
            pattern: any.pattern.clone(),
            min_length: any.min_length,
            max_length: any.max_length,
            minimum: any.minimum,
            maximum: any.maximum,
            exclusive_minimum: any.exclusive_minimum,
            exclusive_maximum: any.exclusive_maximum,
            ..AnySchema::default()
        };
        *any == limits
    };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) if string.enumeration.is_empty() => Some(ScalarPart::Scalar("string")),
        SchemaKind::Type(Type::String(_)) => Some(ScalarPart::Enumerated("string")),
        SchemaKind::Type(Type::Integer(integer)) if integer.enumeration.is_empty() => {
            Some(ScalarPart::Scalar("integer"))
        }
        SchemaKind::Type(Type::Integer(_)) => Some(ScalarPart::Enumerated("integer")),
        SchemaKind::Type(Type::Number(number)) if number.enumeration.is_empty() => Some(ScalarPart::Scalar("number")),
        SchemaKind::Type(Type::Boolean(boolean)) if boolean.enumeration.is_empty() => {
            Some(ScalarPart::Scalar("boolean"))
        }
        SchemaKind::Any(any) if limits_only(any) => Some(ScalarPart::Limits),
        _ => None,
    }
}

/// A value that both `first` and `second`, scalars of one kind or limits alone, describe: the
/// more specific type (a `date-time` over a plain string, 32 bits over 64) and the tighter of
/// each limit.
fn both(first: Ty, second: Ty) -> Ty {
    let plain = |kind: &TyKind| {
        matches!(kind, TyKind::String | TyKind::Integer(IntWidth::I64) | TyKind::Float(FloatWidth::F64))
    };
    let specific = |kind: &TyKind| match kind {
        TyKind::Json => 0,
        kind if plain(kind) => 1,
        _ => 2,
    };
    let kind = if specific(&second.kind) > specific(&first.kind) { second.kind.clone() } else { first.kind.clone() };
    let (mut tight, other) = (first.constraints().clone(), second.constraints());
    let max = |a: Option<usize>, b: Option<usize>| a.max(b);
    let min = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    };
    tight.min_length = max(tight.min_length, other.min_length);
    tight.max_length = min(tight.max_length, other.max_length);
    tight.min_items = max(tight.min_items, other.min_items);
    tight.max_items = min(tight.max_items, other.max_items);
    tight.minimum = tighter(tight.minimum, other.minimum, |a, b| a.value > b.value);
    tight.maximum = tighter(tight.maximum, other.maximum, |a, b| a.value < b.value);
    if tight.pattern.is_none() {
        (tight.pattern, tight.pattern_supported) = (other.pattern.clone(), other.pattern_supported);
    }
    tight.format = tight.format.or_else(|| other.format.clone());
    tight.default = tight.default.or_else(|| other.default.clone());
    Ty::constrained(kind, tight)
}

/// The bound of the two that allows fewer values: `narrower(a, b)` says whether `a` is, and
/// at an equal value an exclusive bound is.
fn tighter(a: Option<Bound>, b: Option<Bound>, narrower: impl Fn(&Bound, &Bound) -> bool) -> Option<Bound> {
    match (a, b) {
        (Some(a), Some(b)) if a.value == b.value => {
            Some(Bound { value: a.value, exclusive: a.exclusive || b.exclusive })
        }
        (Some(a), Some(b)) => Some(if narrower(&a, &b) { a } else { b }),
        (a, b) => a.or(b),
    }
}

/// Whether ECMA-262's legacy syntax reads every escape of `pattern` as its writer meant it: an
/// escaped letter it does not know is that letter there, so a pattern written for another engine
/// (`\A...\z`, `\p{Print}` outside Unicode mode) would refuse the values it means to allow.
fn legacy_reads_as_written(pattern: &str) -> bool {
    let hex = |count: usize, rest: &std::str::Chars<'_>| {
        let following: Vec<char> = rest.clone().take(count).collect();
        following.len() == count && following.iter().all(char::is_ascii_hexdigit)
    };
    let mut rest = pattern.chars();
    while let Some(character) = rest.next() {
        if character != '\\' {
            continue;
        }
        let known = match rest.next() {
            Some('x') => hex(2, &rest),
            Some('u') => hex(4, &rest),
            Some('c') => rest.clone().next().is_some_and(|letter| letter.is_ascii_alphabetic()),
            Some(escaped) if escaped.is_ascii_alphabetic() => "dDwWsSbBfnrtv".contains(escaped),
            _ => true,
        };
        if !known {
            return false;
        }
    }
    true
}

fn constraints_of(schema: &Schema) -> Constraints {
    let mut constraints = raw_constraints(schema);
    // The runtime compiles patterns with the same engine, in the same two modes (its
    // `check_pattern`), so what compiles here compiles there: Unicode mode, else the legacy
    // syntax, in which escaping a character that needs none (`^[a-z\:]+$`, common in real
    // specs) keeps its meaning.
    constraints.pattern_supported = constraints.pattern.as_deref().is_some_and(|pattern| {
        regress::Regex::with_flags(pattern, "u").is_ok()
            || (legacy_reads_as_written(pattern) && regress::Regex::with_flags(pattern, "").is_ok())
    });
    constraints
}

fn raw_constraints(schema: &Schema) -> Constraints {
    let mut constraints = Constraints { default: schema.schema_data.default.clone(), ..Constraints::default() };
    let bound = |value: f64, exclusive: bool| Bound { value, exclusive };
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(string)) => {
            constraints.min_length = string.min_length;
            constraints.max_length = string.max_length;
            constraints.pattern = string.pattern.clone();
            constraints.format = match &string.format {
                VariantOrUnknownOrEmpty::Item(StringFormat::Password) => Some("password".to_owned()),
                VariantOrUnknownOrEmpty::Item(StringFormat::Byte) => Some("byte".to_owned()),
                VariantOrUnknownOrEmpty::Item(StringFormat::Binary) => Some("binary".to_owned()),
                VariantOrUnknownOrEmpty::Unknown(format) => Some(format.clone()),
                _ => None,
            };
        }
        SchemaKind::Type(Type::Boolean(boolean)) => {
            constraints.allowed = boolean.enumeration.iter().flatten().map(|value| Value::Bool(*value)).collect();
        }
        SchemaKind::Type(Type::Integer(integer)) => {
            constraints.allowed = integer.enumeration.iter().flatten().map(|value| Value::from(*value)).collect();
            constraints.minimum = integer.minimum.map(|value| bound(value as f64, integer.exclusive_minimum));
            constraints.maximum = integer.maximum.map(|value| bound(value as f64, integer.exclusive_maximum));
        }
        SchemaKind::Type(Type::Number(number)) => {
            constraints.allowed = number.enumeration.iter().flatten().map(|value| Value::from(*value)).collect();
            constraints.minimum = number.minimum.map(|value| bound(value, number.exclusive_minimum));
            constraints.maximum = number.maximum.map(|value| bound(value, number.exclusive_maximum));
        }
        SchemaKind::Type(Type::Array(array)) => {
            constraints.min_items = array.min_items;
            constraints.max_items = array.max_items;
        }
        SchemaKind::Any(any) => {
            constraints.min_length = any.min_length;
            constraints.max_length = any.max_length;
            constraints.pattern = any.pattern.clone();
            constraints.minimum = any.minimum.map(|value| bound(value, any.exclusive_minimum.unwrap_or(false)));
            constraints.maximum = any.maximum.map(|value| bound(value, any.exclusive_maximum.unwrap_or(false)));
            constraints.min_items = any.min_items;
            constraints.max_items = any.max_items;
        }
        _ => {}
    }
    constraints
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Package;
    use crate::lower::lower;
    use crate::source::Documents;

    #[test]
    fn a_reference_to_what_is_not_a_schema_is_any_value_with_a_warning() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {b: {$ref: '#/components/schemas/C/x-box/y'}}}\n    C: {type: object, x-box: {y: {type: {bad: 1}}}}\n";
        let (types, warnings) = read_and_lower(text);
        assert_eq!(fields(&types, "A")[0].ty, Ty::default());
        assert!(
            warnings.iter().any(|warning| warning.starts_with(
                "api.yaml#/components/schemas/A/properties/b/$ref: $ref `/components/schemas/C/x-box/y` does not lead to one of the schemas ("
            ) && warning.ends_with("); using any JSON value")),
            "{warnings:?}"
        );
    }

    #[test]
    fn a_reference_into_a_keyword_left_out_finds_what_is_written_there() {
        // `allOf` as a mapping keeps A from being read until it is left out, and B refers into it.
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object, allOf: {first: {type: object, properties: {n: {type: integer}}}}}\n    B: {type: object, properties: {m: {$ref: '#/components/schemas/A/allOf/first'}}}\n";
        let (types, warnings) = read_and_lower(text);
        let TyKind::Named(target) = &fields(&types, "B")[0].ty.kind else { panic!("m is a named type") };
        assert_eq!(fields(&types, target)[0].wire_name, "n");
        assert_eq!(
            warnings,
            [
                r#"api.yaml#/components/schemas/A/allOf: `allOf` must be a list of schemas, not {"first":{"type":"object","properties":{"n":{"type":"integer"}}}}; it is ignored"#
            ]
        );
    }

    #[test]
    fn a_tuple_member_that_refers_to_its_own_type_names_it_and_is_boxed() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        pair: {type: array, prefixItems: [{$ref: '#/components/schemas/A'}, {type: string}]}\n";
        let (types, warnings) = read_and_lower(text);
        let pair = &fields(&types, "A")[0];
        assert_eq!(pair.ty.kind, TyKind::Tuple(vec![Ty::new(TyKind::Named("A".into())), Ty::new(TyKind::String)]));
        assert!(pair.boxed, "a struct cannot hold itself inline");
        assert!(warnings.is_empty());
    }

    #[test]
    fn an_inline_all_of_that_merges_itself_back_in_is_its_own_type() {
        // `client` merges `A`, whose properties include `client` again: naming a new type at
        // each turn would never end.
        let types = types(
            "A:\n  type: object\n  properties:\n    client:\n      allOf: [{$ref: '#/components/schemas/A'}, {type: object, properties: {b: {type: string}}}]",
        );
        let client = &fields(&types, "A")[0];
        assert_eq!(client.ty.kind, TyKind::Named("AClient".into()));
        let merged = fields(&types, "AClient");
        let names: Vec<&str> = merged.iter().map(|field| field.wire_name.as_str()).collect();
        assert_eq!(names, ["client", "b"]);
        assert_eq!(merged[0].ty.kind, TyKind::Named("AClient".into()));
        assert!(merged[0].boxed, "a struct cannot hold itself inline");
        assert_eq!(types.len(), 2);
    }

    #[test]
    fn a_property_that_allofs_copy_into_many_types_is_lowered_once() {
        // Each `Xk` has two properties merging `Xk-1`: lowered again for every type that copies
        // it, `X30`'s would take 2^30 turns (and be refused as too many properties long before).
        let mut schemas = String::from("X0: {type: object, properties: {v: {type: string}}}\n");
        for level in 1..=30 {
            let below = format!("{{$ref: '#/components/schemas/X{}'}}", level - 1);
            schemas.push_str(&format!(
                "X{level}:\n  type: object\n  properties:\n    a: {{allOf: [{below}, {{type: object, properties: {{ea: {{type: string}}}}}}]}}\n    b: {{allOf: [{below}, {{type: object, properties: {{eb: {{type: string}}}}}}]}}\n"
            ));
        }
        let types = types(&schemas);
        assert_eq!(types.len(), 31 + 2 * 30, "each component and each of its two properties' types, once");
        assert_eq!(fields(&types, "X30a")[0].ty.kind, TyKind::Named("X29a".into()));
    }

    #[test]
    fn copies_that_become_one_type_do_not_count_towards_the_crates_size() {
        // Sixty properties each merging `Big` (2,000 properties) lower 120,000 properties but
        // define one struct of 2,000 beside `Big`.
        let properties: String = (0..2_000).map(|index| format!("p{index}: {{type: string}}, ")).collect();
        let mut schemas = format!(
            "Big: {{type: object, properties: {{{properties}}}}}\nMore: {{type: object, properties: {{m: {{type: string}}}}}}\nCopies:\n  type: object\n  properties:\n"
        );
        for index in 0..60 {
            schemas.push_str(&format!(
                "    c{index}: {{allOf: [{{$ref: '#/components/schemas/Big'}}, {{$ref: '#/components/schemas/More'}}]}}\n"
            ));
        }
        let types = types(&schemas);
        assert_eq!(types.len(), 4, "{:?}", types.keys().collect::<Vec<_>>());
        assert!(fields(&types, "Copies").iter().all(|field| field.ty.kind == TyKind::Named("CopiesC0".into())));
    }

    #[test]
    fn a_chain_of_compositions_past_the_size_limit_is_refused_where_it_passes() {
        // Each link repeats all the properties before it: 460 links make 106,000.
        let mut schemas = String::from("L0: {type: object, properties: {p0: {type: string}}}\n");
        for link in 1..460 {
            schemas.push_str(&format!(
                "L{link}: {{allOf: [{{$ref: '#/components/schemas/L{}'}}, {{type: object, properties: {{p{link}: {{type: string}}}}}}]}}\n",
                link - 1
            ));
        }
        let error = lower_schemas(&schemas).expect_err("too large").to_string();
        assert!(
            error.starts_with("api.yaml#/components/schemas/L44")
                && error.contains("more than 100000 properties in all"),
            "{error}"
        );
    }

    /// The types of a whole spec read as the generator reads it, and the warnings.
    fn read_and_lower(text: &str) -> (BTreeMap<String, TypeDef>, Vec<String>) {
        let reporter = Reporter::new("api.yaml");
        let source = crate::source::read(text, &reporter, None).expect("reads");
        let api = lower(&source.spec, source.documents, Package::default(), &reporter).expect("lowers");
        (api.types, reporter.into_warnings().iter().map(ToString::to_string).collect())
    }

    fn lower_schemas(schemas: &str) -> Result<BTreeMap<String, TypeDef>, Error> {
        let indented: String = schemas.lines().map(|line| format!("    {line}\n")).collect();
        let text = format!(
            "openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n{indented}"
        );
        let spec: OpenAPI = serde_yaml::from_str(&text).expect("test spec parses");
        let reporter = Reporter::new("api.yaml");
        lower(&spec, Documents::default(), Package::default(), &reporter).map(|api| api.types)
    }

    fn types(schemas: &str) -> BTreeMap<String, TypeDef> {
        lower_schemas(schemas).expect("lowers")
    }

    fn fields(types: &BTreeMap<String, TypeDef>, name: &str) -> Vec<Field> {
        match &types[name].shape {
            Shape::Struct(shape) => shape.fields.clone(),
            other => panic!("{name} is not a struct: {other:?}"),
        }
    }

    fn kind(field: &Field) -> &TyKind {
        &field.ty.kind
    }

    #[test]
    fn integers_are_sized_by_format() {
        let types = types(
            "A:\n  type: object\n  properties:\n    plain: {type: integer}\n    small: {type: integer, format: int32}\n    big: {type: integer, format: int64}\n    ratio: {type: number, format: float}",
        );
        let kinds: Vec<TyKind> = fields(&types, "A").iter().map(|field| kind(field).clone()).collect();
        assert_eq!(
            kinds,
            [
                TyKind::Integer(IntWidth::I64),
                TyKind::Integer(IntWidth::I32),
                TyKind::Integer(IntWidth::I64),
                TyKind::Float(FloatWidth::F32)
            ]
        );
    }

    #[test]
    fn inline_objects_and_enums_are_named_from_parent_and_property_or_title() {
        let types = types(
            "Pet:\n  type: object\n  properties:\n    owner: {type: object, properties: {name: {type: string}}}\n    status: {type: string, enum: [a, b]}\n    tags:\n      type: array\n      items: {type: object, properties: {k: {type: string}}}\n    toy: {title: Chew Toy, type: object, properties: {j: {type: string}}}",
        );
        let names: Vec<&String> = types.keys().collect();
        assert_eq!(names, ["ChewToy", "Pet", "PetOwner", "PetStatus", "PetTagsItem"]);
        let tags = &fields(&types, "Pet")[2];
        assert_eq!(kind(tags), &TyKind::Array(Box::new(Ty::new(TyKind::Named("PetTagsItem".into())))));
    }

    #[test]
    fn identical_inline_shapes_become_one_type_whatever_their_docs() {
        let types = types(
            "Base: {type: object, properties: {x: {type: integer}}}\nA:\n  type: object\n  properties:\n    one: {type: object, properties: {k: {type: string, description: first}}}\n    two: {type: object, properties: {k: {type: string, description: second}}}\n    three: {type: object, properties: {x: {type: integer}}}\n    four: {type: string, enum: [a, b]}\n    five: {type: string, enum: [a, b]}",
        );
        let names: Vec<&String> = types.keys().collect();
        assert_eq!(names, ["A", "AFour", "AOne", "Base"]);
        let kinds: Vec<TyKind> = fields(&types, "A").iter().map(|field| kind(field).clone()).collect();
        let named = |name: &str| TyKind::Named(name.to_owned());
        assert_eq!(kinds, [named("AOne"), named("AOne"), named("Base"), named("AFour"), named("AFour")]);
    }

    #[test]
    fn component_names_win_over_inline_names() {
        let types = types(
            "PetOwner: {type: string}\nPet:\n  type: object\n  properties:\n    owner: {type: object, properties: {name: {type: string}}}",
        );
        assert_eq!(kind(&fields(&types, "Pet")[0]), &TyKind::Named("PetOwner2".into()));
        assert!(matches!(types["PetOwner"].shape, Shape::Alias(_)));
    }

    #[test]
    fn keywords_symbols_and_collisions_get_valid_distinct_names() {
        let types = types(
            "A:\n  type: object\n  properties:\n    type: {type: string}\n    self: {type: string}\n    links: {type: string}\n    _links: {type: string}\n    2fa: {type: string}\n    foo-bar: {type: string}\n    fooBar: {type: string}",
        );
        let names: Vec<(String, String)> =
            fields(&types, "A").into_iter().map(|field| (field.rust_name.to_string(), field.wire_name)).collect();
        let expected = [
            ("r#type", "type"),
            ("self_", "self"),
            ("links", "links"),
            ("links_2", "_links"),
            ("field_2fa", "2fa"),
            ("foo_bar", "foo-bar"),
            ("foo_bar_2", "fooBar"),
        ];
        assert_eq!(names, expected.map(|(rust, wire)| (rust.to_owned(), wire.to_owned())));
    }

    #[test]
    fn enums_keep_wire_values_and_a_catch_all_that_never_collides() {
        let types = types(
            "Mode:\n  type: string\n  enum: [notRequired, unknown, '86400000', notRequired]\n  x-enum-varnames: [NotNeeded]",
        );
        let Shape::Enum(shape) = &types["Mode"].shape else { panic!("not an enum") };
        let variants: Vec<(&str, &str)> =
            shape.variants.iter().map(|v| (v.rust_name.as_str(), v.wire_value.as_str())).collect();
        assert_eq!(variants, [("NotNeeded", "notRequired"), ("Unknown", "unknown"), ("Value86400000", "86400000")]);
        assert_eq!(shape.catch_all, "UnknownValue");
    }

    #[test]
    fn one_of_becomes_a_union_named_by_title_or_type() {
        let types = types(
            "When:\n  oneOf:\n    - {type: boolean}\n    - {title: since, type: string, format: date-time}\n    - {$ref: '#/components/schemas/Other'}\nOther: {type: object, properties: {a: {type: string}}}",
        );
        let Shape::Union(variants) = &types["When"].shape else { panic!("not a union") };
        let names: Vec<&str> = variants.iter().map(|variant| variant.rust_name.as_str()).collect();
        assert_eq!(names, ["Bool", "Since", "Other"]);
        assert_eq!(variants[1].ty.kind, TyKind::DateTime);
    }

    #[test]
    fn a_union_keeps_one_variant_per_type() {
        let types = types(
            "Id:\n  anyOf: [{type: string}, {type: integer}, {type: string, description: Again.}]\nEither:\n  anyOf: [{title: a, required: [a]}, {title: b, required: [b]}]",
        );
        let Shape::Union(variants) = &types["Id"].shape else { panic!("not a union") };
        let kinds: Vec<&TyKind> = variants.iter().map(|variant| &variant.ty.kind).collect();
        assert_eq!(kinds, [&TyKind::String, &TyKind::Integer(IntWidth::I64)]);
        assert_eq!(types["Either"].shape, Shape::Alias(Ty::default()), "one variant left is the type itself");
    }

    #[test]
    fn all_of_merges_properties_and_required_through_refs() {
        let types = types(
            "Base: {type: object, required: [id], properties: {id: {type: string}, name: {type: string}}}\nPet:\n  allOf:\n    - $ref: '#/components/schemas/Base'\n    - {type: object, required: [name], properties: {age: {type: integer}}}",
        );
        let merged: Vec<(String, bool)> =
            fields(&types, "Pet").into_iter().map(|field| (field.wire_name, field.required)).collect();
        let expected = [("id", true), ("name", true), ("age", false)];
        assert_eq!(merged, expected.map(|(name, required)| (name.to_owned(), required)));
    }

    #[test]
    fn all_of_annotations_document_without_adding_structure() {
        let types = types(
            "Id: {type: string, maxLength: 9}\nA:\n  type: object\n  properties:\n    id:\n      allOf: [{$ref: '#/components/schemas/Id'}, {description: The id of A.}]\n      description: ''",
        );
        let field = &fields(&types, "A")[0];
        assert_eq!(kind(field), &TyKind::Named("Id".into()));
        assert_eq!(field.docs.description.as_deref(), Some("The id of A."), "a blank description does not hide it");
        assert_eq!(types.len(), 2, "no merged type is made: {:?}", types.keys());
    }

    #[test]
    fn a_nullable_member_documents_the_property_that_says_nothing_itself() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        temperature: {anyOf: [{type: number, description: How random.}, {type: 'null'}]}\n        seed: {description: Own words., anyOf: [{type: integer, description: Member words.}, {type: 'null'}]}\n        pick: {anyOf: [{type: integer, description: A count.}, {type: string}]}\n";
        let (types, warnings) = read_and_lower(text);
        let described: Vec<Option<String>> =
            fields(&types, "A").into_iter().map(|field| field.docs.description).collect();
        assert_eq!(described, [Some("How random.".to_owned()), Some("Own words.".to_owned()), None]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn additional_properties_become_maps_or_a_map_field() {
        let types = types(
            "Counts: {type: object, additionalProperties: {type: number}}\nLoose: {type: object}\nMixed: {type: object, properties: {a: {type: string}}, additionalProperties: {type: integer}}",
        );
        let number = Ty::new(TyKind::Float(FloatWidth::F64));
        assert_eq!(types["Counts"].shape, Shape::Alias(Ty::new(TyKind::Map(Box::new(number)))));
        assert_eq!(types["Loose"].shape, Shape::Alias(Ty::new(TyKind::Map(Box::default()))));
        let Shape::Struct(mixed) = &types["Mixed"].shape else { panic!("not a struct") };
        let additional = mixed.additional.as_ref().expect("a map field");
        assert_eq!(
            (additional.rust_name.to_string().as_str(), &additional.value.kind),
            ("additional_properties", &TyKind::Integer(IntWidth::I64))
        );
    }

    #[test]
    fn constraints_are_kept_at_their_place() {
        let types = types(
            "A:\n  type: object\n  properties:\n    name: {type: string, minLength: 1, maxLength: 255, pattern: '^x$'}\n    n: {type: integer, minimum: 5, maximum: 3600, exclusiveMaximum: true}\n    list: {type: array, maxItems: 100, items: {type: string}}",
        );
        let fields = fields(&types, "A");
        let name = &fields[0].ty.constraints();
        assert_eq!((name.min_length, name.max_length, name.pattern.as_deref()), (Some(1), Some(255), Some("^x$")));
        assert_eq!(fields[1].ty.constraints().maximum, Some(Bound { value: 3600.0, exclusive: true }));
        assert_eq!(fields[2].ty.constraints().max_items, Some(100));
    }

    #[test]
    fn a_bare_object_beside_a_reference_to_a_union_adds_nothing() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    U: {oneOf: [{type: object, properties: {a: {type: string}}}, {type: object, properties: {b: {type: integer}}}]}\n    A:\n      type: object\n      properties:\n        item: {type: object, description: One of them., $ref: '#/components/schemas/U'}\n";
        let (types, warnings) = read_and_lower(text);
        assert_eq!(fields(&types, "A")[0].ty.kind, TyKind::Named("U".into()));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn limits_that_leave_no_value_are_left_out_with_a_warning() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        s: {type: string, minLength: 3, maxLength: 2, pattern: '^x'}\n        n: {type: integer, minimum: 5, maximum: 5, exclusiveMaximum: true}\n        m: {type: number, minimum: 5, maximum: 5}\n        l: {type: array, minItems: 2, maxItems: 1, items: {type: string}}\n";
        let (types, warnings) = read_and_lower(text);
        let fields = fields(&types, "A");
        let s = fields[0].ty.constraints();
        assert_eq!((s.min_length, s.max_length, s.pattern.as_deref()), (None, None, Some("^x")));
        assert_eq!((fields[1].ty.constraints().minimum, fields[1].ty.constraints().maximum), (None, None));
        assert_eq!(fields[2].ty.constraints().maximum, Some(Bound { value: 5.0, exclusive: false }));
        assert_eq!(fields[3].ty.constraints().min_items, None);
        let at = |property: &str, lower: &str, upper: &str| {
            format!(
                "api.yaml#/components/schemas/A/properties/{property}/{lower}: `{lower}` and `{upper}` leave no value allowed; neither is checked"
            )
        };
        assert_eq!(
            warnings,
            [at("s", "minLength", "maxLength"), at("n", "minimum", "maximum"), at("l", "minItems", "maxItems")]
        );
    }

    #[test]
    fn unsupported_schemas_fall_back_to_json_with_a_warning() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {not: {type: string}}\n    B: {allOf: [{type: string}, {type: object}]}\n";
        let spec: OpenAPI = serde_yaml::from_str(text).expect("parses");
        let reporter = Reporter::new("api.yaml");
        let api = lower(&spec, Documents::default(), Package::default(), &reporter).expect("lowers");
        assert_eq!(api.types["A"].shape, Shape::Alias(Ty::default()));
        assert_eq!(api.types["B"].shape, Shape::Alias(Ty::default()));
        let warnings: Vec<String> = reporter.into_warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/A: `not` schemas cannot be expressed as a Rust type; using `serde_json::Value`",
                "api.yaml#/components/schemas/B: `allOf` of schemas that are neither all objects nor all one kind of scalar cannot be merged; using `serde_json::Value`"
            ]
        );
    }

    #[test]
    fn an_all_of_of_one_kind_of_scalar_is_that_scalar_within_every_member_limit() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Short: {type: string, maxLength: 8, pattern: '^a'}\n    Slug: {allOf: [{type: string, minLength: 1, maxLength: 20}, {$ref: '#/components/schemas/Short'}, {description: The slug.}]}\n    Stamp: {allOf: [{type: string}, {type: string, format: date-time}]}\n    Count: {allOf: [{type: integer, minimum: 0, exclusiveMinimum: true}, {type: integer, minimum: 0, maximum: 9}]}\n    Patterns: {allOf: [{type: string, pattern: '^a'}, {type: string, pattern: 'b$'}]}\n    Direction: {type: string, enum: [in, out]}\n    Scope: {allOf: [{$ref: '#/components/schemas/Direction'}, {type: string, description: Where to., maxLength: 3}]}\n    Two: {allOf: [{$ref: '#/components/schemas/Direction'}, {type: string, enum: [in]}]}\n";
        let (types, warnings) = read_and_lower(text);
        let Shape::Alias(slug) = &types["Slug"].shape else { panic!("Slug is an alias: {:?}", types["Slug"]) };
        assert_eq!(slug.kind, TyKind::String);
        let limits = slug.constraints();
        assert_eq!((limits.min_length, limits.max_length, limits.pattern.as_deref()), (Some(1), Some(8), Some("^a")));
        assert_eq!(types["Slug"].docs.description.as_deref(), Some("The slug."));
        assert_eq!(types["Stamp"].shape, Shape::Alias(Ty::new(TyKind::DateTime)));
        let Shape::Alias(count) = &types["Count"].shape else { panic!("Count is an alias") };
        assert_eq!(count.kind, TyKind::Integer(IntWidth::I64));
        let minimum = count.constraints().minimum.expect("a minimum");
        assert_eq!(
            (minimum.value, minimum.exclusive, count.constraints().maximum.map(|max| max.value)),
            (0.0, true, Some(9.0))
        );
        assert_eq!(types["Scope"].shape, Shape::Alias(Ty::new(TyKind::Named("Direction".into()))));
        assert_eq!(types["Two"].shape, Shape::Alias(Ty::default()), "two enumerations do not merge");
        let Shape::Alias(patterns) = &types["Patterns"].shape else { panic!("Patterns is an alias") };
        assert_eq!(patterns.constraints().pattern.as_deref(), Some("^a"));
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/Patterns/allOf/1/pattern: the type keeps one pattern, `^a`: a value must also match `b$`, which is neither documented nor checked",
                "api.yaml#/components/schemas/Two: `allOf` of schemas that are neither all objects nor all one kind of scalar cannot be merged; using `serde_json::Value`"
            ]
        );
    }

    #[test]
    fn limits_without_a_type_narrow_the_scalar_beside_them() {
        let (types, warnings) = read_and_lower(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Label: {type: string, maxLength: 255}\n    Short: {allOf: [{$ref: '#/components/schemas/Label'}, {maxLength: 16}]}\n",
        );
        let Shape::Alias(short) = &types["Short"].shape else { panic!("Short is an alias: {:?}", types["Short"]) };
        assert_eq!((&short.kind, short.constraints().max_length), (&TyKind::String, Some(16)));
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn alternatives_that_only_name_required_properties_leave_the_object_whole() {
        let (types, warnings) = read_and_lower(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Rules: {type: object, properties: {inbound: {type: string}, outbound: {type: string}}}\n    Create: {allOf: [{$ref: '#/components/schemas/Rules'}, {anyOf: [{title: In, required: [inbound]}, {required: [outbound]}]}]}\n",
        );
        let create = fields(&types, "Create");
        assert_eq!(
            create.iter().map(|field| (field.wire_name.as_str(), field.required)).collect::<Vec<_>>(),
            [("inbound", false), ("outbound", false)]
        );
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/Create/allOf/1: alternatives that only name required properties are not checked: their properties are optional fields, and the server judges which are set"
            ]
        );
    }

    #[test]
    fn a_pattern_is_checked_in_unicode_mode_else_in_the_legacy_syntax() {
        let pattern = |pattern: &str| {
            let schema: Schema =
                serde_yaml::from_str(&format!("{{type: string, pattern: '{pattern}'}}")).expect("a schema");
            constraints_of(&schema).pattern_supported
        };
        assert!(pattern(r"^\p{L}+$"), "Unicode mode");
        assert!(pattern(r"^[a-zA-Z0-9_\-\:]+$"), "an escaped colon, legacy syntax");
        assert!(pattern(r"^\d{3}\-\x41\u0042$"), "known escapes, legacy syntax");
        assert!(!pattern("(?i)^abc$"), "no ECMA-262 at all");
        for other_engines in [r"\A[a-z_]+\z", r"[\p{Print}&&[^|:/]]+", r"^\-\u{41}$"] {
            assert!(!pattern(other_engines), "{other_engines} means something else in the legacy syntax");
        }
    }

    #[test]
    fn dangling_and_cyclic_refs_are_errors_with_a_pointer() {
        let error = lower_schemas("A: {type: object, properties: {b: {$ref: '#/components/schemas/Missing'}}}")
            .expect_err("dangling");
        assert_eq!(
            error.to_string(),
            "api.yaml#/components/schemas/A/properties/b/$ref: dangling $ref `#/components/schemas/Missing`: nothing is there"
        );
        let error = lower_schemas("A: {$ref: '#/components/schemas/B'}\nB: {$ref: '#/components/schemas/A'}")
            .expect_err("cyclic");
        assert!(error.to_string().contains("cyclic $ref"), "{error}");
    }

    #[test]
    fn a_member_that_pins_its_tag_is_picked_by_that_value() {
        let (types, warnings) = read_and_lower(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\ncomponents:\n  schemas:\n    Role: {type: string, enum: [user]}\n    Developer: {type: object, required: [role], properties: {role: {const: developer}}}\n    User: {type: object, properties: {role: {$ref: '#/components/schemas/Role'}}}\n    Base: {type: object, properties: {role: {type: string, enum: [tool, function]}}}\n    Tool: {allOf: [{$ref: '#/components/schemas/Base'}, {type: object, properties: {id: {type: string}}}]}\n    Again: {type: object, properties: {role: {type: string, enum: [tool]}}}\n    Named: {type: object, properties: {role: {type: string}}}\n    Message:\n      oneOf: [{$ref: '#/components/schemas/Developer'}, {$ref: '#/components/schemas/User'}, {$ref: '#/components/schemas/Tool'}, {$ref: '#/components/schemas/Again'}, {$ref: '#/components/schemas/Named'}]\n      discriminator: {propertyName: role, mapping: {me: '#/components/schemas/User'}}\n",
        );
        let Shape::Tagged(tagged) = &types["Message"].shape else {
            panic!("Message is tagged: {:?}", types["Message"])
        };
        let tags: Vec<Vec<&str>> =
            tagged.variants.iter().map(|(_, tags)| tags.iter().map(String::as_str).collect()).collect();
        assert_eq!(tags, [vec!["developer"], vec!["me"], vec!["tool", "function"], vec![], vec!["Named"]]);
        assert!(warnings.is_empty(), "{warnings:?}");
    }

    #[test]
    fn a_discriminator_mapping_to_no_member_is_warned_about() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Cat: {type: object, properties: {kind: {type: string}}}\n    Bird: {type: object, properties: {kind: {type: string}}}\n    Pet:\n      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Bird'}]\n      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat', dog: '#/components/schemas/Dog'}}\n";
        let spec: OpenAPI = serde_yaml::from_str(text).expect("parses");
        let reporter = Reporter::new("api.yaml");
        lower(&spec, Documents::default(), Package::default(), &reporter).expect("lowers");
        let warnings: Vec<String> = reporter.into_warnings().iter().map(ToString::to_string).collect();
        assert_eq!(
            warnings,
            [
                "api.yaml#/components/schemas/Pet/discriminator/mapping/dog: `dog` maps to `#/components/schemas/Dog`, which is none of the `oneOf` members; objects tagged `dog` are kept as unknown"
            ]
        );
    }
}
