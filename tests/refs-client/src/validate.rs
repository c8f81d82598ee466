// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

use crate::runtime::{FieldPath, Validate, ValidationError, check_length, check_pattern};

impl Validate for crate::models::PutLabelBody {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.text;
            check_length(value, None, Some(40), &at.with_field("text"))?;
        }
        Ok(())
    }
}

impl Validate for crate::models::Thing {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.id;
            check_pattern(value, "^(?!none$)[a-z0-9-]+$", &at.with_field("id"))?;
        }
        if let Some(value) = &self.parts {
            let list_at = &at.with_field("parts");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                Validate::validate(item, &at)?;
            }
        }
        Ok(())
    }
}
