//! The `models` module: one Rust type per named type of the model.

use std::collections::BTreeSet;

use proc_macro2::TokenStream;
use quote::quote;

use super::docs;
use super::syntax::{ident, snake, ty};
use crate::ir::{Api, Enum, Field, IntEnum, Shape, Struct, Tagged, Ty, TyKind, TypeDef, UnionVariant};

pub fn module(api: &Api) -> TokenStream {
    let uses_derives = api.types.values().any(|def| !matches!(def.shape, Shape::Alias(_)));
    let imports = uses_derives.then(|| {
        quote!(
            use serde::{Deserialize, Serialize};
        )
    });
    let items = api.types.values().map(|def| type_def(def, api));
    let reader = json_module(api);
    quote! {
        //! The request and response bodies of the API.
        #imports
        #(#items)*
        #reader
    }
}

/// How a struct's `Deserialize` reads one property, and its `Serialize` writes it (a nullable
/// one as an optional one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Read {
    /// Present, or the object is refused.
    Required,
    /// Absent and `null` are both `None`.
    Optional,
    /// Absent is `None`, `null` is `Some(None)`.
    Nullable,
    /// The properties no field took.
    Rest,
}

impl Read {
    fn of(field: &Field) -> Self {
        match (field.required, field.nullable) {
            (true, false) => Self::Required,
            (false, true) => Self::Nullable,
            _ => Self::Optional,
        }
    }

    fn method(self) -> proc_macro2::Ident {
        ident(match self {
            Self::Required => "required",
            Self::Optional => "optional",
            Self::Nullable => "nullable",
            Self::Rest => "rest",
        })
    }
}

/// The structs among `api`'s types.
fn structs(api: &Api) -> impl Iterator<Item = &Struct> {
    api.types.values().filter_map(|def| match &def.shape {
        Shape::Struct(shape) => Some(shape),
        _ => None,
    })
}

/// Every way the structs of `api` read a property.
fn reads(api: &Api) -> BTreeSet<Read> {
    structs(api)
        .flat_map(|shape| shape.fields.iter().map(Read::of).chain(shape.additional.as_ref().map(|_| Read::Rest)))
        .collect()
}

/// The reader structs deserialize with and the writer they serialize with, with the ways of
/// reading and writing they use. Structs take their properties from a JSON object one call
/// each, rather than deriving `Deserialize`, whose visitors are most of the time rustc spends on
/// an API's models, and write them to one likewise.
fn json_module(api: &Api) -> Option<TokenStream> {
    structs(api).next()?;
    let reads = reads(api);
    let methods = reads.iter().map(|read| match read {
        Read::Required => quote! {
            /// A property that must be there.
            pub(super) fn required<T: serde::de::DeserializeOwned>(&mut self, name: &'static str) -> Result<T, E> {
                match self.object.remove(name) {
                    Some(value) => decode(name, value),
                    None => Err(E::missing_field(name)),
                }
            }
        },
        Read::Optional => quote! {
            /// A property that may be absent or `null`, both `None`; an error is kept for `finish`.
            pub(super) fn optional<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<T> {
                match self.object.remove(name) {
                    None | Some(serde_json::Value::Null) => None,
                    Some(value) => self.kept(decode(name, value)),
                }
            }
        },
        Read::Nullable => quote! {
            /// A property that may be absent (`None`), `null` (`Some(None)`) or a value; an error is
            /// kept for `finish`.
            pub(super) fn nullable<T: serde::de::DeserializeOwned>(&mut self, name: &str) -> Option<Option<T>> {
                match self.object.remove(name) {
                    None => None,
                    Some(serde_json::Value::Null) => Some(None),
                    Some(value) => self.kept(decode(name, value)).map(Some),
                }
            }
        },
        Read::Rest => quote! {
            /// The properties no field took, by name.
            pub(super) fn rest<T: serde::de::DeserializeOwned>(&mut self) -> Result<std::collections::BTreeMap<String, T>, E> {
                let mut rest = std::collections::BTreeMap::new();
                for (name, value) in std::mem::take(&mut self.object) {
                    let value = decode(&name, value)?;
                    rest.insert(name, value);
                }
                Ok(rest)
            }
        },
    });
    let writes = structs(api).flat_map(|shape| {
        let fields = shape.fields.iter().map(|field| if field.required { Read::Required } else { Read::Optional });
        fields.chain(shape.additional.as_ref().map(|_| Read::Rest))
    });
    let writes: Vec<TokenStream> = writes
        .collect::<BTreeSet<Read>>()
        .into_iter()
        .map(|write| match write {
            Read::Required => quote! {
                /// A property that is always there.
                pub(super) fn required<T: serde::Serialize>(&mut self, name: &str, value: &T) {
                    self.entry(name, value);
                }
            },
            Read::Optional | Read::Nullable => quote! {
                /// A property written if it is set, and left out otherwise.
                pub(super) fn optional<T: serde::Serialize>(&mut self, name: &str, value: &Option<T>) {
                    if let Some(value) = value {
                        self.entry(name, value);
                    }
                }
            },
            Read::Rest => quote! {
                /// The properties of no field, by name.
                pub(super) fn rest<T: serde::Serialize>(&mut self, rest: &std::collections::BTreeMap<String, T>) {
                    for (name, value) in rest {
                        self.entry(name, value);
                    }
                }
            },
        })
        .collect();
    let entry = (!writes.is_empty()).then(|| {
        quote! {
            /// Writes a property unless an earlier one failed, keeping the first error for `end`:
            /// as with reading, a `?` per property would make rustc's checks grow faster than
            /// the struct.
            fn entry<T: serde::Serialize>(&mut self, name: &str, value: &T) {
                if self.failure.is_none() {
                    self.failure = self.map.serialize_entry(name, value).err();
                }
            }
        }
    });
    // Every struct that reads a property ends with `finish`.
    let finish = (!reads.is_empty()).then(|| {
        quote! {
            /// `value`, unless a property read without `?` failed. Optional properties are read
            /// so, after the required ones: a struct literal with a `?` per field makes rustc's
            /// borrow checking quadratic in the number of fields.
            pub(super) fn finish<T>(self, value: T) -> Result<T, E> {
                match self.failure {
                    Some(error) => Err(error),
                    None => Ok(value),
                }
            }
        }
    });
    let lenient = reads.iter().any(|read| matches!(read, Read::Optional | Read::Nullable));
    let kept = lenient.then(|| {
        quote! {
            /// The value of a property, or `None` with its error kept for `finish`.
            fn kept<T>(&mut self, read: Result<T, E>) -> Option<T> {
                match read {
                    Ok(value) => Some(value),
                    Err(error) => {
                        self.failure.get_or_insert(error);
                        None
                    }
                }
            }
        }
    });
    // A module, so that its names never meet the spec's types.
    Some(quote! {
        /// Reading and writing structs as JSON objects.
        mod json {
            use serde::Deserialize;

            /// A JSON object a struct takes its properties from, one call each.
            pub(super) struct Object<E> {
                object: serde_json::Map<String, serde_json::Value>,
                /// The first error of a property read without `?`.
                failure: Option<E>,
            }

            impl<E: serde::de::Error> Object<E> {
                pub(super) fn read<'de, D: serde::Deserializer<'de, Error = E>>(deserializer: D) -> Result<Self, E> {
                    let object = serde_json::Map::deserialize(deserializer)?;
                    Ok(Self { object, failure: None })
                }

                #(#methods)*

                #finish

                #kept
            }

            /// A JSON object a struct writes its properties to, one call each.
            pub(super) struct Writer<M: serde::ser::SerializeMap> {
                map: M,
                /// The first error of writing a property.
                failure: Option<M::Error>,
            }

            impl<M: serde::ser::SerializeMap> Writer<M> {
                pub(super) fn start<S: serde::Serializer<SerializeMap = M>>(serializer: S) -> Result<Self, S::Error> {
                    serializer.serialize_map(None).map(|map| Self { map, failure: None })
                }

                #(#writes)*

                #entry

                /// The object, or the first error of writing it.
                pub(super) fn end(self) -> Result<M::Ok, M::Error> {
                    match self.failure {
                        Some(error) => Err(error),
                        None => self.map.end(),
                    }
                }
            }

            /// The value of the property `name`, an error naming the property if it is not a `T`.
            fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(name: &str, value: serde_json::Value) -> Result<T, E> {
                T::deserialize(value).map_err(|error| E::custom(format_args!("property `{name}`: {error}")))
            }
        }
    })
}

/// `Serialize` for a struct: an object of its properties by their wire names, leaving out the
/// optional ones that are not set; `end` reports the first error.
fn struct_serialize(name: &proc_macro2::Ident, shape: &Struct) -> TokenStream {
    let fields = shape.fields.iter().map(|field| {
        let field_name = snake(&field.rust_name);
        let wire = &field.wire_name;
        if field.required {
            quote!(object.required(#wire, &self.#field_name);)
        } else {
            quote!(object.optional(#wire, &self.#field_name);)
        }
    });
    let additional = shape.additional.as_ref().map(|additional| {
        let field_name = snake(&additional.rust_name);
        quote!(object.rest(&self.#field_name);)
    });
    let binding =
        if shape.fields.is_empty() && shape.additional.is_none() { quote!(let object) } else { quote!(let mut object) };
    quote! {
        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                #binding = json::Writer::start(serializer)?;
                #(#fields)*
                #additional
                object.end()
            }
        }
    }
}

/// `Deserialize` for a struct: each property read from the object by its wire name, the
/// required ones first, with `?`, then the others, whose errors `finish` reports.
fn struct_deserialize(name: &proc_macro2::Ident, shape: &Struct) -> TokenStream {
    let (required, lenient): (Vec<&Field>, Vec<&Field>) =
        shape.fields.iter().partition(|field| Read::of(field) == Read::Required);
    let fields = required.iter().chain(&lenient).map(|field| {
        let field_name = snake(&field.rust_name);
        let read = Read::of(field);
        let method = read.method();
        let wire = &field.wire_name;
        let fallible = (read == Read::Required).then(|| quote!(?));
        quote!(#field_name: object.#method(#wire) #fallible,)
    });
    let additional = shape.additional.as_ref().map(|additional| {
        let field_name = snake(&additional.rust_name);
        let method = Read::Rest.method();
        quote!(#field_name: object.#method()?,)
    });
    let value = quote!(Self { #(#fields)* #additional });
    let body = if shape.fields.is_empty() && shape.additional.is_none() {
        quote! {
            json::Object::read(input)?;
            Ok(#value)
        }
    } else {
        quote! {
            let mut object = json::Object::read(input)?;
            let value = #value;
            object.finish(value)
        }
    };
    quote! {
        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
                #body
            }
        }
    }
}

fn type_def(def: &TypeDef, api: &Api) -> TokenStream {
    let mut paragraphs = docs::prose(&def.docs, || format!("The `{}` type of the API.", def.name));
    if let Shape::Alias(target) = &def.shape {
        paragraphs.extend(constraint_docs(target, api));
    }
    let doc = docs::attrs(&paragraphs);
    let name = ident(&def.name);
    let body = match &def.shape {
        Shape::Struct(fields) => structure(&name, fields, api),
        Shape::Enum(values) => enumeration(&name, values),
        Shape::IntEnum(values) => int_enumeration(&name, values),
        Shape::Union(variants) => union(&name, variants),
        Shape::Tagged(tagged) => tagged_union(&name, tagged),
        Shape::Alias(target) => {
            let target = ty(target);
            quote!(pub type #name = #target;)
        }
        Shape::Newtype(inner) => {
            let inner = ty(inner);
            quote! {
                #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
                #[serde(transparent)]
                pub struct #name(pub #inner);
            }
        }
    };
    quote!(#doc #body)
}

fn structure(name: &proc_macro2::Ident, shape: &Struct, api: &Api) -> TokenStream {
    let all_optional = shape.fields.iter().all(|field| !field.required);
    let default = (shape.built_by_callers && all_optional).then(|| quote!(Default,));
    let constructor = (shape.built_by_callers && !all_optional).then(|| constructor(name, shape));
    let serialize = struct_serialize(name, shape);
    let deserialize = struct_deserialize(name, shape);
    let fields = shape.fields.iter().map(|field| struct_field(field, api));
    let additional = shape.additional.as_ref().map(|additional| {
        let field_name = snake(&additional.rust_name);
        let value = ty(&additional.value);
        quote! {
            /// Properties not named by the spec, by name.
            pub #field_name: std::collections::BTreeMap<String, #value>,
        }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, #default)]
        #[non_exhaustive]
        pub struct #name {
            #(#fields)*
            #additional
        }
        #serialize
        #deserialize
        #constructor
    }
}

/// `new`, taking the required properties: the struct is `#[non_exhaustive]`, so that the API
/// may add optional properties in a minor release, and callers cannot write it as a literal.
fn constructor(name: &proc_macro2::Ident, shape: &Struct) -> TokenStream {
    let required: Vec<&Field> = shape.fields.iter().filter(|field| field.required).collect();
    let arguments = required.iter().map(|field| {
        let name = snake(&field.rust_name);
        let value = ty(&field.ty);
        let value = if field.nullable { quote!(Option<#value>) } else { value };
        quote!(#name: #value)
    });
    let values = shape.fields.iter().map(|field| {
        let name = snake(&field.rust_name);
        match (field.required, field.boxed, field.nullable) {
            (false, _, _) => quote!(#name: None,),
            (true, false, _) => quote!(#name,),
            (true, true, false) => quote!(#name: Box::new(#name),),
            (true, true, true) => quote!(#name: #name.map(Box::new),),
        }
    });
    let additional = shape.additional.as_ref().map(|additional| {
        let field_name = snake(&additional.rust_name);
        quote!(#field_name: std::collections::BTreeMap::new(),)
    });
    let doc = docs::attrs(&[
        "Creates the value from its required properties; the optional ones start out as `None`.".to_owned()
    ]);
    quote! {
        impl #name {
            #doc
            pub fn new(#(#arguments),*) -> Self {
                Self { #(#values)* #additional }
            }
        }
    }
}

fn struct_field(field: &Field, api: &Api) -> TokenStream {
    let mut paragraphs = docs::prose(&field.docs, || format!("The `{}` property.", field.wire_name));
    paragraphs.extend(constraint_docs(&field.ty, api));
    let name = snake(&field.rust_name);
    let value = boxed(ty(&field.ty), field.boxed);
    let field_type = match (field.required, field.nullable) {
        (true, false) => value,
        (true, true) | (false, false) => quote!(Option<#value>),
        (false, true) => {
            paragraphs.push("`None` leaves the property out; `Some(None)` sends `null`.".to_owned());
            quote!(Option<Option<#value>>)
        }
    };
    let doc = docs::attrs(&paragraphs);
    quote! {
        #doc
        pub #name: #field_type,
    }
}

/// The constraints that hold for values of `ty` in words, looking through aliases and into list items.
fn constraint_docs(ty: &Ty, api: &Api) -> Option<String> {
    let ty = api.through_aliases(ty);
    let own = docs::constraints(ty.constraints());
    let items = match &ty.kind {
        TyKind::Array(item) => docs::constraints(api.through_aliases(item).constraints())
            .map(|text| format!("Each item: {}", lowercase_first(&text))),
        _ => None,
    };
    let sentences: Vec<String> = own.into_iter().chain(items).collect();
    (!sentences.is_empty()).then(|| sentences.join(" "))
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_lowercase().chain(chars).collect()).unwrap_or_default()
}

fn enumeration(name: &proc_macro2::Ident, shape: &Enum) -> TokenStream {
    let variants = shape.variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        let doc = docs::attrs(&[format!("The value {}.", docs::code(wire))]);
        quote!(#doc #variant_name,)
    });
    let from_wire = shape.variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        quote!(#wire => Self::#variant_name,)
    });
    let arms = shape.variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        quote!(Self::#variant_name => #wire,)
    });
    let catch_all = ident(&shape.catch_all);
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the client does not know, kept as it was received.
            #catch_all(String),
        }

        impl Serialize for #name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = String::deserialize(deserializer)?;
                Ok(match value.as_str() {
                    #(#from_wire)*
                    _ => Self::#catch_all(value),
                })
            }
        }

        impl #name {
            /// The value as it is written on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    #(#arms)*
                    Self::#catch_all(value) => value,
                }
            }
        }

        impl std::fmt::Display for #name {
            fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                formatter.write_str(self.as_str())
            }
        }
    }
}

fn union(name: &proc_macro2::Ident, variants: &[UnionVariant]) -> TokenStream {
    let variants = variants.iter().map(variant_declaration);
    quote! {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
        }
    }
}

fn int_enumeration(name: &proc_macro2::Ident, shape: &IntEnum) -> TokenStream {
    let variants = shape.variants.iter().map(|(variant, value)| {
        let doc = docs::attrs(&[format!("The value `{value}`.")]);
        let variant = ident(variant);
        quote!(#doc #variant,)
    });
    let from_value = shape.variants.iter().map(|(variant, value)| {
        let variant = ident(variant);
        quote!(#value => Self::#variant,)
    });
    let to_value = shape.variants.iter().map(|(variant, value)| {
        let variant = ident(variant);
        quote!(#name::#variant => #value,)
    });
    let catch_all = ident(&shape.catch_all);
    quote! {
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(from = "i64", into = "i64")]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// A value this version of the client does not know, kept as it was received.
            #catch_all(i64),
        }

        impl From<i64> for #name {
            fn from(value: i64) -> Self {
                match value {
                    #(#from_value)*
                    other => Self::#catch_all(other),
                }
            }
        }

        impl From<#name> for i64 {
            fn from(value: #name) -> Self {
                match value {
                    #(#to_value)*
                    #name::#catch_all(other) => other,
                }
            }
        }
    }
}

/// An enum that reads the discriminating property to choose its variant, and keeps objects of a
/// kind it does not know. Variants are decoded from the whole object, discriminator included,
/// since the variant types usually declare that property too.
fn tagged_union(name: &proc_macro2::Ident, tagged: &Tagged) -> TokenStream {
    let variants = tagged.variants.iter().map(|(variant, _)| variant_declaration(variant));
    // A variant whose tags an earlier one claimed is never read, only written.
    let arms = tagged.variants.iter().filter(|(_, tags)| !tags.is_empty()).map(|(variant, tags)| {
        let variant_name = ident(&variant.rust_name);
        let wrap = if variant.boxed {
            quote!(|value| Self::#variant_name(Box::new(value)))
        } else {
            quote!(Self::#variant_name)
        };
        quote!(Some(#(#tags)|*) => serde_json::from_value(value).map(#wrap),)
    });
    let catch_all = ident(&tagged.catch_all);
    let property = &tagged.property;
    quote! {
        #[derive(Debug, Clone, PartialEq, Serialize)]
        #[serde(untagged)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            /// An object of a kind this version of the client does not know, kept as it was received.
            #catch_all(serde_json::Value),
        }

        impl<'de> Deserialize<'de> for #name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = serde_json::Value::deserialize(deserializer)?;
                let decoded = match value.get(#property).and_then(serde_json::Value::as_str) {
                    #(#arms)*
                    _ => return Ok(Self::#catch_all(value)),
                };
                decoded.map_err(serde::de::Error::custom)
            }
        }
    }
}

/// A documented variant holding one value, as unions declare them.
fn variant_declaration(variant: &UnionVariant) -> TokenStream {
    let doc = docs::attrs(&docs::prose(&variant.docs, || describe(&variant.ty)));
    let variant_name = ident(&variant.rust_name);
    let value = boxed(ty(&variant.ty), variant.boxed);
    quote!(#doc #variant_name(#value),)
}

fn boxed(ty: TokenStream, boxed: bool) -> TokenStream {
    if boxed { quote!(Box<#ty>) } else { ty }
}

/// A phrase naming what values of `ty` are, for variants the spec does not describe.
fn describe(ty: &Ty) -> String {
    match &ty.kind {
        TyKind::String => "A string.".to_owned(),
        TyKind::Bool => "A boolean.".to_owned(),
        TyKind::Integer(_) => "An integer.".to_owned(),
        TyKind::Float(_) => "A number.".to_owned(),
        TyKind::DateTime => "A date and time.".to_owned(),
        TyKind::Date => "A date.".to_owned(),
        TyKind::Json => "Any JSON value.".to_owned(),
        TyKind::Named(name) => format!("A [`{name}`]."),
        TyKind::Array(_) => "A list of values.".to_owned(),
        TyKind::Map(_) => "A map of names to values.".to_owned(),
        TyKind::Tuple(members) => format!("A list of exactly {} values.", members.len()),
        TyKind::Bytes => "Bytes.".to_owned(),
    }
}
