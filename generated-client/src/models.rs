// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// Device counts for one day.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeviceCountEntry {
    /// The day counted.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Devices created that day.
    pub created: Option<i64>,
    /// Devices deleted that day.
    pub deleted: Option<i64>,
    /// Devices in total at the end of the day.
    pub total: Option<i64>,
}

impl Serialize for DeviceCountEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("date", &self.date);
        object.optional("created", &self.created);
        object.optional("deleted", &self.deleted);
        object.optional("total", &self.total);
        object.end()
    }
}

impl<'de> Deserialize<'de> for DeviceCountEntry {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            date: object.optional("date"),
            created: object.optional("created"),
            deleted: object.optional("deleted"),
            total: object.optional("total"),
        };
        object.finish(value)
    }
}

/// Device counts by day.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct DeviceCounts {
    /// Start of the range.
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per day of the range.
    pub counts: Option<Vec<DeviceCountEntry>>,
}

impl Serialize for DeviceCounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("start", &self.start);
        object.optional("end", &self.end);
        object.optional("counts", &self.counts);
        object.end()
    }
}

impl<'de> Deserialize<'de> for DeviceCounts {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            start: object.optional("start"),
            end: object.optional("end"),
            counts: object.optional("counts"),
        };
        object.finish(value)
    }
}

/// Why a request failed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Error {
    /// The kind of error.
    pub r#type: Option<String>,
    /// A human-readable explanation.
    pub message: Option<String>,
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("type", &self.r#type);
        object.optional("message", &self.message);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            r#type: object.optional("type"),
            message: object.optional("message"),
        };
        object.finish(value)
    }
}

/// An organization owned by an instance.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrg {
    /// When the organization was created.
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the organization was last changed.
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: OrgName,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub org_id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub instance_id: Option<ObjectId>,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    pub description: Option<String>,
    /// The color of the organization's icon.
    ///
    /// Length: at most 64 characters.
    pub icon_color: Option<String>,
    /// Resource limits of the organization. A limit that is absent is not enforced.
    pub limits: Option<OrgLimits>,
    /// Counts of the resources the organization owns, as selected by `summaryInclude`.
    pub summary: Option<InstanceOrgSummary>,
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    pub whitelisted_email_domains: Option<WhitelistedEmailDomains>,
    /// Whether the organization keeps an audit log.
    pub audit_log_enabled: Option<bool>,
    /// When the organization was disabled, or `false` when it is enabled.
    pub disabled_at: Option<InstanceOrgDisabledAt>,
    /// Whether the organization is read-only.
    pub is_read_only: Option<bool>,
    /// The organization's tags.
    ///
    /// Number of items: at most 100.
    pub tags: Option<OrgTags>,
    /// The referral the organization came from.
    ///
    /// Length: at most 1024 characters.
    pub referral_id: Option<String>,
    /// Whether members of the organization must use multi-factor authentication.
    pub mfa_mode: Option<MfaMode>,
    /// A banner shown to every member of the organization.
    pub banner: Option<OrgBanner>,
    /// The organization's billing plan.
    ///
    /// Length: at most 1024 characters.
    pub plan_id: Option<String>,
    /// The organization's billing customer.
    ///
    /// Length: at most 1024 characters.
    pub customer_id: Option<String>,
    /// The organization's billing subscription.
    ///
    /// Length: at most 1024 characters.
    pub subscription_id: Option<String>,
    /// Where billing email is sent.
    ///
    /// Length: at most 1024 characters. Format: `email`.
    pub billing_email: Option<String>,
    /// The state of the organization's subscription.
    pub subscription_status: Option<InstanceOrgSubscriptionStatus>,
    /// Start of the current billing period.
    pub current_period_start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the current billing period.
    pub current_period_end: Option<chrono::DateTime<chrono::Utc>>,
}

impl Serialize for InstanceOrg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("creationDate", &self.creation_date);
        object.optional("lastUpdated", &self.last_updated);
        object.required("name", &self.name);
        object.optional("id", &self.id);
        object.optional("orgId", &self.org_id);
        object.optional("instanceId", &self.instance_id);
        object.optional("description", &self.description);
        object.optional("iconColor", &self.icon_color);
        object.optional("limits", &self.limits);
        object.optional("summary", &self.summary);
        object.optional("whitelistedEmailDomains", &self.whitelisted_email_domains);
        object.optional("auditLogEnabled", &self.audit_log_enabled);
        object.optional("disabledAt", &self.disabled_at);
        object.optional("isReadOnly", &self.is_read_only);
        object.optional("tags", &self.tags);
        object.optional("referralId", &self.referral_id);
        object.optional("mfaMode", &self.mfa_mode);
        object.optional("banner", &self.banner);
        object.optional("planId", &self.plan_id);
        object.optional("customerId", &self.customer_id);
        object.optional("subscriptionId", &self.subscription_id);
        object.optional("billingEmail", &self.billing_email);
        object.optional("subscriptionStatus", &self.subscription_status);
        object.optional("currentPeriodStart", &self.current_period_start);
        object.optional("currentPeriodEnd", &self.current_period_end);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrg {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            creation_date: object.optional("creationDate"),
            last_updated: object.optional("lastUpdated"),
            id: object.optional("id"),
            org_id: object.optional("orgId"),
            instance_id: object.optional("instanceId"),
            description: object.optional("description"),
            icon_color: object.optional("iconColor"),
            limits: object.optional("limits"),
            summary: object.optional("summary"),
            whitelisted_email_domains: object.optional("whitelistedEmailDomains"),
            audit_log_enabled: object.optional("auditLogEnabled"),
            disabled_at: object.optional("disabledAt"),
            is_read_only: object.optional("isReadOnly"),
            tags: object.optional("tags"),
            referral_id: object.optional("referralId"),
            mfa_mode: object.optional("mfaMode"),
            banner: object.optional("banner"),
            plan_id: object.optional("planId"),
            customer_id: object.optional("customerId"),
            subscription_id: object.optional("subscriptionId"),
            billing_email: object.optional("billingEmail"),
            subscription_status: object.optional("subscriptionStatus"),
            current_period_start: object.optional("currentPeriodStart"),
            current_period_end: object.optional("currentPeriodEnd"),
        };
        object.finish(value)
    }
}

/// When the organization was disabled, or `false` when it is enabled.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum InstanceOrgDisabledAt {
    /// Always `false`; the organization is enabled.
    Enabled(bool),
    /// When the organization was disabled.
    DisabledSince(chrono::DateTime<chrono::Utc>),
}

/// Changes to an organization; properties left out stay as they are.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InstanceOrgPatch {
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: Option<OrgName>,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    pub description: Option<String>,
    /// The color of the organization's icon.
    ///
    /// Length: at most 64 characters.
    pub icon_color: Option<String>,
    /// Resource limits of the organization. A limit that is absent is not enforced.
    pub limits: Option<OrgLimits>,
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    pub whitelisted_email_domains: Option<WhitelistedEmailDomains>,
    /// Whether the organization keeps an audit log.
    pub audit_log_enabled: Option<bool>,
    /// Disable the organization from a date and time, or enable (`false`) or disable (`true`) it now.
    pub disabled_at: Option<InstanceOrgPatchDisabledAt>,
    /// Whether the organization is read-only.
    pub is_read_only: Option<bool>,
    /// The organization's tags.
    ///
    /// Number of items: at most 100.
    pub tags: Option<OrgTags>,
    /// The referral the organization came from.
    ///
    /// Length: at most 1024 characters.
    pub referral_id: Option<String>,
    /// Whether members of the organization must use multi-factor authentication.
    pub mfa_mode: Option<MfaMode>,
    /// A banner shown to every member of the organization.
    pub banner: Option<OrgBanner>,
}

impl Serialize for InstanceOrgPatch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("name", &self.name);
        object.optional("description", &self.description);
        object.optional("iconColor", &self.icon_color);
        object.optional("limits", &self.limits);
        object.optional("whitelistedEmailDomains", &self.whitelisted_email_domains);
        object.optional("auditLogEnabled", &self.audit_log_enabled);
        object.optional("disabledAt", &self.disabled_at);
        object.optional("isReadOnly", &self.is_read_only);
        object.optional("tags", &self.tags);
        object.optional("referralId", &self.referral_id);
        object.optional("mfaMode", &self.mfa_mode);
        object.optional("banner", &self.banner);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgPatch {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.optional("name"),
            description: object.optional("description"),
            icon_color: object.optional("iconColor"),
            limits: object.optional("limits"),
            whitelisted_email_domains: object.optional("whitelistedEmailDomains"),
            audit_log_enabled: object.optional("auditLogEnabled"),
            disabled_at: object.optional("disabledAt"),
            is_read_only: object.optional("isReadOnly"),
            tags: object.optional("tags"),
            referral_id: object.optional("referralId"),
            mfa_mode: object.optional("mfaMode"),
            banner: object.optional("banner"),
        };
        object.finish(value)
    }
}

/// Disable the organization from a date and time, or enable (`false`) or disable (`true`) it now.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum InstanceOrgPatchDisabledAt {
    /// Disable the organization from this date and time.
    DisableFrom(chrono::DateTime<chrono::Utc>),
    /// Disable (`true`) or enable (`false`) the organization now.
    Disabled(bool),
}

/// The state of the organization's subscription.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum InstanceOrgSubscriptionStatus {
    /// The value `trialing`.
    Trialing,
    /// The value `active`.
    Active,
    /// The value `past_due`.
    PastDue,
    /// The value `canceled`.
    Canceled,
    /// The value `unpaid`.
    Unpaid,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for InstanceOrgSubscriptionStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for InstanceOrgSubscriptionStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "trialing" => Self::Trialing,
                "active" => Self::Active,
                "past_due" => Self::PastDue,
                "canceled" => Self::Canceled,
                "unpaid" => Self::Unpaid,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl InstanceOrgSubscriptionStatus {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Trialing => "trialing",
            Self::Active => "active",
            Self::PastDue => "past_due",
            Self::Canceled => "canceled",
            Self::Unpaid => "unpaid",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for InstanceOrgSubscriptionStatus {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Counts of the resources the organization owns, as selected by `summaryInclude`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrgSummary {
    /// Number of API tokens.
    pub api_token_count: Option<i64>,
    /// Number of applications.
    pub app_count: Option<i64>,
    /// Number of application certificates.
    pub certificate_count: Option<i64>,
    /// Number of application certificate authorities.
    pub certificate_authority_count: Option<i64>,
    /// Number of credentials.
    pub credential_count: Option<i64>,
    /// Number of dashboards.
    pub dash_count: Option<i64>,
    /// Number of data tables.
    pub data_table_count: Option<i64>,
    /// Number of devices.
    pub device_count: Option<i64>,
    /// Number of device recipes.
    pub device_recipe_count: Option<i64>,
    /// Number of events.
    pub event_count: Option<i64>,
    /// Number of experience domains.
    pub experience_domain_count: Option<i64>,
    /// Number of experience endpoints.
    pub experience_endpoint_count: Option<i64>,
    /// Number of experience groups.
    pub experience_group_count: Option<i64>,
    /// Number of experience slugs.
    pub experience_slug_count: Option<i64>,
    /// Number of experience users.
    pub experience_user_count: Option<i64>,
    /// Number of experience versions.
    pub experience_version_count: Option<i64>,
    /// Number of experience views.
    pub experience_view_count: Option<i64>,
    /// Number of files.
    pub file_count: Option<i64>,
    /// Number of workflows.
    pub flow_count: Option<i64>,
    /// Number of integrations.
    pub integration_count: Option<i64>,
    /// Number of application keys.
    pub key_count: Option<i64>,
    /// Number of notebooks.
    pub notebook_count: Option<i64>,
    /// Number of private files.
    pub private_file_count: Option<i64>,
    /// Number of resource jobs.
    pub resource_job_count: Option<i64>,
    /// Number of webhooks.
    pub webhook_count: Option<i64>,
    /// Number of members.
    pub member_count: Option<i64>,
    /// Number of invitations not yet accepted.
    pub pending_invite_count: Option<i64>,
    /// Payload Stats
    ///
    /// Schema for the result of a payload stats request
    pub payload_count: Option<PayloadStats>,
    /// File storage used by the organization.
    pub storage_stats: Option<InstanceOrgSummaryStorageStats>,
    /// Notebook usage in the current billing period.
    pub notebook_stats: Option<InstanceOrgSummaryNotebookStats>,
}

impl Serialize for InstanceOrgSummary {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("apiTokenCount", &self.api_token_count);
        object.optional("appCount", &self.app_count);
        object.optional("certificateCount", &self.certificate_count);
        object.optional("certificateAuthorityCount", &self.certificate_authority_count);
        object.optional("credentialCount", &self.credential_count);
        object.optional("dashCount", &self.dash_count);
        object.optional("dataTableCount", &self.data_table_count);
        object.optional("deviceCount", &self.device_count);
        object.optional("deviceRecipeCount", &self.device_recipe_count);
        object.optional("eventCount", &self.event_count);
        object.optional("experienceDomainCount", &self.experience_domain_count);
        object.optional("experienceEndpointCount", &self.experience_endpoint_count);
        object.optional("experienceGroupCount", &self.experience_group_count);
        object.optional("experienceSlugCount", &self.experience_slug_count);
        object.optional("experienceUserCount", &self.experience_user_count);
        object.optional("experienceVersionCount", &self.experience_version_count);
        object.optional("experienceViewCount", &self.experience_view_count);
        object.optional("fileCount", &self.file_count);
        object.optional("flowCount", &self.flow_count);
        object.optional("integrationCount", &self.integration_count);
        object.optional("keyCount", &self.key_count);
        object.optional("notebookCount", &self.notebook_count);
        object.optional("privateFileCount", &self.private_file_count);
        object.optional("resourceJobCount", &self.resource_job_count);
        object.optional("webhookCount", &self.webhook_count);
        object.optional("memberCount", &self.member_count);
        object.optional("pendingInviteCount", &self.pending_invite_count);
        object.optional("payloadCount", &self.payload_count);
        object.optional("storageStats", &self.storage_stats);
        object.optional("notebookStats", &self.notebook_stats);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgSummary {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            api_token_count: object.optional("apiTokenCount"),
            app_count: object.optional("appCount"),
            certificate_count: object.optional("certificateCount"),
            certificate_authority_count: object.optional("certificateAuthorityCount"),
            credential_count: object.optional("credentialCount"),
            dash_count: object.optional("dashCount"),
            data_table_count: object.optional("dataTableCount"),
            device_count: object.optional("deviceCount"),
            device_recipe_count: object.optional("deviceRecipeCount"),
            event_count: object.optional("eventCount"),
            experience_domain_count: object.optional("experienceDomainCount"),
            experience_endpoint_count: object.optional("experienceEndpointCount"),
            experience_group_count: object.optional("experienceGroupCount"),
            experience_slug_count: object.optional("experienceSlugCount"),
            experience_user_count: object.optional("experienceUserCount"),
            experience_version_count: object.optional("experienceVersionCount"),
            experience_view_count: object.optional("experienceViewCount"),
            file_count: object.optional("fileCount"),
            flow_count: object.optional("flowCount"),
            integration_count: object.optional("integrationCount"),
            key_count: object.optional("keyCount"),
            notebook_count: object.optional("notebookCount"),
            private_file_count: object.optional("privateFileCount"),
            resource_job_count: object.optional("resourceJobCount"),
            webhook_count: object.optional("webhookCount"),
            member_count: object.optional("memberCount"),
            pending_invite_count: object.optional("pendingInviteCount"),
            payload_count: object.optional("payloadCount"),
            storage_stats: object.optional("storageStats"),
            notebook_stats: object.optional("notebookStats"),
        };
        object.finish(value)
    }
}

/// Notebook usage in the current billing period.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrgSummaryNotebookStats {
    /// Number of notebook runs not yet finished.
    pub awaiting_completion: Option<i64>,
    /// Notebook minutes used this period.
    pub minutes_this_period: Option<i64>,
    /// Notebook runs this period.
    pub runs_this_period: Option<i64>,
}

impl Serialize for InstanceOrgSummaryNotebookStats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("awaitingCompletion", &self.awaiting_completion);
        object.optional("minutesThisPeriod", &self.minutes_this_period);
        object.optional("runsThisPeriod", &self.runs_this_period);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgSummaryNotebookStats {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            awaiting_completion: object.optional("awaitingCompletion"),
            minutes_this_period: object.optional("minutesThisPeriod"),
            runs_this_period: object.optional("runsThisPeriod"),
        };
        object.finish(value)
    }
}

/// File storage used by the organization.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrgSummaryStorageStats {
    /// Number of stored files.
    pub count: Option<i64>,
    /// Total size of the stored files in bytes.
    pub size: Option<i64>,
}

impl Serialize for InstanceOrgSummaryStorageStats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("count", &self.count);
        object.optional("size", &self.size);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgSummaryStorageStats {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            count: object.optional("count"),
            size: object.optional("size"),
        };
        object.finish(value)
    }
}

/// Whether members of the organization must use multi-factor authentication.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MfaMode {
    /// The value `notRequired`.
    NotRequired,
    /// The value `adminRequired`.
    AdminRequired,
    /// The value `required`.
    Required,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for MfaMode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for MfaMode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "notRequired" => Self::NotRequired,
                "adminRequired" => Self::AdminRequired,
                "required" => Self::Required,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl MfaMode {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotRequired => "notRequired",
            Self::AdminRequired => "adminRequired",
            Self::Required => "required",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MfaMode {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Notebook usage for one day.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotebookMinuteCountEntry {
    /// The day counted.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Notebook minutes used.
    pub minutes: Option<i64>,
    /// Runs that completed.
    pub completed: Option<i64>,
    /// Runs that were canceled.
    pub canceled: Option<i64>,
    /// Runs that failed.
    pub errored: Option<i64>,
    /// Runs that timed out.
    pub timeout: Option<i64>,
}

impl Serialize for NotebookMinuteCountEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("date", &self.date);
        object.optional("minutes", &self.minutes);
        object.optional("completed", &self.completed);
        object.optional("canceled", &self.canceled);
        object.optional("errored", &self.errored);
        object.optional("timeout", &self.timeout);
        object.end()
    }
}

impl<'de> Deserialize<'de> for NotebookMinuteCountEntry {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            date: object.optional("date"),
            minutes: object.optional("minutes"),
            completed: object.optional("completed"),
            canceled: object.optional("canceled"),
            errored: object.optional("errored"),
            timeout: object.optional("timeout"),
        };
        object.finish(value)
    }
}

/// Notebook execution usage by day.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct NotebookMinuteCounts {
    /// Start of the range.
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per day of the range.
    pub counts: Option<Vec<NotebookMinuteCountEntry>>,
}

impl Serialize for NotebookMinuteCounts {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("start", &self.start);
        object.optional("end", &self.end);
        object.optional("counts", &self.counts);
        object.end()
    }
}

impl<'de> Deserialize<'de> for NotebookMinuteCounts {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            start: object.optional("start"),
            end: object.optional("end"),
            counts: object.optional("counts"),
        };
        object.finish(value)
    }
}

/// A 24-character hexadecimal identifier.
///
/// Must match the regular expression `^[A-Fa-f\d]{24}$`.
pub type ObjectId = String;

/// A banner shown to every member of the organization.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrgBanner {
    /// The banner's text.
    ///
    /// Length: at most 2048 characters.
    pub message: Option<String>,
    /// How prominently the banner is shown.
    pub level: Option<OrgBannerLevel>,
}

impl Serialize for OrgBanner {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("message", &self.message);
        object.optional("level", &self.level);
        object.end()
    }
}

impl<'de> Deserialize<'de> for OrgBanner {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            message: object.optional("message"),
            level: object.optional("level"),
        };
        object.finish(value)
    }
}

/// How prominently the banner is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgBannerLevel {
    /// The value `info`.
    Info,
    /// The value `warning`.
    Warning,
    /// The value `critical`.
    Critical,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for OrgBannerLevel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrgBannerLevel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "info" => Self::Info,
                "warning" => Self::Warning,
                "critical" => Self::Critical,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl OrgBannerLevel {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Info => "info",
            Self::Warning => "warning",
            Self::Critical => "critical",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrgBannerLevel {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Resource limits of the organization. A limit that is absent is not enforced.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OrgLimits {
    /// Maximum number of API tokens.
    ///
    /// Value: at least 0.
    pub apitoken: Option<i64>,
    /// Maximum number of applications.
    ///
    /// Value: at least 0.
    pub application: Option<i64>,
    /// Maximum number of application certificates.
    ///
    /// Value: at least 0.
    pub applicationcertificate: Option<i64>,
    /// Maximum number of application certificate authorities.
    ///
    /// Value: at least 0.
    pub applicationcertificateauthority: Option<i64>,
    /// Maximum number of application keys.
    ///
    /// Value: at least 0.
    pub applicationkey: Option<i64>,
    /// Maximum number of credentials.
    ///
    /// Value: at least 0.
    pub credential: Option<i64>,
    /// Maximum number of dashboards.
    ///
    /// Value: at least 0.
    pub dashboard: Option<i64>,
    /// Maximum number of data tables.
    ///
    /// Value: at least 0.
    pub datatable: Option<i64>,
    /// Maximum number of devices.
    ///
    /// Value: at least 0.
    pub device: Option<i64>,
    /// Maximum number of device recipes.
    ///
    /// Value: at least 0.
    pub devicerecipe: Option<i64>,
    /// Maximum number of experience domains.
    ///
    /// Value: at least 0.
    pub experiencedomain: Option<i64>,
    /// Maximum number of experience endpoints.
    ///
    /// Value: at least 0.
    pub experienceendpoint: Option<i64>,
    /// Maximum number of experience groups.
    ///
    /// Value: at least 0.
    pub experiencegroup: Option<i64>,
    /// Maximum number of experience slugs.
    ///
    /// Value: at least 0.
    pub experienceslug: Option<i64>,
    /// Maximum number of experience users.
    ///
    /// Value: at least 0.
    pub experienceuser: Option<i64>,
    /// Maximum number of experience versions.
    ///
    /// Value: at least 0.
    pub experienceversion: Option<i64>,
    /// Maximum number of experience views.
    ///
    /// Value: at least 0.
    pub experienceview: Option<i64>,
    /// Maximum number of files.
    ///
    /// Value: at least 0.
    pub file: Option<i64>,
    /// Maximum number of workflows.
    ///
    /// Value: at least 0.
    pub flow: Option<i64>,
    /// Maximum number of integrations.
    ///
    /// Value: at least 0.
    pub integration: Option<i64>,
    /// Maximum number of notebooks.
    ///
    /// Value: at least 0.
    pub notebook: Option<i64>,
    /// Maximum number of private files.
    ///
    /// Value: at least 0.
    pub privatefile: Option<i64>,
    /// Maximum number of resource jobs.
    ///
    /// Value: at least 0.
    pub resourcejob: Option<i64>,
    /// Maximum number of webhooks.
    ///
    /// Value: at least 0.
    pub webhook: Option<i64>,
    /// Time in seconds that device data is kept.
    ///
    /// Value: at least 86400.
    pub data_ttl: Option<i64>,
    /// Maximum number of members.
    ///
    /// Value: at least 0.
    pub member: Option<i64>,
    /// Maximum number of payloads per billing period.
    ///
    /// Value: at least 0.
    pub payload: Option<i64>,
    /// Maximum file storage in bytes.
    ///
    /// Value: at least 0.
    pub storage: Option<i64>,
    /// Maximum minutes a single notebook run may take.
    ///
    /// Value: at least 0.
    pub notebook_minutes_per_run: Option<i64>,
    /// Maximum notebook minutes per month.
    ///
    /// Value: at least 0.
    pub notebook_minutes_per_month: Option<i64>,
    /// Maximum number of notebooks running at once.
    ///
    /// Value: at least 0.
    pub notebook_in_parallel: Option<i64>,
    /// Maximum number of experience workflow slots.
    ///
    /// Value: at least 0.
    pub experience_flow_slots: Option<i64>,
    /// Maximum number of application workflow slots.
    ///
    /// Value: at least 0.
    pub application_flow_slots: Option<i64>,
    /// Minimum interval in seconds between timer runs.
    ///
    /// Range: 5 to 3600.
    pub system_interval: Option<i64>,
}

impl Serialize for OrgLimits {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("apitoken", &self.apitoken);
        object.optional("application", &self.application);
        object.optional("applicationcertificate", &self.applicationcertificate);
        object
            .optional(
                "applicationcertificateauthority",
                &self.applicationcertificateauthority,
            );
        object.optional("applicationkey", &self.applicationkey);
        object.optional("credential", &self.credential);
        object.optional("dashboard", &self.dashboard);
        object.optional("datatable", &self.datatable);
        object.optional("device", &self.device);
        object.optional("devicerecipe", &self.devicerecipe);
        object.optional("experiencedomain", &self.experiencedomain);
        object.optional("experienceendpoint", &self.experienceendpoint);
        object.optional("experiencegroup", &self.experiencegroup);
        object.optional("experienceslug", &self.experienceslug);
        object.optional("experienceuser", &self.experienceuser);
        object.optional("experienceversion", &self.experienceversion);
        object.optional("experienceview", &self.experienceview);
        object.optional("file", &self.file);
        object.optional("flow", &self.flow);
        object.optional("integration", &self.integration);
        object.optional("notebook", &self.notebook);
        object.optional("privatefile", &self.privatefile);
        object.optional("resourcejob", &self.resourcejob);
        object.optional("webhook", &self.webhook);
        object.optional("dataTTL", &self.data_ttl);
        object.optional("member", &self.member);
        object.optional("payload", &self.payload);
        object.optional("storage", &self.storage);
        object.optional("notebookMinutesPerRun", &self.notebook_minutes_per_run);
        object.optional("notebookMinutesPerMonth", &self.notebook_minutes_per_month);
        object.optional("notebookInParallel", &self.notebook_in_parallel);
        object.optional("experienceFlowSlots", &self.experience_flow_slots);
        object.optional("applicationFlowSlots", &self.application_flow_slots);
        object.optional("systemInterval", &self.system_interval);
        object.end()
    }
}

impl<'de> Deserialize<'de> for OrgLimits {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            apitoken: object.optional("apitoken"),
            application: object.optional("application"),
            applicationcertificate: object.optional("applicationcertificate"),
            applicationcertificateauthority: object
                .optional("applicationcertificateauthority"),
            applicationkey: object.optional("applicationkey"),
            credential: object.optional("credential"),
            dashboard: object.optional("dashboard"),
            datatable: object.optional("datatable"),
            device: object.optional("device"),
            devicerecipe: object.optional("devicerecipe"),
            experiencedomain: object.optional("experiencedomain"),
            experienceendpoint: object.optional("experienceendpoint"),
            experiencegroup: object.optional("experiencegroup"),
            experienceslug: object.optional("experienceslug"),
            experienceuser: object.optional("experienceuser"),
            experienceversion: object.optional("experienceversion"),
            experienceview: object.optional("experienceview"),
            file: object.optional("file"),
            flow: object.optional("flow"),
            integration: object.optional("integration"),
            notebook: object.optional("notebook"),
            privatefile: object.optional("privatefile"),
            resourcejob: object.optional("resourcejob"),
            webhook: object.optional("webhook"),
            data_ttl: object.optional("dataTTL"),
            member: object.optional("member"),
            payload: object.optional("payload"),
            storage: object.optional("storage"),
            notebook_minutes_per_run: object.optional("notebookMinutesPerRun"),
            notebook_minutes_per_month: object.optional("notebookMinutesPerMonth"),
            notebook_in_parallel: object.optional("notebookInParallel"),
            experience_flow_slots: object.optional("experienceFlowSlots"),
            application_flow_slots: object.optional("applicationFlowSlots"),
            system_interval: object.optional("systemInterval"),
        };
        object.finish(value)
    }
}

/// The organization's name.
///
/// Length: 1 to 255 characters.
pub type OrgName = String;

/// A key/value tag on the organization.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct OrgTag {
    /// The tag's key.
    ///
    /// Must match the regular expression `^[0-9a-zA-Z_-]{1,255}$`.
    pub key: String,
    /// The tag's value.
    ///
    /// Length: 1 to 255 characters.
    pub value: String,
}

impl Serialize for OrgTag {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("key", &self.key);
        object.required("value", &self.value);
        object.end()
    }
}

impl<'de> Deserialize<'de> for OrgTag {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            key: object.required("key")?,
            value: object.required("value")?,
        };
        object.finish(value)
    }
}

impl OrgTag {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(key: String, value: String) -> Self {
        Self { key, value }
    }
}

/// The organization's tags.
///
/// Number of items: at most 100.
pub type OrgTags = Vec<OrgTag>;

/// The payload count of one bucket.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PayloadCountEntry {
    /// Start of the bucket.
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Payloads in the bucket.
    pub value: Option<i64>,
}

impl Serialize for PayloadCountEntry {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("date", &self.date);
        object.optional("value", &self.value);
        object.end()
    }
}

impl<'de> Deserialize<'de> for PayloadCountEntry {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            date: object.optional("date"),
            value: object.optional("value"),
        };
        object.finish(value)
    }
}

/// Payload counts per time bucket.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PayloadCountsBreakdown {
    /// Start of the range.
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per bucket of the requested resolution.
    pub counts: Option<Vec<PayloadCountEntry>>,
}

impl Serialize for PayloadCountsBreakdown {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("start", &self.start);
        object.optional("end", &self.end);
        object.optional("counts", &self.counts);
        object.end()
    }
}

impl<'de> Deserialize<'de> for PayloadCountsBreakdown {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            start: object.optional("start"),
            end: object.optional("end"),
            counts: object.optional("counts"),
        };
        object.finish(value)
    }
}

/// Payload counts keyed by source.
pub type PayloadCountsBySource = ::std::collections::BTreeMap<String, f64>;

/// The `PayloadResolution` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PayloadResolution {
    /// The value `86400000`.
    Day,
    /// The value `3600000`.
    Hour,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for PayloadResolution {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for PayloadResolution {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "86400000" => Self::Day,
                "3600000" => Self::Hour,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl PayloadResolution {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Day => "86400000",
            Self::Hour => "3600000",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for PayloadResolution {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// Payload Stats
///
/// Schema for the result of a payload stats request
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PayloadStats {
    /// Payload counts keyed by source.
    pub app_file: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub data_table: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub device_create: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub device_command: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub device_connect: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub device_disconnect: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub device_state: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub endpoint: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub event: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub flow_error: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub inbound_email: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub integration: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub mqtt_in: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub mqtt_out: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub notebook: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub resource_job: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub timer: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub virtual_button: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    pub webhook: Option<PayloadCountsBySource>,
}

impl Serialize for PayloadStats {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("appFile", &self.app_file);
        object.optional("dataTable", &self.data_table);
        object.optional("deviceCreate", &self.device_create);
        object.optional("deviceCommand", &self.device_command);
        object.optional("deviceConnect", &self.device_connect);
        object.optional("deviceDisconnect", &self.device_disconnect);
        object.optional("deviceState", &self.device_state);
        object.optional("endpoint", &self.endpoint);
        object.optional("event", &self.event);
        object.optional("flowError", &self.flow_error);
        object.optional("inboundEmail", &self.inbound_email);
        object.optional("integration", &self.integration);
        object.optional("mqttIn", &self.mqtt_in);
        object.optional("mqttOut", &self.mqtt_out);
        object.optional("notebook", &self.notebook);
        object.optional("resourceJob", &self.resource_job);
        object.optional("timer", &self.timer);
        object.optional("virtualButton", &self.virtual_button);
        object.optional("webhook", &self.webhook);
        object.end()
    }
}

impl<'de> Deserialize<'de> for PayloadStats {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            app_file: object.optional("appFile"),
            data_table: object.optional("dataTable"),
            device_create: object.optional("deviceCreate"),
            device_command: object.optional("deviceCommand"),
            device_connect: object.optional("deviceConnect"),
            device_disconnect: object.optional("deviceDisconnect"),
            device_state: object.optional("deviceState"),
            endpoint: object.optional("endpoint"),
            event: object.optional("event"),
            flow_error: object.optional("flowError"),
            inbound_email: object.optional("inboundEmail"),
            integration: object.optional("integration"),
            mqtt_in: object.optional("mqttIn"),
            mqtt_out: object.optional("mqttOut"),
            notebook: object.optional("notebook"),
            resource_job: object.optional("resourceJob"),
            timer: object.optional("timer"),
            virtual_button: object.optional("virtualButton"),
            webhook: object.optional("webhook"),
        };
        object.finish(value)
    }
}

/// Confirms that the request succeeded.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Success {
    /// Always `true`.
    ///
    /// Allowed values: `true`.
    pub success: Option<bool>,
}

impl Serialize for Success {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("success", &self.success);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Success {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            success: object.optional("success"),
        };
        object.finish(value)
    }
}

/// Email domains whose users may be invited to the organization.
///
/// Each item: length: 3 to 45 characters.
pub type WhitelistedEmailDomains = Vec<String>;

/// Reading and writing structs as JSON objects.
mod json {
    use serde::Deserialize;
    /// A JSON object a struct takes its properties from, one call each.
    pub(super) struct Object<E> {
        object: serde_json::Map<String, serde_json::Value>,
        /// The first error of a property read without `?`.
        failure: Option<E>,
    }
    impl<E: serde::de::Error> Object<E> {
        pub(super) fn read<'de, D: serde::Deserializer<'de, Error = E>>(
            deserializer: D,
        ) -> Result<Self, E> {
            let object = serde_json::Map::deserialize(deserializer)?;
            Ok(Self { object, failure: None })
        }
        /// A property that must be there.
        pub(super) fn required<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &'static str,
        ) -> Result<T, E> {
            match self.object.remove(name) {
                Some(value) => decode(name, value),
                None => Err(E::missing_field(name)),
            }
        }
        /// A property that may be absent or `null`, both `None`; an error is kept for `finish`.
        pub(super) fn optional<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &str,
        ) -> Option<T> {
            match self.object.remove(name) {
                None | Some(serde_json::Value::Null) => None,
                Some(value) => self.kept(decode(name, value)),
            }
        }
        /// `value`, unless a property read without `?` failed. Optional properties are read
        /// so, after the required ones: a struct literal with a `?` per field makes rustc's
        /// borrow checking quadratic in the number of fields.
        pub(super) fn finish<T>(self, value: T) -> Result<T, E> {
            match self.failure {
                Some(error) => Err(error),
                None => Ok(value),
            }
        }
        /// The value of a property, or `None` with its error kept for `finish`.
        fn kept<T>(&mut self, read: Result<T, E>) -> Option<T> {
            match read {
                Ok(value) => Some(value),
                Err(error) => {
                    self.failure.get_or_insert(error);
                    None
                }
            }
        }
    }
    /// A JSON object a struct writes its properties to, one call each.
    pub(super) struct Writer<M: serde::ser::SerializeMap> {
        map: M,
        /// The first error of writing a property.
        failure: Option<M::Error>,
    }
    impl<M: serde::ser::SerializeMap> Writer<M> {
        pub(super) fn start<S: serde::Serializer<SerializeMap = M>>(
            serializer: S,
        ) -> Result<Self, S::Error> {
            serializer.serialize_map(None).map(|map| Self { map, failure: None })
        }
        /// A property that is always there.
        pub(super) fn required<T: serde::Serialize>(&mut self, name: &str, value: &T) {
            self.entry(name, value);
        }
        /// A property written if it is set, and left out otherwise.
        pub(super) fn optional<T: serde::Serialize>(
            &mut self,
            name: &str,
            value: &Option<T>,
        ) {
            if let Some(value) = value {
                self.entry(name, value);
            }
        }
        /// Writes a property unless an earlier one failed, keeping the first error for `end`:
        /// as with reading, a `?` per property would make rustc's checks grow faster than
        /// the struct.
        fn entry<T: serde::Serialize>(&mut self, name: &str, value: &T) {
            if self.failure.is_none() {
                self.failure = self.map.serialize_entry(name, value).err();
            }
        }
        /// The object, or the first error of writing it.
        pub(super) fn end(self) -> Result<M::Ok, M::Error> {
            match self.failure {
                Some(error) => Err(error),
                None => self.map.end(),
            }
        }
    }
    /// The value of the property `name`, an error naming the property if it is not a `T`.
    fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(
        name: &str,
        value: serde_json::Value,
    ) -> Result<T, E> {
        T::deserialize(value)
            .map_err(|error| E::custom(format_args!("property `{name}`: {error}")))
    }
}
