// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Checks of request values against the API description.

impl crate::runtime::Validate for crate::models::InstanceOrgPatch {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        if let Some(value) = &self.name {
            crate::runtime::check_length(
                value,
                Some(1),
                Some(255),
                &at.with_field("name"),
            )?;
        }
        if let Some(value) = &self.description {
            crate::runtime::check_length(
                value,
                None,
                Some(32767),
                &at.with_field("description"),
            )?;
        }
        if let Some(value) = &self.icon_color {
            crate::runtime::check_length(
                value,
                None,
                Some(64),
                &at.with_field("iconColor"),
            )?;
        }
        if let Some(value) = &self.limits {
            crate::runtime::Validate::validate(value, &at.with_field("limits"))?;
        }
        if let Some(value) = &self.whitelisted_email_domains {
            let list_at = &at.with_field("whitelistedEmailDomains");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                crate::runtime::check_length(item, Some(3), Some(45), &at)?;
            }
        }
        if let Some(value) = &self.tags {
            crate::runtime::check_items(
                value.len(),
                None,
                Some(100),
                &at.with_field("tags"),
            )?;
            let list_at = &at.with_field("tags");
            for (index, item) in value.iter().enumerate() {
                let at = list_at.with_index(index);
                crate::runtime::Validate::validate(item, &at)?;
            }
        }
        if let Some(value) = &self.referral_id {
            crate::runtime::check_length(
                value,
                None,
                Some(1024),
                &at.with_field("referralId"),
            )?;
        }
        if let Some(value) = &self.banner {
            crate::runtime::Validate::validate(value, &at.with_field("banner"))?;
        }
        Ok(())
    }
}

impl crate::runtime::Validate for crate::models::OrgBanner {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        if let Some(value) = &self.message {
            crate::runtime::check_length(
                value,
                None,
                Some(2048),
                &at.with_field("message"),
            )?;
        }
        Ok(())
    }
}

impl crate::runtime::Validate for crate::models::OrgLimits {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        if let Some(value) = &self.apitoken {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("apitoken"),
            )?;
        }
        if let Some(value) = &self.application {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("application"),
            )?;
        }
        if let Some(value) = &self.applicationcertificate {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationcertificate"),
            )?;
        }
        if let Some(value) = &self.applicationcertificateauthority {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationcertificateauthority"),
            )?;
        }
        if let Some(value) = &self.applicationkey {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationkey"),
            )?;
        }
        if let Some(value) = &self.credential {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("credential"),
            )?;
        }
        if let Some(value) = &self.dashboard {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("dashboard"),
            )?;
        }
        if let Some(value) = &self.datatable {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("datatable"),
            )?;
        }
        if let Some(value) = &self.device {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("device"),
            )?;
        }
        if let Some(value) = &self.devicerecipe {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("devicerecipe"),
            )?;
        }
        if let Some(value) = &self.experiencedomain {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experiencedomain"),
            )?;
        }
        if let Some(value) = &self.experienceendpoint {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceendpoint"),
            )?;
        }
        if let Some(value) = &self.experiencegroup {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experiencegroup"),
            )?;
        }
        if let Some(value) = &self.experienceslug {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceslug"),
            )?;
        }
        if let Some(value) = &self.experienceuser {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceuser"),
            )?;
        }
        if let Some(value) = &self.experienceversion {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceversion"),
            )?;
        }
        if let Some(value) = &self.experienceview {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceview"),
            )?;
        }
        if let Some(value) = &self.file {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("file"),
            )?;
        }
        if let Some(value) = &self.flow {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("flow"),
            )?;
        }
        if let Some(value) = &self.integration {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("integration"),
            )?;
        }
        if let Some(value) = &self.notebook {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebook"),
            )?;
        }
        if let Some(value) = &self.privatefile {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("privatefile"),
            )?;
        }
        if let Some(value) = &self.resourcejob {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("resourcejob"),
            )?;
        }
        if let Some(value) = &self.webhook {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("webhook"),
            )?;
        }
        if let Some(value) = &self.data_ttl {
            crate::runtime::check_range(
                *value as f64,
                Some((86400.0, false)),
                None,
                &at.with_field("dataTTL"),
            )?;
        }
        if let Some(value) = &self.member {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("member"),
            )?;
        }
        if let Some(value) = &self.payload {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("payload"),
            )?;
        }
        if let Some(value) = &self.storage {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("storage"),
            )?;
        }
        if let Some(value) = &self.notebook_minutes_per_run {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookMinutesPerRun"),
            )?;
        }
        if let Some(value) = &self.notebook_minutes_per_month {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookMinutesPerMonth"),
            )?;
        }
        if let Some(value) = &self.notebook_in_parallel {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("notebookInParallel"),
            )?;
        }
        if let Some(value) = &self.experience_flow_slots {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("experienceFlowSlots"),
            )?;
        }
        if let Some(value) = &self.application_flow_slots {
            crate::runtime::check_range(
                *value as f64,
                Some((0.0, false)),
                None,
                &at.with_field("applicationFlowSlots"),
            )?;
        }
        if let Some(value) = &self.system_interval {
            crate::runtime::check_range(
                *value as f64,
                Some((5.0, false)),
                Some((3600.0, false)),
                &at.with_field("systemInterval"),
            )?;
        }
        Ok(())
    }
}

impl crate::runtime::Validate for crate::models::OrgTag {
    fn validate(
        &self,
        at: &crate::runtime::FieldPath<'_>,
    ) -> ::core::result::Result<(), crate::runtime::ValidationError> {
        {
            let value = &self.key;
            crate::runtime::check_pattern(
                value,
                "^[0-9a-zA-Z_-]{1,255}$",
                &at.with_field("key"),
            )?;
        }
        {
            let value = &self.value;
            crate::runtime::check_length(
                value,
                Some(1),
                Some(255),
                &at.with_field("value"),
            )?;
        }
        Ok(())
    }
}
