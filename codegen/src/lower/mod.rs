//! Lowering: the parsed spec -> the intermediate model, with every name decided.

mod callers;
mod cycles;
mod operations;
mod pagination;
mod shared;
mod sharing;
mod types;

use openapiv3::OpenAPI;

use crate::diagnostics::{Error, Reporter};
use crate::ir::{Api, Operation, Package, Ty};
use crate::refs::{Refs, Store};
use crate::source::Documents;

/// How deep types may nest before rustc's default recursion limit (128) needs raising: a level
/// of nesting can take up to four steps of rustc's recursion (a `Vec` is a `RawVec` of a
/// pointer), and generated code adds a few.
const RUSTC_DEFAULT_NESTING: usize = 24;

/// The model of `spec`, whose references may lead into `documents`, generated as `package`.
pub fn lower(spec: &OpenAPI, documents: Documents, package: Package, reporter: &Reporter) -> Result<Api, Error> {
    let store = Store::new(documents);
    let refs = Refs::new(spec, &store, reporter);
    let mut types = types::TypeLowering::new(spec, refs, reporter);
    types.lower_components()?;
    // Before operations are planned, which look through aliases to decide their encodings.
    types.break_alias_cycles();
    let (mut groups, paging) = operations::OperationLowering::new(spec, refs, reporter, &mut types).lower()?;
    let mut types = types.finish();
    // Components of other files that operations referred to may close cycles of their own.
    cycles::break_alias_cycles(&mut types, reporter);
    cycles::box_recursive_members(&mut types, reporter);
    sharing::share_identical_types(&mut types);
    pagination::plan(&mut groups, paging, &types, reporter);
    // After paging is planned, so that the parameters paging sets stay with their operations.
    let shared = shared::share_parameters(&mut groups);
    let operations = groups.iter().flat_map(|group| &group.operations);
    let shared_types = shared.iter().flat_map(|shared| &shared.parameters).map(|parameter| &parameter.ty);
    let outside = operations.clone().flat_map(|operation| {
        let responses = operation.responses.iter().filter_map(|case| case.payload.model());
        request_types(operation).chain(responses)
    });
    let depth = cycles::nesting_depth(&types, outside.chain(shared_types.clone()));
    callers::mark_built_by_callers(&mut types, operations.flat_map(request_types).chain(shared_types));
    Ok(Api {
        package,
        title: spec.info.title.clone(),
        description: spec.info.description.clone(),
        version: spec.info.version.clone(),
        default_base_url: spec.servers.first().map(server_url),
        groups,
        shared,
        recursion_limit: (depth > RUSTC_DEFAULT_NESTING).then(|| 4 * depth + 128),
        aliases: crate::ir::resolve_aliases(&types),
        types,
    })
}

/// The types a request of `operation` carries: its parameters' and its body's.
fn request_types(operation: &Operation) -> impl Iterator<Item = &Ty> {
    let parameters = operation.parameters.iter().map(|parameter| &parameter.ty);
    parameters.chain(operation.body.iter().filter_map(|body| body.payload.model()))
}

/// The server's URL with its variables replaced by their defaults, without a trailing slash.
fn server_url(server: &openapiv3::Server) -> String {
    let mut url = server.url.clone();
    for (name, variable) in server.variables.iter().flatten() {
        url = url.replace(&format!("{{{name}}}"), &variable.default);
    }
    url.trim_end_matches('/').to_owned()
}
