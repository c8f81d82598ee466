//! Which structs callers build: those a request carries, as a parameter or in its body, at any
//! depth. Responses' structs are only ever read, so they need no way to build them.

use std::collections::{BTreeMap, BTreeSet};

use super::cycles::named_in;
use crate::ir::{Shape, Ty, TypeDef, shape_types};

/// Marks every struct reachable from `requests` as built by callers.
pub fn mark_built_by_callers<'a>(types: &mut BTreeMap<String, TypeDef>, requests: impl Iterator<Item = &'a Ty>) {
    let mut pending: Vec<String> = requests.flat_map(named_in).map(|(name, _)| name.to_owned()).collect();
    let mut reached = BTreeSet::new();
    while let Some(name) = pending.pop() {
        if reached.contains(&name) {
            continue;
        }
        if let Some(def) = types.get(&name) {
            let members = shape_types(&def.shape).into_iter().flat_map(named_in);
            pending.extend(members.map(|(member, _)| member.to_owned()));
        }
        reached.insert(name);
    }
    for name in reached {
        if let Some(TypeDef { shape: Shape::Struct(shape), .. }) = types.get_mut(&name) {
            shape.built_by_callers = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Docs, Field, Ident, Struct, TyKind};

    fn structure(name: &str, fields: &[&str]) -> (String, TypeDef) {
        let fields = fields
            .iter()
            .map(|target| Field {
                rust_name: Ident::new(target.to_lowercase(), false),
                wire_name: target.to_lowercase(),
                ty: Ty::new(TyKind::Array(Box::new(Ty::new(TyKind::Named((*target).to_owned()))))),
                required: true,
                nullable: false,
                boxed: false,
                docs: Docs::default(),
            })
            .collect();
        let shape = Shape::Struct(Struct { fields, additional: None, built_by_callers: false });
        (name.to_owned(), TypeDef { name: name.to_owned(), pointer: String::new(), docs: Docs::default(), shape })
    }

    #[test]
    fn only_structs_a_request_reaches_are_built_by_callers() {
        let mut types: BTreeMap<String, TypeDef> =
            [structure("Body", &["Item"]), structure("Item", &["Body"]), structure("Reply", &["Item"])].into();
        let body = Ty::new(TyKind::Named("Body".to_owned()));
        mark_built_by_callers(&mut types, [&body].into_iter());
        let built = |name: &str| matches!(&types[name].shape, Shape::Struct(shape) if shape.built_by_callers);
        assert!(built("Body") && built("Item"));
        assert!(!built("Reply"), "a struct only responses carry is not built by callers");
    }
}
