// This file is generated from spec/instance-orgs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

use crate::runtime::{FieldPath, Validate, ValidationError, check_length};

impl Validate for crate::models::InstanceOrgPost {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.name;
            check_length(value, Some(1), Some(255), &at.with_field("name"))?;
        }
        if let Some(value) = &self.description {
            check_length(value, None, Some(32767), &at.with_field("description"))?;
        }
        if let Some(value) = &self.icon_color {
            check_length(value, None, Some(64), &at.with_field("iconColor"))?;
        }
        if let Some(value) = &self.whitelisted_email_domains {
            let list_at = &at.with_field("whitelistedEmailDomains");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                check_length(item, Some(3), Some(45), &at)?;
            }
        }
        Ok(())
    }
}
