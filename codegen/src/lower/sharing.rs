//! One definition per shape: component types that are the same but for their names and their
//! documentation (APIs often declare one object under many names) become aliases of the first
//! of them, so that the crate compiles each shape's derives once. Every name stays, as a
//! `type` alias with its own documentation; the fields are documented as the first type's are.
//!
//! Types are visited with their dependencies first (strongly connected components, computed
//! once), so two types that differ only in naming different but identical types are shared too,
//! in one pass. Recursive types are left alone.

use std::collections::BTreeMap;

use super::cycles::{named_in, strongly_connected};
use super::types::shape_key;
use crate::ir::{Shape, Ty, TyKind, TypeDef, shape_types, shape_types_mut};

/// Turns each type whose shape an earlier type already has into an alias of that type.
pub fn share_identical_types(types: &mut BTreeMap<String, TypeDef>) {
    let merges = {
        let edges: BTreeMap<&str, Vec<&str>> = types
            .iter()
            .map(|(name, def)| {
                let named = shape_types(&def.shape).into_iter().flat_map(named_in).map(|(name, _)| name).collect();
                (name.as_str(), named)
            })
            .collect();
        let components = strongly_connected(&edges);
        // Edges between components run from earlier to later ones, so the later ones go first.
        let mut order: Vec<(&str, usize)> = components.iter().map(|(name, component)| (*name, *component)).collect();
        order.sort_by_key(|(name, component)| (std::cmp::Reverse(*component), *name));
        let mut same_as: BTreeMap<String, String> = BTreeMap::new();
        let mut first_of_shape: BTreeMap<String, String> = BTreeMap::new();
        let mut merges = Vec::new();
        for (name, component) in order {
            let Some(def) = types.get(name) else { continue };
            let recursive =
                edges.get(name).into_iter().flatten().any(|target| components.get(target) == Some(&component));
            if recursive {
                continue;
            }
            match &def.shape {
                Shape::Alias(target) => {
                    // An alias that adds no constraints is its target, wherever it is named.
                    if let (TyKind::Named(target), true) = (&target.kind, *target == Ty::new(target.kind.clone())) {
                        let target = resolve(&same_as, target).to_owned();
                        same_as.insert(name.to_owned(), target);
                    }
                }
                Shape::Newtype(_) => {}
                shape => {
                    let key = shape_key(&with_shared_names(shape, &same_as));
                    match first_of_shape.get(&key) {
                        Some(first) => {
                            merges.push((name.to_owned(), first.clone()));
                            same_as.insert(name.to_owned(), first.clone());
                        }
                        None => {
                            first_of_shape.insert(key, name.to_owned());
                        }
                    }
                }
            }
        }
        merges
    };
    for (name, first) in merges {
        if let Some(def) = types.get_mut(&name) {
            def.shape = Shape::Alias(Ty::new(TyKind::Named(first)));
        }
    }
}

/// The type `name` stands for, through the aliases and shared types met so far.
fn resolve<'n>(same_as: &'n BTreeMap<String, String>, name: &'n str) -> &'n str {
    // Each entry leads to a type visited before it, so the chain ends.
    let mut current = name;
    while let Some(next) = same_as.get(current) {
        current = next;
    }
    current
}

/// `shape` with every type it names replaced by the type that name stands for.
fn with_shared_names(shape: &Shape, same_as: &BTreeMap<String, String>) -> Shape {
    let mut shape = shape.clone();
    for ty in shape_types_mut(&mut shape) {
        rename(ty, same_as);
    }
    shape
}

fn rename(ty: &mut Ty, same_as: &BTreeMap<String, String>) {
    match &mut ty.kind {
        TyKind::Named(name) => *name = resolve(same_as, name).to_owned(),
        kind => kind.inner_mut().iter_mut().for_each(|inner| rename(inner, same_as)),
    }
}

#[cfg(test)]
mod tests {
    use crate::diagnostics::Reporter;
    use crate::ir::{Package, Shape, TyKind};
    use crate::lower::lower;
    use crate::source::Documents;

    #[test]
    fn identical_components_share_one_definition_even_through_other_shared_ones() {
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Note: {type: object, description: A note., properties: {text: {type: string, description: The text.}}}\n    Memo: {type: object, description: A memo., properties: {text: {type: string, description: Its words.}}}\n    NoteHolder: {type: object, properties: {note: {$ref: '#/components/schemas/Note'}}}\n    MemoHolder: {type: object, properties: {note: {$ref: '#/components/schemas/Memo'}}}\n    Other: {type: object, properties: {text: {type: integer}}}\n    Tree: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Tree'}}}}\n    Bush: {type: object, properties: {children: {type: array, items: {$ref: '#/components/schemas/Bush'}}}}\n";
        let spec = serde_yaml::from_str(text).expect("test spec parses");
        let reporter = Reporter::new("api.yaml");
        let api = lower(&spec, Documents::default(), Package::default(), &reporter).expect("lowers");
        let alias_of = |name: &str| match &api.types[name].shape {
            Shape::Alias(target) => match &target.kind {
                TyKind::Named(target) => Some(target.clone()),
                _ => None,
            },
            _ => None,
        };
        assert_eq!(alias_of("Note"), Some("Memo".to_owned()), "the first visited keeps the definition");
        assert_eq!(alias_of("NoteHolder"), Some("MemoHolder".to_owned()), "shared through the shared field type");
        assert_eq!(alias_of("Memo"), None);
        assert_eq!(alias_of("Other"), None, "a different field type is a different shape");
        assert_eq!((alias_of("Tree"), alias_of("Bush")), (None, None), "recursive types are left alone");
        assert_eq!(api.types["Note"].docs.description.as_deref(), Some("A note."), "each name keeps its docs");
    }
}
