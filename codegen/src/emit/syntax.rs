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

/// The Rust type for values of `ty`, inside the `models` module, whose own names never shadow
/// the prelude names it uses.
pub fn ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &TokenStream::new(), false)
}

/// The Rust type for values of `ty` anywhere in the crate, every std item by its full path, so
/// that no name from the spec can shadow one.
pub fn qualified_ty(ty: &Ty) -> TokenStream {
    type_tokens(ty, &quote!(crate::models::), true)
}

fn type_tokens(ty: &Ty, models: &TokenStream, qualified: bool) -> TokenStream {
    let std = |short: TokenStream, full: TokenStream| if qualified { full } else { short };
    match &ty.kind {
        TyKind::String => std(quote!(String), quote!(::std::string::String)),
        TyKind::Bool => quote!(bool),
        TyKind::Integer(IntWidth::I32) => quote!(i32),
        TyKind::Integer(IntWidth::I64) => quote!(i64),
        TyKind::Float(FloatWidth::F32) => quote!(f32),
        TyKind::Float(FloatWidth::F64) => quote!(f64),
        TyKind::DateTime => std(quote!(chrono::DateTime<chrono::Utc>), quote!(::chrono::DateTime<::chrono::Utc>)),
        TyKind::Date => std(quote!(chrono::NaiveDate), quote!(::chrono::NaiveDate)),
        TyKind::Json => std(quote!(serde_json::Value), quote!(::serde_json::Value)),
        TyKind::Bytes => std(quote!(Vec<u8>), quote!(::std::vec::Vec<u8>)),
        TyKind::Named(name) => {
            let name = ident(name);
            quote!(#models #name)
        }
        TyKind::Array(item) => {
            let item = type_tokens(item, models, qualified);
            std(quote!(Vec<#item>), quote!(::std::vec::Vec<#item>))
        }
        TyKind::Map(value) => {
            let value = type_tokens(value, models, qualified);
            let string = std(quote!(String), quote!(::std::string::String));
            quote!(::std::collections::BTreeMap<#string, #value>)
        }
        TyKind::Tuple(members) => {
            let members = members.iter().map(|member| type_tokens(member, models, qualified));
            quote!((#(#members,)*))
        }
    }
}

/// `Option<inner>` by its full path. (Its variants, `Some` and `None`, need none: the value
/// namespace holds no name from the spec, since generated types are never unit or tuple structs.)
pub fn option(inner: &TokenStream) -> TokenStream {
    quote!(::core::option::Option<#inner>)
}
