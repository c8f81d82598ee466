//! Making recursive types finite and nameable.
//!
//! - A type alias that leads back to itself (`A = Vec<A>`) is refused by Rust (E0391): one alias
//!   of each such cycle becomes a newtype struct, or, when no list or map lies on the cycle
//!   (`A = B`, `B = A`), which no value could satisfy, any JSON value.
//! - A struct field or union variant whose type leads back to the type that holds it, without a
//!   `Vec` or map in between, would have infinite size: it is boxed.
//! - A cycle of required fields could never end, so no value has that type: the field closing
//!   it becomes optional.
//!
//! Every graph here is walked with strongly connected components, each computed once, so the
//! cost grows linearly with the number of types however long their chains.

use std::collections::{BTreeMap, BTreeSet};

use crate::diagnostics::Reporter;
use crate::ir::{Shape, Ty, TyKind, TypeDef, through_aliases};

/// Breaks every cycle of aliases: see the module documentation.
pub fn break_alias_cycles(types: &mut BTreeMap<String, TypeDef>, reporter: &Reporter) {
    loop {
        let edges: BTreeMap<String, Vec<(String, bool)>> = types
            .iter()
            .filter_map(|(name, def)| match &def.shape {
                Shape::Alias(target) => {
                    let aliases = named_in(target)
                        .into_iter()
                        .filter(|(target, _)| matches!(types.get(*target).map(|def| &def.shape), Some(Shape::Alias(_))))
                        .map(|(target, contained)| (target.to_owned(), contained));
                    Some((name.clone(), aliases.collect()))
                }
                _ => None,
            })
            .collect();
        let plain: BTreeMap<&str, Vec<&str>> = edges
            .iter()
            .map(|(name, targets)| (name.as_str(), targets.iter().map(|(target, _)| target.as_str()).collect()))
            .collect();
        let components = strongly_connected(&plain);
        let cyclic = |name: &str, target: &str| components.get(name) == components.get(target);
        let mut on_cycle = edges.iter().flat_map(|(name, targets)| {
            targets.iter().filter(move |(target, _)| cyclic(name, target)).map(move |(_, contained)| (name, *contained))
        });
        let Some(first) = on_cycle.clone().next() else { return };
        // A list or map on the cycle gives a finite newtype; pick the alias that holds it.
        let (chosen, contained) = on_cycle.find(|(_, contained)| *contained).unwrap_or(first);
        let chosen = chosen.clone();
        let Some(def) = types.get_mut(&chosen) else { return };
        let Shape::Alias(target) = &def.shape else { return };
        if contained {
            def.shape = Shape::Newtype(target.clone());
        } else {
            let message = format!(
                "`{chosen}` is defined only as itself (through references or single-member compositions); using `serde_json::Value`"
            );
            reporter.warn(&def.pointer, message);
            def.shape = Shape::Alias(Ty::default());
        }
    }
}

/// The types `ty` names, each with whether a list or map holds it.
pub(super) fn named_in(ty: &Ty) -> Vec<(&str, bool)> {
    let mut found = Vec::new();
    let mut pending = vec![(ty, false)];
    while let Some((ty, contained)) = pending.pop() {
        match &ty.kind {
            TyKind::Named(name) => found.push((name.as_str(), contained)),
            // A tuple holds its members inline, as a struct holds its fields.
            TyKind::Tuple(members) => pending.extend(members.iter().map(|member| (member, contained))),
            kind => pending.extend(kind.inner().iter().map(|inner| (inner, true))),
        }
    }
    found
}

/// Boxes recursive members and makes a field that closes a cycle of required fields optional.
pub fn box_recursive_members(types: &mut BTreeMap<String, TypeDef>, reporter: &Reporter) {
    let targets: BTreeMap<String, Vec<Vec<String>>> = types
        .iter()
        .map(|(name, def)| (name.clone(), members(&def.shape).iter().map(|ty| direct_targets(ty, types)).collect()))
        .collect();
    let edges: BTreeMap<&str, Vec<&str>> = targets
        .iter()
        .map(|(name, list)| (name.as_str(), list.iter().flatten().map(String::as_str).collect()))
        .collect();
    let components = strongly_connected(&edges);
    let same_component = |from: &str, to: &str| components.get(from) == components.get(to);
    let boxed: BTreeMap<String, Vec<bool>> = targets
        .iter()
        .map(|(name, list)| {
            let flags = list.iter().map(|targets| targets.iter().any(|target| same_component(name, target)));
            (name.clone(), flags.collect())
        })
        .collect();
    let endless = endless_fields(types, &targets);
    for (name, def) in types.iter_mut() {
        let flags = &boxed[name];
        match &mut def.shape {
            Shape::Struct(shape) => {
                for (index, (field, flag)) in shape.fields.iter_mut().zip(flags).enumerate() {
                    field.boxed = *flag;
                    if endless.contains(&(name.clone(), index)) {
                        field.required = false;
                        let message = format!(
                            "required property `{}` leads back to `{name}` through required properties only, so no value could end; it is made optional",
                            field.wire_name
                        );
                        reporter.warn(&def.pointer, message);
                    }
                }
            }
            Shape::Union(variants) => variants.iter_mut().zip(flags).for_each(|(variant, flag)| variant.boxed = *flag),
            Shape::Tagged(tagged) => {
                tagged.variants.iter_mut().zip(flags).for_each(|((variant, _), flag)| variant.boxed = *flag);
            }
            Shape::Newtype(_) | Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) => {}
        }
    }
}

/// The (struct, field index) pairs that close a cycle of required, non-nullable fields.
fn endless_fields(
    types: &BTreeMap<String, TypeDef>,
    targets: &BTreeMap<String, Vec<Vec<String>>>,
) -> BTreeSet<(String, usize)> {
    let required_targets: BTreeMap<&str, Vec<(usize, &str)>> = types
        .iter()
        .filter_map(|(name, def)| match &def.shape {
            Shape::Struct(shape) => {
                let list = shape
                    .fields
                    .iter()
                    .zip(&targets[name])
                    .enumerate()
                    .filter(|(_, (field, _))| field.required && !field.nullable)
                    .flat_map(|(index, (_, targets))| targets.iter().map(move |target| (index, target.as_str())))
                    .collect();
                Some((name.as_str(), list))
            }
            _ => None,
        })
        .collect();
    let edges: BTreeMap<&str, Vec<&str>> =
        required_targets.iter().map(|(name, list)| (*name, list.iter().map(|(_, target)| *target).collect())).collect();
    let components = strongly_connected(&edges);
    let mut endless = BTreeSet::new();
    let mut closed = BTreeSet::new();
    for (name, list) in &required_targets {
        for (index, target) in list {
            // One field per cycle is enough to let it end: the first met of each component.
            if components.get(name) == components.get(target) && closed.insert(components.get(name)) {
                endless.insert(((*name).to_owned(), *index));
            }
        }
    }
    endless
}

/// The types of a struct's fields or a union's variants, in order.
fn members(shape: &Shape) -> Vec<&Ty> {
    match shape {
        Shape::Struct(shape) => shape.fields.iter().map(|field| &field.ty).collect(),
        Shape::Union(variants) => variants.iter().map(|variant| &variant.ty).collect(),
        Shape::Tagged(tagged) => tagged.variants.iter().map(|(variant, _)| &variant.ty).collect(),
        Shape::Newtype(_) | Shape::Enum(_) | Shape::IntEnum(_) | Shape::Alias(_) => Vec::new(),
    }
}

/// The structs and unions a value of `ty` holds inline, looking through aliases and into tuples.
fn direct_targets(ty: &Ty, types: &BTreeMap<String, TypeDef>) -> Vec<String> {
    match &through_aliases(types, ty).kind {
        TyKind::Named(name) if types.get(name).is_some_and(|def| !matches!(def.shape, Shape::Alias(_))) => {
            vec![name.clone()]
        }
        TyKind::Tuple(members) => members.iter().flat_map(|member| direct_targets(member, types)).collect(),
        _ => Vec::new(),
    }
}

/// How deep types nest in one another, by value or in lists, maps and boxes, counting each
/// list and map: rustc follows that nesting when it checks a type's size and auto traits (the
/// `Send` of every request), and gives up past its recursion limit. `outside` are the type
/// expressions used outside the named types (parameters and bodies).
pub fn nesting_depth<'t>(types: &BTreeMap<String, TypeDef>, outside: impl Iterator<Item = &'t Ty>) -> usize {
    let edges: BTreeMap<&str, Vec<&str>> = types
        .iter()
        .map(|(name, def)| {
            let named =
                crate::ir::shape_types(&def.shape).into_iter().flat_map(named_in).map(|(name, _)| name).collect();
            (name.as_str(), named)
        })
        .collect();
    let components = strongly_connected(&edges);
    // Edges between components run from earlier to later ones, so the later ones are done first.
    let mut order: Vec<(&str, usize)> = components.iter().map(|(name, component)| (*name, *component)).collect();
    order.sort_by_key(|(_, component)| std::cmp::Reverse(*component));
    let mut depth: BTreeMap<&str, usize> = BTreeMap::new();
    for (name, component) in order {
        let members = types.get(name).map(|def| crate::ir::shape_types(&def.shape)).unwrap_or_default();
        let below = members
            .into_iter()
            .map(|ty| {
                expression_depth(ty, &|target| match components.get(target) {
                    Some(other) if *other != component => depth.get(target).copied().unwrap_or(0),
                    _ => 0,
                })
            })
            .max()
            .unwrap_or(0);
        depth.insert(name, below + 1);
    }
    let named_depth = |target: &str| depth.get(target).copied().unwrap_or(0);
    let outside = outside.map(|ty| expression_depth(ty, &named_depth)).max().unwrap_or(0);
    depth.values().copied().max().unwrap_or(0).max(outside)
}

/// Lists and maps around one another in `ty`, plus the depth of the named type inside.
fn expression_depth(ty: &Ty, named: &dyn Fn(&str) -> usize) -> usize {
    let mut containers = 0;
    let mut current = ty;
    loop {
        match &current.kind {
            TyKind::Array(item) | TyKind::Map(item) => {
                containers += 1;
                current = item;
            }
            TyKind::Named(target) => return containers + named(target),
            TyKind::Tuple(members) => {
                let deepest = members.iter().map(|member| expression_depth(member, named)).max().unwrap_or(0);
                return containers + 1 + deepest;
            }
            _ => return containers,
        }
    }
}

/// Each node's strongly connected component, as an index; a node on no cycle is alone in one,
/// unless it has an edge to itself (then its component is marked by that edge, which callers
/// see as source and target sharing a component). Kosaraju's algorithm, without recursion.
pub(super) fn strongly_connected<'n>(edges: &BTreeMap<&'n str, Vec<&'n str>>) -> BTreeMap<&'n str, usize> {
    let mut reverse: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, targets) in edges {
        for to in targets {
            reverse.entry(to).or_default().push(from);
        }
    }
    let nodes: BTreeSet<&str> = edges.keys().copied().chain(reverse.keys().copied()).collect();
    // First pass: nodes in order of finishing.
    let mut finished = Vec::with_capacity(nodes.len());
    let mut seen = BTreeSet::new();
    for start in &nodes {
        if !seen.insert(*start) {
            continue;
        }
        let mut stack = vec![(*start, 0usize)];
        while let Some((node, next)) = stack.pop() {
            let targets = edges.get(node).map(Vec::as_slice).unwrap_or_default();
            if let Some(target) = targets.get(next) {
                stack.push((node, next + 1));
                if seen.insert(target) {
                    stack.push((target, 0));
                }
            } else {
                finished.push(node);
            }
        }
    }
    // Second pass, on the reversed graph, in reverse finishing order.
    let mut component = BTreeMap::new();
    for (index, start) in finished.iter().rev().enumerate() {
        if component.contains_key(start) {
            continue;
        }
        let mut stack = vec![*start];
        component.insert(*start, index);
        while let Some(node) = stack.pop() {
            for from in reverse.get(node).into_iter().flatten() {
                if !component.contains_key(from) {
                    component.insert(*from, index);
                    stack.push(from);
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn components_group_nodes_on_one_cycle() {
        let edges: BTreeMap<&str, Vec<&str>> =
            BTreeMap::from([("a", vec!["b"]), ("b", vec!["c", "d"]), ("c", vec!["a"]), ("d", vec!["d"])]);
        let components = strongly_connected(&edges);
        assert_eq!(components["a"], components["b"]);
        assert_eq!(components["a"], components["c"]);
        assert_ne!(components["a"], components["d"]);
    }

    #[test]
    fn nesting_depth_counts_the_longest_chain_once_per_cycle() {
        let alias = |target: &str| TypeDef {
            name: String::new(),
            pointer: String::new(),
            docs: crate::ir::Docs::default(),
            shape: Shape::Alias(Ty::new(TyKind::Array(Box::new(Ty::new(TyKind::Named(target.to_owned())))))),
        };
        let mut types: BTreeMap<String, TypeDef> =
            (0..50).map(|index| (format!("T{index}"), alias(&format!("T{}", index + 1)))).collect();
        types.insert("T50".to_owned(), alias("T49"));
        let depth = nesting_depth(&types, std::iter::empty());
        assert!((98..=102).contains(&depth), "a list and a type per link: {depth}");
        let nested = (0..70).fold(Ty::new(TyKind::String), |inner, _| Ty::new(TyKind::Array(Box::new(inner))));
        assert_eq!(nesting_depth(&BTreeMap::new(), std::iter::once(&nested)), 70);
    }
}
