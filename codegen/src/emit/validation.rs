//! Checking request values against the spec's constraints before anything is sent.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, PoisonError};

use proc_macro2::{Literal, TokenStream};
use quote::{ToTokens, quote};
use serde_json::Value;

use super::runtime::{Helper, Uses};
use super::syntax::{ident, snake};
use crate::ir::{Api, Bound, FloatWidth, IntWidth, Shape, Ty, TyKind, UnionVariant, shape_types};

/// Knows which types have constraints, so that only values that can break one are checked.
///
/// Enums are not checked: a value the client does not know (`Unknown`) may be one the server
/// added since, and it is sent back as it was received.
pub struct Validation<'a> {
    api: &'a Api,
    uses: &'a Uses,
    /// Named types (aliases too) whose values have something to check.
    checked: BTreeSet<&'a str>,
    naming: Naming,
}

/// How checks name the runtime's items.
enum Naming {
    /// By path (`crate::runtime::check_length`), in operations' modules, which hold other code.
    Qualified,
    /// By the names the `validate` module imports, recorded as they are used: that module holds
    /// only checks, and a path on every check made most of them six lines long.
    Imported(Mutex<BTreeSet<Helper>>),
}

impl<'a> Validation<'a> {
    /// Finds the types with checks: those with a constraint of their own, then, through the
    /// types that contain them, everything that contains one; each type is visited once per
    /// type it contains, however the types refer to each other.
    pub fn new(api: &'a Api, uses: &'a Uses) -> Self {
        let mut containers: BTreeMap<&'a str, Vec<&'a str>> = BTreeMap::new();
        let mut pending: Vec<&'a str> = Vec::new();
        for def in api.types.values() {
            let members = match &def.shape {
                Shape::Enum(_) | Shape::IntEnum(_) => Vec::new(),
                shape => shape_types(shape),
            };
            let mut named = Vec::new();
            let mut own = false;
            let mut inner = members;
            while let Some(ty) = inner.pop() {
                own |= has_constraint(ty);
                match &ty.kind {
                    TyKind::Named(name) => named.push(name.as_str()),
                    kind => inner.extend(kind.inner()),
                }
            }
            named.into_iter().for_each(|name| containers.entry(name).or_default().push(&def.name));
            if own {
                pending.push(&def.name);
            }
        }
        let mut checked = BTreeSet::new();
        while let Some(name) = pending.pop() {
            if checked.insert(name) {
                pending.extend(containers.get(name).into_iter().flatten());
            }
        }
        Self { api, uses, checked, naming: Naming::Qualified }
    }

    /// The `validate` module: the imports, then the `Validate` impls of the
    /// [`validated_types`](Self::validated_types).
    pub fn module(&self) -> TokenStream {
        let importing = self.importing();
        let impls = importing.impls();
        let imports = importing.imports();
        quote! {
            //! Checks of request values against the API description.
            #imports
            #impls
        }
    }

    /// The same checks, naming the runtime's items as the `validate` module imports them (see
    /// [`imports`](Self::imports)).
    fn importing(&self) -> Self {
        let naming = Naming::Imported(Mutex::default());
        Self { api: self.api, uses: self.uses, checked: self.checked.clone(), naming }
    }

    /// `use crate::runtime::{..};` of what the checks named so far, when importing. The module
    /// imports nothing else, so the prelude's `Result` is the one its impls name.
    fn imports(&self) -> TokenStream {
        let Naming::Imported(imported) = &self.naming else { return TokenStream::new() };
        let mut names: Vec<&str> =
            imported.lock().unwrap_or_else(PoisonError::into_inner).iter().map(|helper| helper.name()).collect();
        names.sort_unstable();
        let names = names.into_iter().map(ident);
        quote!(use crate::runtime::{#(#names),*};)
    }

    /// A runtime item as this module names it; recorded as used either way.
    fn helper(&self, helper: Helper) -> TokenStream {
        match &self.naming {
            Naming::Qualified => self.uses.path(helper),
            Naming::Imported(imported) => {
                imported.lock().unwrap_or_else(PoisonError::into_inner).insert(helper);
                self.uses.name(helper).into_token_stream()
            }
        }
    }

    fn has_checks(&self, ty: &Ty) -> bool {
        has_constraint(ty)
            || match &ty.kind {
                TyKind::Named(name) => self.checked.contains(name.as_str()),
                kind => kind.inner().iter().any(|inner| self.has_checks(inner)),
            }
    }

    /// Statements checking `value` (a variable of type `&T`) at `at` (a `&FieldPath`).
    pub fn checks(&self, value: &TokenStream, ty: &Ty, at: &TokenStream) -> TokenStream {
        let own = constraint_checks(value, ty, at, &|helper| self.helper(helper));
        let nested = match &ty.kind {
            TyKind::Array(item) if self.has_checks(item) => {
                let item_checks = self.checks(&quote!(item), item, &quote!(&at));
                let with_index = self.uses.name(Helper::WithIndex);
                quote! {
                    let list_at = #at;
                    for (index, item) in #value.iter().enumerate() {
                        let at = list_at.#with_index(index);
                        #item_checks
                    }
                }
            }
            TyKind::Map(item) if self.has_checks(item) => {
                let item_checks = self.checks(&quote!(item), item, &quote!(&at));
                let with_field = self.uses.name(Helper::WithField);
                quote! {
                    let map_at = #at;
                    for (key, item) in #value {
                        let at = map_at.#with_field(key);
                        #item_checks
                    }
                }
            }
            TyKind::Tuple(members) => {
                let member_checks =
                    members.iter().enumerate().filter(|(_, member)| self.has_checks(member)).map(|(index, member)| {
                        let position = proc_macro2::Literal::usize_unsuffixed(index);
                        let checks = self.checks(&quote!(member), member, &quote!(&at));
                        let with_index = self.uses.name(Helper::WithIndex);
                        quote! {
                            {
                                let member = &#value.#position;
                                let at = tuple_at.#with_index(#position);
                                #checks
                            }
                        }
                    });
                let member_checks: Vec<TokenStream> = member_checks.collect();
                if member_checks.is_empty() {
                    quote!()
                } else {
                    quote! {
                        let tuple_at = #at;
                        #(#member_checks)*
                    }
                }
            }
            TyKind::Named(name) => match self.api.types.get(name).map(|def| &def.shape) {
                Some(Shape::Alias(target)) => self.checks(value, target, at),
                _ if self.checked.contains(name.as_str()) => {
                    let validate = self.helper(Helper::Validate);
                    quote!(#validate::validate(#value, #at)?;)
                }
                _ => TokenStream::new(),
            },
            _ => TokenStream::new(),
        };
        quote!(#own #nested)
    }

    /// The types that request bodies and parameters can hold that have something to check,
    /// each of which gets a `Validate` impl, in name order.
    pub fn validated_types(&self) -> Vec<&'a str> {
        let mut pending: Vec<&str> = Vec::new();
        for (_, operation) in self.api.operations() {
            let body = operation.body.iter().filter_map(|body| body.payload.model());
            for ty in operation.parameters.iter().map(|parameter| &parameter.ty).chain(body) {
                named_types(ty, &mut pending);
            }
        }
        for parameter in self.api.shared_parameters() {
            named_types(&parameter.ty, &mut pending);
        }
        let mut seen = BTreeSet::new();
        let mut validated = Vec::new();
        while let Some(name) = pending.pop() {
            if !seen.insert(name) {
                continue;
            }
            let Some(def) = self.api.types.get(name) else { continue };
            for ty in shape_types(&def.shape) {
                named_types(ty, &mut pending);
            }
            // An alias is checked as what it names; enums are never checked.
            let own_impl = !matches!(def.shape, Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_));
            if own_impl && self.checked.contains(name) {
                validated.push(name);
            }
        }
        validated.sort_unstable();
        validated
    }

    /// `Validate` impls for the [`validated_types`](Self::validated_types).
    fn impls(&self) -> TokenStream {
        let impls = self.validated_types().into_iter().filter_map(|name| {
            let def = self.api.types.get(name)?;
            Some(self.validate_impl(name, &def.shape))
        });
        quote!(#(#impls)*)
    }

    /// The match arm checking one variant of a union.
    fn variant_arm(&self, variant: &UnionVariant) -> TokenStream {
        let variant_name = ident(&variant.rust_name);
        let checks = self.checks(&quote!(value), &variant.ty, &quote!(at));
        let unbox = variant.boxed.then(|| quote!(let value = &**value;));
        if checks.is_empty() {
            quote!(Self::#variant_name(_) => {})
        } else {
            quote!(Self::#variant_name(value) => { #unbox #checks })
        }
    }

    fn validate_impl(&self, name: &str, shape: &Shape) -> TokenStream {
        let body = match shape {
            Shape::Struct(shape) => {
                let fields = shape.fields.iter().map(|field| {
                    let field_name = snake(&field.rust_name);
                    let wire = &field.wire_name;
                    let with_field = Uses::tentative(Helper::WithField);
                    let checks = self.checks(&quote!(value), &field.ty, &quote!(&at.#with_field(#wire)));
                    if checks.is_empty() {
                        return checks;
                    }
                    self.uses.name(Helper::WithField);
                    // Optional and nullable fields are `Option<T>`; optional nullable ones are
                    // `Option<Option<T>>`; boxed ones hold a `Box<T>` in either.
                    let binding = match (field.required, field.nullable) {
                        (true, false) => None,
                        (false, true) => Some(quote!(Some(Some(value)))),
                        _ => Some(quote!(Some(value))),
                    };
                    let unbox = field.boxed.then(|| quote!(let value: &_ = value.as_ref();));
                    match binding {
                        None => quote!({ let value = &self.#field_name; #unbox #checks }),
                        Some(pattern) => quote!(if let #pattern = &self.#field_name { #unbox #checks }),
                    }
                });
                let additional = shape.additional.as_ref().map(|additional| {
                    let field_name = snake(&additional.rust_name);
                    let checks = self.checks(&quote!(item), &additional.value, &quote!(&at));
                    (!checks.is_empty()).then(|| {
                        let with_field = self.uses.name(Helper::WithField);
                        quote! {
                            for (key, item) in &self.#field_name {
                                let at = at.#with_field(key);
                                #checks
                            }
                        }
                    })
                });
                quote!(#(#fields)* #additional Ok(()))
            }
            Shape::Union(variants) => {
                let arms = variants.iter().map(|variant| self.variant_arm(variant));
                quote! {
                    match self {
                        #(#arms)*
                    }
                    Ok(())
                }
            }
            Shape::Tagged(tagged) => {
                let arms = tagged.variants.iter().map(|(variant, _)| self.variant_arm(variant));
                quote! {
                    match self {
                        #(#arms)*
                        _ => {}
                    }
                    Ok(())
                }
            }
            Shape::Newtype(inner) => {
                let checks = self.checks(&quote!(value), inner, &quote!(at));
                quote!(let value = &self.0; #checks Ok(()))
            }
            Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) => return TokenStream::new(),
        };
        let name = ident(name);
        let validate = self.helper(Helper::Validate);
        let field_path = self.helper(Helper::FieldPath);
        let error = self.helper(Helper::ValidationError);
        quote! {
            impl #validate for crate::models::#name {
                fn validate(&self, at: &#field_path<'_>) -> Result<(), #error> {
                    #body
                }
            }
        }
    }
}

/// Named types a type expression mentions.
fn named_types<'a>(ty: &'a Ty, into: &mut Vec<&'a str>) {
    match &ty.kind {
        TyKind::Named(name) => into.push(name),
        kind => kind.inner().iter().for_each(|inner| named_types(inner, into)),
    }
}

/// Whether `constraint_checks` would check anything.
fn has_constraint(ty: &Ty) -> bool {
    !constraint_checks(&quote!(value), ty, &quote!(at), &|helper| Uses::tentative(helper).into_token_stream())
        .is_empty()
}

/// Checks of the value's own constraints that apply to its kind of value.
fn constraint_checks(
    value: &TokenStream,
    ty: &Ty,
    at: &TokenStream,
    helper: &dyn Fn(Helper) -> TokenStream,
) -> TokenStream {
    let constraints = ty.constraints();
    let mut checks = Vec::new();
    match &ty.kind {
        TyKind::String => {
            if constraints.min_length.is_some() || constraints.max_length.is_some() {
                let (min, max) = (optional_usize(constraints.min_length), optional_usize(constraints.max_length));
                let check = helper(Helper::CheckLength);
                checks.push(quote!(#check(#value, #min, #max, #at)?;));
            }
            if let Some(pattern) = constraints.pattern.as_ref().filter(|_| constraints.pattern_supported) {
                let check = helper(Helper::CheckPattern);
                checks.push(quote!(#check(#value, #pattern, #at)?;));
            }
        }
        TyKind::Integer(_) | TyKind::Float(_) if constraints.minimum.is_some() || constraints.maximum.is_some() => {
            let (min, max) = (optional_bound(constraints.minimum), optional_bound(constraints.maximum));
            let check = helper(Helper::CheckRange);
            let number = match ty.kind {
                TyKind::Float(FloatWidth::F64) => quote!(*#value),
                TyKind::Integer(IntWidth::I64) => quote!(*#value as f64),
                _ => quote!(f64::from(*#value)),
            };
            checks.push(quote!(#check(#number, #min, #max, #at)?;));
        }
        TyKind::Array(_) if constraints.min_items.is_some() || constraints.max_items.is_some() => {
            let (min, max) = (optional_usize(constraints.min_items), optional_usize(constraints.max_items));
            let check = helper(Helper::CheckItems);
            checks.push(quote!(#check(#value.len(), #min, #max, #at)?;));
        }
        _ => {}
    }
    if !constraints.allowed.is_empty() && matches!(ty.kind, TyKind::Bool | TyKind::Integer(_) | TyKind::Float(_)) {
        let allowed = constraints.allowed.iter().map(|value| literal(value, &ty.kind));
        let check = helper(Helper::CheckAllowed);
        checks.push(quote!(#check(#value, &[#(#allowed),*], #at)?;));
    }
    quote!(#(#checks)*)
}

fn optional_usize(value: Option<usize>) -> TokenStream {
    match value.map(Literal::usize_unsuffixed) {
        Some(value) => quote!(Some(#value)),
        None => quote!(None),
    }
}

fn optional_bound(bound: Option<Bound>) -> TokenStream {
    match bound {
        Some(Bound { value, exclusive }) => {
            let value = Literal::f64_unsuffixed(value);
            quote!(Some((#value, #exclusive)))
        }
        None => quote!(None),
    }
}

fn literal(value: &Value, kind: &TyKind) -> TokenStream {
    match (value, kind) {
        (Value::Bool(value), _) => quote!(#value),
        (Value::Number(number), TyKind::Float(_)) => {
            let value = Literal::f64_unsuffixed(number.as_f64().unwrap_or_default());
            quote!(#value)
        }
        (Value::Number(number), _) => {
            let value = Literal::i64_unsuffixed(number.as_i64().unwrap_or_default());
            quote!(#value)
        }
        (other, _) => {
            let text = other.to_string();
            quote!(#text)
        }
    }
}
