// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

use crate::runtime::{
    FieldPath, Validate, ValidationError, check_items, check_length, check_pattern,
    check_range,
};

impl Validate for crate::models::InstanceOrgPatch {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        if let Some(value) = &self.name {
            check_length(value, Some(1), Some(255), &at.with_field("name"))?;
        }
        if let Some(value) = &self.description {
            check_length(value, None, Some(32767), &at.with_field("description"))?;
        }
        if let Some(value) = &self.icon_color {
            check_length(value, None, Some(64), &at.with_field("iconColor"))?;
        }
        if let Some(value) = &self.limits {
            Validate::validate(value, &at.with_field("limits"))?;
        }
        if let Some(value) = &self.whitelisted_email_domains {
            let list_at = &at.with_field("whitelistedEmailDomains");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                check_length(item, Some(3), Some(45), &at)?;
            }
        }
        if let Some(value) = &self.tags {
            check_items(value.len(), None, Some(100), &at.with_field("tags"))?;
            let list_at = &at.with_field("tags");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                Validate::validate(item, &at)?;
            }
        }
        if let Some(value) = &self.referral_id {
            check_length(value, None, Some(1024), &at.with_field("referralId"))?;
        }
        if let Some(value) = &self.banner {
            Validate::validate(value, &at.with_field("banner"))?;
        }
        Ok(())
    }
}

impl Validate for crate::models::OrgBanner {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        if let Some(value) = &self.message {
            check_length(value, None, Some(2048), &at.with_field("message"))?;
        }
        Ok(())
    }
}

impl Validate for crate::models::OrgLimits {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        if let Some(value) = &self.apitoken {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("apitoken"),
            )?;
        }
        if let Some(value) = &self.application {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("application"),
            )?;
        }
        if let Some(value) = &self.applicationcertificate {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationcertificate"),
            )?;
        }
        if let Some(value) = &self.applicationcertificateauthority {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationcertificateauthority"),
            )?;
        }
        if let Some(value) = &self.applicationkey {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationkey"),
            )?;
        }
        if let Some(value) = &self.credential {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("credential"),
            )?;
        }
        if let Some(value) = &self.dashboard {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("dashboard"),
            )?;
        }
        if let Some(value) = &self.datatable {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("datatable"),
            )?;
        }
        if let Some(value) = &self.device {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("device"),
            )?;
        }
        if let Some(value) = &self.devicerecipe {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("devicerecipe"),
            )?;
        }
        if let Some(value) = &self.experiencedomain {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experiencedomain"),
            )?;
        }
        if let Some(value) = &self.experienceendpoint {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceendpoint"),
            )?;
        }
        if let Some(value) = &self.experiencegroup {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experiencegroup"),
            )?;
        }
        if let Some(value) = &self.experienceslug {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceslug"),
            )?;
        }
        if let Some(value) = &self.experienceuser {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceuser"),
            )?;
        }
        if let Some(value) = &self.experienceversion {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceversion"),
            )?;
        }
        if let Some(value) = &self.experienceview {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceview"),
            )?;
        }
        if let Some(value) = &self.file {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("file"),
            )?;
        }
        if let Some(value) = &self.flow {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("flow"),
            )?;
        }
        if let Some(value) = &self.integration {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("integration"),
            )?;
        }
        if let Some(value) = &self.notebook {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebook"),
            )?;
        }
        if let Some(value) = &self.privatefile {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("privatefile"),
            )?;
        }
        if let Some(value) = &self.resourcejob {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("resourcejob"),
            )?;
        }
        if let Some(value) = &self.webhook {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("webhook"),
            )?;
        }
        if let Some(value) = &self.data_ttl {
            check_range(
                *value as f64,
                Some((86400.0, false)),
                None,
                &at.with_field("dataTTL"),
            )?;
        }
        if let Some(value) = &self.member {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("member"),
            )?;
        }
        if let Some(value) = &self.payload {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("payload"),
            )?;
        }
        if let Some(value) = &self.storage {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("storage"),
            )?;
        }
        if let Some(value) = &self.notebook_minutes_per_run {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookMinutesPerRun"),
            )?;
        }
        if let Some(value) = &self.notebook_minutes_per_month {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookMinutesPerMonth"),
            )?;
        }
        if let Some(value) = &self.notebook_in_parallel {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookInParallel"),
            )?;
        }
        if let Some(value) = &self.experience_flow_slots {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceFlowSlots"),
            )?;
        }
        if let Some(value) = &self.application_flow_slots {
            check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationFlowSlots"),
            )?;
        }
        if let Some(value) = &self.system_interval {
            check_range(
                *value as f64,
                Some((5.0, false)),
                Some((3600.0, false)),
                &at.with_field("systemInterval"),
            )?;
        }
        Ok(())
    }
}

impl Validate for crate::models::OrgTag {
    fn validate(&self, at: &FieldPath<'_>) -> Result<(), ValidationError> {
        {
            let value = &self.key;
            check_pattern(value, "^[0-9a-zA-Z_-]{1,255}$", &at.with_field("key"))?;
        }
        {
            let value = &self.value;
            check_length(value, Some(1), Some(255), &at.with_field("value"))?;
        }
        Ok(())
    }
}
