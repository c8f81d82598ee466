//! The `models` module: one Rust type per named type of the model.

use proc_macro2::TokenStream;
use quote::quote;

use super::docs;
use super::syntax::{ident, ty};
use crate::ir::{Api, Enum, Field, Shape, Struct, Ty, TyKind, TypeDef, UnionVariant};

pub fn module(api: &Api) -> TokenStream {
    let uses_derives = api.types.values().any(|def| !matches!(def.shape, Shape::Alias(_)));
    let imports = uses_derives.then(|| {
        quote!(
            use serde::{Deserialize, Serialize};
        )
    });
    let items = api.types.values().map(|def| type_def(def, api));
    quote! {
        //! The request and response bodies of the API.
        #imports
        #(#items)*
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
        Shape::Union(variants) => union(&name, variants),
        Shape::Alias(target) => {
            let target = ty(target);
            quote!(pub type #name = #target;)
        }
    };
    quote!(#doc #body)
}

fn structure(name: &proc_macro2::Ident, shape: &Struct, api: &Api) -> TokenStream {
    let all_optional = shape.fields.iter().all(|field| !field.required);
    let default = all_optional.then(|| quote!(Default,));
    let fields = shape.fields.iter().map(|field| struct_field(field, api));
    let additional = shape.additional.as_ref().map(|additional| {
        let field_name = ident(&additional.rust_name);
        let value = ty(&additional.value);
        quote! {
            /// Properties not named by the spec, by name.
            #[serde(flatten)]
            pub #field_name: std::collections::BTreeMap<String, #value>,
        }
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, #default Serialize, Deserialize)]
        pub struct #name {
            #(#fields)*
            #additional
        }
    }
}

fn struct_field(field: &Field, api: &Api) -> TokenStream {
    let mut paragraphs = docs::prose(&field.docs, || format!("The `{}` property.", field.wire_name));
    paragraphs.extend(constraint_docs(&field.ty, api));
    let doc = docs::attrs(&paragraphs);
    let name = ident(&field.rust_name);
    let value = boxed(ty(&field.ty), field.boxed);
    let wire = &field.wire_name;
    let rename = (field.rust_name.trim_start_matches("r#") != wire).then(|| quote!(rename = #wire));
    let (field_type, optional) = match (field.required, field.nullable) {
        (true, false) => (value, None),
        (true, true) => (quote!(Option<#value>), None),
        (false, _) => (quote!(Option<#value>), Some(quote!(default, skip_serializing_if = "Option::is_none"))),
    };
    let serde_args: Vec<TokenStream> = rename.into_iter().chain(optional).collect();
    let serde = (!serde_args.is_empty()).then(|| quote!(#[serde(#(#serde_args),*)]));
    quote! {
        #doc
        #serde
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
        let rename = (variant.rust_name != *wire).then(|| quote!(#[serde(rename = #wire)]));
        quote!(#doc #rename #variant_name,)
    });
    let arms = shape.variants.iter().map(|variant| {
        let variant_name = ident(&variant.rust_name);
        let wire = &variant.wire_value;
        quote!(Self::#variant_name => #wire,)
    });
    let catch_all = ident(&shape.catch_all);
    quote! {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum #name {
            #(#variants)*
            /// A value this version of the client does not know, kept as it was received.
            #[serde(untagged)]
            #catch_all(String),
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
    let variants = variants.iter().map(|variant| {
        let doc = docs::attrs(&docs::prose(&variant.docs, || describe(&variant.ty)));
        let variant_name = ident(&variant.rust_name);
        let value = boxed(ty(&variant.ty), variant.boxed);
        quote!(#doc #variant_name(#value),)
    });
    quote! {
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        pub enum #name {
            #(#variants)*
        }
    }
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
    }
}
