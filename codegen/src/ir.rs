//! The intermediate model: what the generated crate contains, with every name decided.
//!
//! Lowering fills it from the spec; emitting reads only this, never the spec.

use std::collections::BTreeMap;

/// Everything generated from one spec.
#[derive(Debug, Clone, PartialEq)]
pub struct Api {
    pub title: String,
    pub description: Option<String>,
    pub version: String,
    /// Named types keyed by their Rust name, so output order never depends on the spec's order.
    pub types: BTreeMap<String, TypeDef>,
}

/// A named Rust type.
#[derive(Debug, Clone, PartialEq)]
pub struct TypeDef {
    pub name: String,
    pub docs: Docs,
    pub shape: Shape,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    Struct(Struct),
    Enum(Enum),
    /// Exactly one of several shapes, told apart by trying each in order.
    Union(Vec<UnionVariant>),
    /// A name for another type, kept because the spec gives it a meaning of its own.
    Alias(Ty),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Struct {
    pub fields: Vec<Field>,
    /// Properties the spec does not name, collected into a map (`additionalProperties`).
    pub additional: Option<AdditionalProperties>,
}

/// The map field that holds an object's unnamed properties.
#[derive(Debug, Clone, PartialEq)]
pub struct AdditionalProperties {
    pub rust_name: String,
    pub value: Ty,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub rust_name: String,
    pub wire_name: String,
    pub ty: Ty,
    pub required: bool,
    pub nullable: bool,
    pub docs: Docs,
}

/// An enum of string values that keeps values it does not know in a catch-all variant.
#[derive(Debug, Clone, PartialEq)]
pub struct Enum {
    pub variants: Vec<EnumVariant>,
    pub catch_all: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct EnumVariant {
    pub rust_name: String,
    pub wire_value: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UnionVariant {
    pub rust_name: String,
    pub ty: Ty,
    pub docs: Docs,
}

/// A type expression at one place of use, with the constraints the spec puts on values there.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Ty {
    pub kind: TyKind,
    pub constraints: Constraints,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub enum TyKind {
    String,
    Bool,
    Integer(IntWidth),
    Float(FloatWidth),
    DateTime,
    Date,
    /// Any JSON value: free-form input and the fallback for what cannot be expressed.
    #[default]
    Json,
    Named(String),
    Array(Box<Ty>),
    /// A JSON object used as a map from its keys to values of one type.
    Map(Box<Ty>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IntWidth {
    I32,
    I64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FloatWidth {
    F32,
    F64,
}

/// The spec's validation keywords that apply at one place.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Constraints {
    pub min_length: Option<usize>,
    pub max_length: Option<usize>,
    pub pattern: Option<String>,
    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub min_items: Option<usize>,
    pub max_items: Option<usize>,
    pub format: Option<String>,
    /// The only values allowed, for enums that are not strings (those become Rust enums).
    pub allowed: Vec<serde_json::Value>,
    pub default: Option<serde_json::Value>,
}

/// A numeric bound, exclusive or inclusive.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

/// Documentation taken from the spec, kept as prose; rendering decides how it is written.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Docs {
    pub title: Option<String>,
    pub description: Option<String>,
}
