//! Identifiers and type expressions as tokens.

use proc_macro2::{Span, TokenStream};
use quote::quote;

use crate::ir::{self, FloatWidth, IntWidth, Ty, TyKind};

/// The identifier for a type or module name decided by [`crate::naming`]: never a keyword.
pub fn ident(name: &str) -> proc_macro2::Ident {
    proc_macro2::Ident::new(name, Span::call_site())
}

/// The identifier for a snake-case name, raw when it is a keyword.
pub fn snake(name: &ir::Ident) -> proc_macro2::Ident {
    if name.is_raw() {
        proc_macro2::Ident::new_raw(name.as_str(), Span::call_site())
    } else {
        proc_macro2::Ident::new(name.as_str(), Span::call_site())
    }
}

/// The Rust type for values of `ty`, inside the `models` module.
pub fn ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &TokenStream::new())
}

/// The Rust type for values of `ty` in a module of operations, which names models by path.
pub fn qualified_ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &quote!(crate::models::))
}

/// Std's types go by their prelude names: no module defines a type of the same name (naming
/// gives none a prelude type's name).
fn type_tokens(ty: &Ty, models: &TokenStream) -> TokenStream {
    match &ty.kind {
        TyKind::String => quote!(String),
        TyKind::Bool => quote!(bool),
        TyKind::Integer(IntWidth::I32) => quote!(i32),
        TyKind::Integer(IntWidth::I64) => quote!(i64),
        TyKind::Float(FloatWidth::F32) => quote!(f32),
        TyKind::Float(FloatWidth::F64) => quote!(f64),
        TyKind::DateTime => quote!(chrono::DateTime<chrono::Utc>),
        TyKind::Date => quote!(chrono::NaiveDate),
        TyKind::Json => quote!(serde_json::Value),
        TyKind::Bytes => quote!(Vec<u8>),
        TyKind::Named(name) => {
            let name = ident(name);
            quote!(#models #name)
        }
        TyKind::Array(item) => {
            let item = type_tokens(item, models);
            quote!(Vec<#item>)
        }
        TyKind::Map(value) => {
            let value = type_tokens(value, models);
            quote!(::std::collections::BTreeMap<String, #value>)
        }
        TyKind::Tuple(members) => {
            let members = members.iter().map(|member| type_tokens(member, models));
            quote!((#(#members,)*))
        }
    }
}

/// `Option<inner>`.
pub fn option(inner: &TokenStream) -> TokenStream {
    quote!(Option<#inner>)
}
