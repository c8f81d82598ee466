// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

use crate::runtime::{FieldPath, Validate, ValidationError, check_length};

impl Validate for crate::models::Item {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.name;
            check_length(value, Some(1), None, &at.with_field("name"))?;
        }
        Ok(())
    }
}

impl Validate for crate::models::SubmitFormBody {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.name;
            check_length(value, Some(1), None, &at.with_field("name"))?;
        }
        Ok(())
    }
}
