//! Lowering `x-pagination`: how an operation pages through its results, checked against its
//! query parameters and its success body once every type is final (fields may have been boxed
//! or made optional to break cycles). A declaration that does not fit is warned about and
//! ignored: the operation stays callable one page at a time.

use std::collections::BTreeMap;

use serde_json::{Map, Value};

use crate::diagnostics::{Reporter, pointer_child};
use crate::ir::{
    FieldPath, FieldStep, Group, Operation, Outcome, PageParameter, PagePosition, Pagination, Parameter,
    ParameterLocation, Payload, Shape, Ty, TyKind, TypeDef, through_aliases,
};

/// The vendor extension that declares how an operation pages.
pub const EXTENSION: &str = "x-pagination";

/// The keys a declaration may have.
const KEYS: &[&str] = &["page", "offset", "cursor", "size", "firstPage", "items", "count", "total", "next"];

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
    let count = body.path(declaration, "count")?;
    if let Some((_, ty)) = &count {
        require_integer(types, ty, "count")?;
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
    let path = |found: Option<(FieldPath, Ty)>| found.map(|(path, _)| path);
    Ok(Pagination { position, items: items.0, item, total: path(total), count: path(count) })
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
    /// The query parameter named under `key`.
    fn find(&self, key: &'static str) -> Result<&Parameter, Misfit> {
        let name = self
            .declaration
            .get(key)
            .and_then(Value::as_str)
            .ok_or_else(|| misfit(Some(key), format!("`{key}` must name a query parameter")))?;
        self.operation
            .parameters
            .iter()
            .find(|parameter| parameter.location == ParameterLocation::Query && parameter.wire_name == name)
            .ok_or_else(|| misfit(Some(key), format!("the operation has no query parameter `{name}`")))
    }

    /// The parameter named under `key`: an integer one, or a string one for a cursor.
    fn get(&self, key: &'static str, integer: bool) -> Result<PageParameter, Misfit> {
        let parameter = self.find(key)?;
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
    fn minimum(&self, key: &'static str) -> Option<i64> {
        let bound = self.find(key).ok()?.ty.constraints().minimum.filter(|bound| !bound.exclusive)?;
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

#[cfg(test)]
mod tests {
    use crate::diagnostics::Reporter;
    use crate::ir::{FieldStep, Ident, Operation, Package, PageParameter, PagePosition};
    use crate::lower::lower;
    use crate::source::Documents;

    const SPEC: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things:\n    get:\n      operationId: listThings\n      x-pagination: PAGING\n      parameters:\n        - {name: page, in: query, schema: {type: integer, default: 0}}\n        - {name: per page, in: query, schema: {type: integer, format: int32, minimum: 1, default: 50}}\n        - {name: after, in: query, schema: {type: string}}\n        - {name: Idempotency-Key, in: header, schema: {type: string}}\n      responses:\n        '200':\n          description: a page\n          content:\n            application/json:\n              schema:\n                type: object\n                required: [data]\n                properties:\n                  data: {type: array, items: {type: string}}\n                  meta:\n                    type: object\n                    properties:\n                      total: {type: integer}\n                      next: {type: string, nullable: true}\n";

    /// The operation of the spec whose `x-pagination` is `paging`, and the warnings.
    fn lowered(paging: &str) -> (Operation, Vec<String>) {
        let text = SPEC.replace("PAGING", paging);
        let spec = serde_yaml::from_str(&text).expect("test spec parses");
        let reporter = Reporter::new("api.yaml");
        let api = lower(&spec, Documents::default(), Package::default(), &reporter).expect("lowers");
        let warnings = reporter.into_warnings().iter().map(ToString::to_string).collect();
        (api.groups[0].operations[0].clone(), warnings)
    }

    fn step(name: &str, options: u8) -> FieldStep {
        FieldStep { field: Ident::new(name, false), options }
    }

    #[test]
    fn page_numbers_take_their_base_and_size_from_the_parameters() {
        let (operation, warnings) =
            lowered("{page: page, size: per page, items: data, total: /meta/total, count: /meta/total}");
        assert!(warnings.is_empty(), "{warnings:?}");
        let pagination = operation.pagination.expect("paged");
        let size = PageParameter { field: Ident::new("per_page", false), required: false, default: Some(50) };
        let page = PageParameter { field: Ident::new("page", false), required: false, default: Some(0) };
        assert_eq!(pagination.position, PagePosition::Number { parameter: page, base: 0, size: Some(size) });
        assert_eq!(pagination.items.steps, [step("data", 0)]);
        assert_eq!(pagination.total.expect("a total").steps, [step("meta", 1), step("total", 1)]);
        assert_eq!(pagination.count.expect("a count").steps, [step("meta", 1), step("total", 1)]);
        assert_eq!(operation.idempotency_key.as_deref(), Some("idempotency-key"));
    }

    #[test]
    fn cursors_lead_to_the_next_one_through_nullable_fields() {
        let (operation, warnings) = lowered("{cursor: after, items: /data, next: /meta/next, firstPage: 1}");
        assert!(warnings.is_empty(), "{warnings:?}");
        match operation.pagination.expect("paged").position {
            PagePosition::Cursor { parameter, next } => {
                assert_eq!(parameter.field.as_str(), "after");
                assert_eq!(next.steps, [step("meta", 1), step("next", 2)]);
            }
            other => panic!("expected cursors, got {other:?}"),
        }
    }

    #[test]
    fn a_declaration_that_does_not_fit_is_a_warning_and_no_streams() {
        for (paging, expected) in [
            (
                "{page: missing, items: data}",
                "/paths/~1things/get/x-pagination/page: the operation has no query parameter `missing`",
            ),
            ("{page: after, items: data}", "`page` must name an integer"),
            ("{cursor: after, items: data}", "`cursor` needs `next`"),
            ("{page: page, items: /meta}", "`items` must lead to a list"),
            ("{page: page, items: data, count: /meta/next}", "`count` must name an integer"),
            ("{page: page, items: /nowhere}", "the body has no property `nowhere`"),
            ("{page: page, offset: page, items: data}", "exactly one of"),
            ("{page: page, items: data, pageSize: 3}", "unknown key `pageSize`"),
            ("[page]", "must be an object"),
        ] {
            let (operation, warnings) = lowered(paging);
            assert!(operation.pagination.is_none(), "{paging}");
            assert!(warnings.iter().any(|warning| warning.contains(expected)), "{paging}: {warnings:?}");
            assert!(
                warnings.iter().all(|warning| warning.contains("`listThings` gets no page streams")),
                "{warnings:?}"
            );
        }
    }
}
