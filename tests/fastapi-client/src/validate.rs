// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

impl crate::runtime::Validate for crate::models::Dimensions {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        {
            let value = &self.width_cm;
            crate::runtime::check_range(
                *value,
                Some((0.0, true)),
                None,
                &at.with_field("width_cm"),
            )?;
        }
        {
            let value = &self.height_cm;
            crate::runtime::check_range(
                *value,
                Some((0.0, true)),
                None,
                &at.with_field("height_cm"),
            )?;
        }
        Ok(())
    }
}

impl crate::runtime::Validate for crate::models::ItemIn {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        {
            let value = &self.name;
            crate::runtime::check_length(
                value,
                Some(1),
                Some(40),
                &at.with_field("name"),
            )?;
        }
        if let Some(Some(value)) = &self.dimensions {
            crate::runtime::Validate::validate(value, &at.with_field("dimensions"))?;
        }
        Ok(())
    }
}
