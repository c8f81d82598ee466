//! Lowering: the parsed spec -> the intermediate model, with every name decided.

mod types;

use openapiv3::OpenAPI;

use crate::diagnostics::{Error, Reporter};
use crate::ir::Api;
use crate::refs::Refs;

pub fn lower(spec: &OpenAPI, reporter: &Reporter) -> Result<Api, Error> {
    let refs = Refs::new(spec, reporter);
    let mut types = types::TypeLowering::new(spec, refs, reporter);
    types.lower_components()?;
    Ok(Api {
        title: spec.info.title.clone(),
        description: spec.info.description.clone(),
        version: spec.info.version.clone(),
        types: types.finish(),
    })
}
