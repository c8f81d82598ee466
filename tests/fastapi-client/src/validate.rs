// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

use crate::runtime::{FieldPath, Validate, ValidationError, check_length, check_range};

impl Validate for crate::models::Dimensions {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.width_cm;
            check_range(*value, Some((0.0, true)), None, &at.with_field("width_cm"))?;
        }
        {
            let value = &self.height_cm;
            check_range(*value, Some((0.0, true)), None, &at.with_field("height_cm"))?;
        }
        Ok(())
    }
}

impl Validate for crate::models::ItemIn {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.name;
            check_length(value, Some(1), Some(40), &at.with_field("name"))?;
        }
        if let Some(Some(value)) = &self.dimensions {
            Validate::validate(value, &at.with_field("dimensions"))?;
        }
        Ok(())
    }
}
