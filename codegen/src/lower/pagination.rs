//! Lowering `x-pagination`: how an operation pages through its results, checked against its
//! query parameters and its success body once every type is final (fields may have been boxed
//! or made optional to break cycles). A declaration that does not fit is warned about and
//! ignored: the operation stays callable one page at a time.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::diagnostics::{Reporter, pointer_child};
use crate::ir::{
    FieldPath, FieldStep, Group, Operation, Outcome, PageParameter, PagePosition, Pagination, ParameterLocation,
    Payload, Shape, Ty, TyKind, TypeDef, through_aliases,
};

/// The vendor extension that declares how an operation pages.
pub const EXTENSION: &str = "x-pagination";

/// The keys a declaration may have.
const KEYS: &[&str] = &["page", "offset", "cursor", "size", "firstPage", "items", "total", "next"];

/// An operation's declaration, found while lowering operations, planned once types are final.
pub struct Declared {
    pub group: usize,
    pub operation: usize,
    pub value: Value,
    /// Where the declaration is: the extension's pointer.
    pub pointer: String,
}

/// Sets the pagination of each declaring operation whose declaration fits it.
pub fn plan(groups: &mut [Group], declared: Vec<Declared>, types: &BTreeMap<String, TypeDef>, reporter: &Reporter) {
    for declaration in declared {
        let Some(operation) =
            groups.get_mut(declaration.group).and_then(|group| group.operations.get_mut(declaration.operation))
        else {
            continue;
        };
        match pagination(operation, &declaration.value, types) {
            Ok(pagination) => operation.pagination = Some(pagination),
            Err(Misfit { key, message }) => {
                let pointer = key.map_or(declaration.pointer.clone(), |key| pointer_child(&declaration.pointer, key));
                let message = format!("{message}; `{}` gets no page streams", operation.id);
                reporter.warn(&pointer, message);
            }
        }
    }
}

/// Why a declaration does not fit its operation, and under which key.
struct Misfit {
    key: Option<&'static str>,
    message: String,
}

fn misfit(key: Option<&'static str>, message: impl Into<String>) -> Misfit {
    Misfit { key, message: message.into() }
}

fn pagination(operation: &Operation, value: &Value, types: &BTreeMap<String, TypeDef>) -> Result<Pagination, Misfit> {
    let Value::Object(declaration) = value else {
        return Err(misfit(None, format!("`{EXTENSION}` must be an object")));
    };
    if let Some(unknown) = declaration.keys().find(|key| !KEYS.contains(&key.as_str())) {
        return Err(misfit(None, format!("`{EXTENSION}` has an unknown key `{unknown}` (known: {})", KEYS.join(", "))));
    }
    let Outcome::Single(Payload::Json(body)) = &operation.success else {
        return Err(misfit(None, "paging needs one JSON success body"));
    };
    let body = Body { ty: body, types };
    let items = body.path(declaration, "items")?.ok_or_else(|| misfit(None, "`items` is required"))?;
    let item = match &through_aliases(types, &items.1).kind {
        TyKind::Array(item) => (**item).clone(),
        _ => return Err(misfit(Some("items"), "`items` must lead to a list")),
    };
    let total = body.path(declaration, "total")?;
    if let Some((_, ty)) = &total {
        require_integer(types, ty, "total")?;
    }
    let parameters = Parameters { operation, types, declaration };
    let styles: Vec<&'static str> =
        ["page", "offset", "cursor"].into_iter().filter(|key| declaration.contains_key(*key)).collect();
    let position = match styles.as_slice() {
        ["page"] => {
            let parameter = parameters.get("page", true)?;
            let base = match declaration.get("firstPage") {
                Some(first) => {
                    first.as_i64().ok_or_else(|| misfit(Some("firstPage"), "`firstPage` must be an integer"))?
                }
                None => parameter.default.or(parameters.minimum("page")).unwrap_or(1),
            };
            PagePosition::Number { parameter, base, size: parameters.optional("size")? }
        }
        ["offset"] => {
            PagePosition::Offset { parameter: parameters.get("offset", true)?, size: parameters.optional("size")? }
        }
        ["cursor"] => {
            let next = body.path(declaration, "next")?.ok_or_else(|| misfit(None, "`cursor` needs `next`"))?;
            if through_aliases(types, &next.1).kind != TyKind::String {
                return Err(misfit(Some("next"), "`next` must lead to a string"));
            }
            PagePosition::Cursor { parameter: parameters.get("cursor", false)?, next: next.0 }
        }
        _ => return Err(misfit(None, "exactly one of `page`, `offset` and `cursor` says how the operation pages")),
    };
    Ok(Pagination { position, items: items.0, item, total: total.map(|(path, _)| path) })
}

fn require_integer(types: &BTreeMap<String, TypeDef>, ty: &Ty, key: &'static str) -> Result<(), Misfit> {
    match through_aliases(types, ty).kind {
        TyKind::Integer(_) => Ok(()),
        _ => Err(misfit(Some(key), format!("`{key}` must name an integer"))),
    }
}

/// The query parameters a declaration names.
struct Parameters<'a> {
    operation: &'a Operation,
    types: &'a BTreeMap<String, TypeDef>,
    declaration: &'a Map<String, Value>,
}

impl Parameters<'_> {
    /// The parameter named under `key`: an integer one, or a string one for a cursor.
    fn get(&self, key: &'static str, integer: bool) -> Result<PageParameter, Misfit> {
        let name = self
            .declaration
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| misfit(Some(key), format!("`{key}` must name a query parameter")))?;
        let parameter = self
            .operation
            .parameters
            .iter()
            .find(|parameter| parameter.location == ParameterLocation::Query && parameter.wire_name == name)
            .ok_or_else(|| misfit(Some(key), format!("the operation has no query parameter `{name}`")))?;
        if integer {
            require_integer(self.types, &parameter.ty, key)?;
        } else if through_aliases(self.types, &parameter.ty).kind != TyKind::String {
            return Err(misfit(Some(key), format!("`{key}` must name a string parameter")));
        }
        let default = parameter.ty.constraints().default.as_ref().and_then(Value::as_i64);
        Ok(PageParameter { field: parameter.rust_name.clone(), required: parameter.required, default })
    }

    fn optional(&self, key: &'static str) -> Result<Option<PageParameter>, Misfit> {
        if self.declaration.contains_key(key) { self.get(key, true).map(Some) } else { Ok(None) }
    }

    /// The inclusive minimum of the parameter named under `key`, when it is a whole number.
    fn minimum(&self, key: &str) -> Option<i64> {
        let name = self.declaration.get(key).and_then(Value::as_str)?;
        let parameter = self.operation.parameters.iter().find(|parameter| parameter.wire_name == name)?;
        let bound = parameter.ty.constraints().minimum.filter(|bound| !bound.exclusive)?;
        (bound.value.fract() == 0.0 && bound.value.abs() < 1e15).then_some(bound.value as i64)
    }
}

/// The success body that paths in the declaration lead into.
struct Body<'a> {
    ty: &'a Ty,
    types: &'a BTreeMap<String, TypeDef>,
}

impl Body<'_> {
    /// The fields the JSON pointer (or bare property name) under `key` leads through, and the
    /// type at its end; `None` when the declaration has no `key`.
    fn path(&self, declaration: &Map<String, Value>, key: &'static str) -> Result<Option<(FieldPath, Ty)>, Misfit> {
        let Some(value) = declaration.get(key) else { return Ok(None) };
        let text = value.as_str().ok_or_else(|| misfit(Some(key), format!("`{key}` must be a JSON pointer")))?;
        let segments: Vec<String> = match text.strip_prefix('/') {
            Some(pointer) => pointer.split('/').map(|segment| segment.replace("~1", "/").replace("~0", "~")).collect(),
            None => vec![text.to_owned()],
        };
        let mut steps = Vec::with_capacity(segments.len());
        let mut ty = self.ty.clone();
        for segment in &segments {
            let fields = match &through_aliases(self.types, &ty).kind {
                TyKind::Named(name) => match self.types.get(name).map(|def| &def.shape) {
                    Some(Shape::Struct(shape)) => &shape.fields,
                    _ => return Err(misfit(Some(key), format!("`{text}` does not lead through objects"))),
                },
                _ => return Err(misfit(Some(key), format!("`{text}` does not lead through objects"))),
            };
            let field = fields
                .iter()
                .find(|field| field.wire_name == *segment)
                .ok_or_else(|| misfit(Some(key), format!("the body has no property `{segment}` at `{text}`")))?;
            if field.boxed {
                return Err(misfit(Some(key), format!("`{text}` leads through a recursive property")));
            }
            let options = match (field.required, field.nullable) {
                (true, false) => 0,
                (false, true) => 2,
                _ => 1,
            };
            steps.push(FieldStep { field: field.rust_name.clone(), options });
            ty = field.ty.clone();
        }
        Ok(Some((FieldPath { steps }, ty)))
    }
}
