//! Identifiers and type expressions as tokens.

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::ir::{FloatWidth, IntWidth, Ty, TyKind};

/// The identifier for a name decided by [`crate::naming`], raw when it carries `r#`.
pub fn ident(name: &str) -> Ident {
    match name.strip_prefix("r#") {
        Some(raw) => Ident::new_raw(raw, Span::call_site()),
        None => Ident::new(name, Span::call_site()),
    }
}

/// The Rust type for values of `ty`, inside the `models` module.
pub fn ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &TokenStream::new())
}

/// The Rust type for values of `ty`, anywhere in the crate.
pub fn qualified_ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &quote!(crate::models::))
}

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
            quote!(std::collections::BTreeMap<String, #value>)
        }
    }
}
