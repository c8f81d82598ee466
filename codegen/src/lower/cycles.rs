//! Boxing what makes a type contain itself: a struct field or union variant whose type leads
//! back to the type that holds it, without a `Vec` or map in between, would have infinite size.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::{Shape, Ty, TyKind, TypeDef};

pub fn box_recursive_members(types: &mut BTreeMap<String, TypeDef>) {
    let targets: BTreeMap<String, Vec<Option<String>>> = types
        .iter()
        .map(|(name, def)| (name.clone(), members(&def.shape).iter().map(|ty| direct_target(ty, types)).collect()))
        .collect();
    let edges: BTreeMap<&str, Vec<&str>> = targets
        .iter()
        .map(|(name, list)| (name.as_str(), list.iter().flatten().map(String::as_str).collect()))
        .collect();
    let boxed: BTreeMap<String, Vec<bool>> = targets
        .iter()
        .map(|(name, list)| {
            let flags = list.iter().map(|target| target.as_deref().is_some_and(|target| reaches(target, name, &edges)));
            (name.clone(), flags.collect())
        })
        .collect();
    for (name, def) in types.iter_mut() {
        let flags = &boxed[name];
        match &mut def.shape {
            Shape::Struct(shape) => shape.fields.iter_mut().zip(flags).for_each(|(field, flag)| field.boxed = *flag),
            Shape::Union(variants) => variants.iter_mut().zip(flags).for_each(|(variant, flag)| variant.boxed = *flag),
            Shape::Tagged(tagged) => {
                tagged.variants.iter_mut().zip(flags).for_each(|((variant, _), flag)| variant.boxed = *flag);
            }
            Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) => {}
        }
    }
}

/// The types of a struct's fields or a union's variants, in order.
fn members(shape: &Shape) -> Vec<&Ty> {
    match shape {
        Shape::Struct(shape) => shape.fields.iter().map(|field| &field.ty).collect(),
        Shape::Union(variants) => variants.iter().map(|variant| &variant.ty).collect(),
        Shape::Tagged(tagged) => tagged.variants.iter().map(|(variant, _)| &variant.ty).collect(),
        Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) => Vec::new(),
    }
}

/// The struct or union a value of `ty` holds inline, looking through aliases.
fn direct_target(ty: &Ty, types: &BTreeMap<String, TypeDef>) -> Option<String> {
    let mut current = ty;
    for _ in 0..=types.len() {
        let TyKind::Named(name) = &current.kind else { return None };
        match types.get(name).map(|def| &def.shape) {
            Some(Shape::Alias(target)) => current = target,
            Some(_) => return Some(name.clone()),
            None => return None,
        }
    }
    None
}

/// Whether `to` can be reached from `from` through inline members.
fn reaches(from: &str, to: &str, edges: &BTreeMap<&str, Vec<&str>>) -> bool {
    let mut pending = vec![from];
    let mut seen = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if name == to {
            return true;
        }
        if seen.insert(name) {
            pending.extend(edges.get(name).into_iter().flatten().copied());
        }
    }
    false
}
