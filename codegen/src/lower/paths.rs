//! When each operation's path parameters go into its path: as the method makes the request,
//! unless one of them must be checked, or encoded in a way that can fail, first.

use std::collections::BTreeMap;

use crate::ir::{
    Argument, Encoding, Group, Operation, ParameterLocation, PathFill, PathSegment, TextForm, TyKind, TypeDef,
    through_aliases,
};

/// Marks the operations whose methods fill the path from their arguments, and gives their text
/// path parameters as borrowed text, since only their text is kept.
pub fn fill_at_call(groups: &mut [Group], types: &BTreeMap<String, TypeDef>) {
    for operation in groups.iter_mut().flat_map(|group| &mut group.operations) {
        if fills_at_call(operation, types) {
            operation.path.fill = PathFill::AtCall;
            let path_parameters = operation.parameters.iter_mut().filter(|p| p.location == ParameterLocation::Path);
            for parameter in path_parameters.filter(|parameter| parameter.argument == Argument::IntoString) {
                parameter.argument = Argument::AsStr;
            }
        }
    }
}

/// Whether the template has variables, and every path parameter fills one, has no constraint
/// to check, and writes its text without failing.
fn fills_at_call(operation: &Operation, types: &BTreeMap<String, TypeDef>) -> bool {
    if !operation.path.has_parameters() {
        return false;
    }
    let in_template = |name: &str| {
        operation
            .path
            .segments
            .iter()
            .any(|segment| matches!(segment, PathSegment::Parameter { field, .. } if field.as_str() == name))
    };
    operation.parameters.iter().filter(|parameter| parameter.location == ParameterLocation::Path).all(|parameter| {
        let ty = through_aliases(types, &parameter.ty);
        let plain = !ty.constraints().restrict_values() && !matches!(ty.kind, TyKind::Bytes);
        let writes = matches!(parameter.encoding, Encoding::Path(form) if form != TextForm::Json);
        let argument = matches!(parameter.argument, Argument::Value | Argument::IntoString);
        plain && writes && argument && parameter.required && in_template(parameter.rust_name.as_str())
    })
}
