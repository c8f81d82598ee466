// This file is generated from spec/instance-org.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// Device counts for one day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceCountEntry {
    /// The day counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Devices created that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<i64>,
    /// Devices deleted that day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<i64>,
    /// Devices in total at the end of the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i64>,
}

/// Device counts by day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DeviceCounts {
    /// Start of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per day of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Vec<DeviceCountEntry>>,
}

/// Why a request failed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Error {
    /// The kind of error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// A human-readable explanation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// An organization owned by an instance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrg {
    /// When the organization was created.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the organization was last changed.
    #[serde(rename = "lastUpdated", default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: OrgName,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    #[serde(rename = "orgId", default, skip_serializing_if = "Option::is_none")]
    pub org_id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<ObjectId>,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The color of the organization's icon.
    ///
    /// Length: at most 64 characters.
    #[serde(rename = "iconColor", default, skip_serializing_if = "Option::is_none")]
    pub icon_color: Option<String>,
    /// Resource limits of the organization. A limit that is absent is not enforced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<OrgLimits>,
    /// Counts of the resources the organization owns, as selected by `summaryInclude`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<InstanceOrgSummary>,
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    #[serde(
        rename = "whitelistedEmailDomains",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub whitelisted_email_domains: Option<WhitelistedEmailDomains>,
    /// Whether the organization keeps an audit log.
    #[serde(
        rename = "auditLogEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audit_log_enabled: Option<bool>,
    /// When the organization was disabled, or `false` when it is enabled.
    #[serde(rename = "disabledAt", default, skip_serializing_if = "Option::is_none")]
    pub disabled_at: Option<InstanceOrgDisabledAt>,
    /// Whether the organization is read-only.
    #[serde(rename = "isReadOnly", default, skip_serializing_if = "Option::is_none")]
    pub is_read_only: Option<bool>,
    /// The organization's tags.
    ///
    /// Number of items: at most 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<OrgTags>,
    /// The referral the organization came from.
    ///
    /// Length: at most 1024 characters.
    #[serde(rename = "referralId", default, skip_serializing_if = "Option::is_none")]
    pub referral_id: Option<String>,
    /// Whether members of the organization must use multi-factor authentication.
    #[serde(rename = "mfaMode", default, skip_serializing_if = "Option::is_none")]
    pub mfa_mode: Option<MfaMode>,
    /// A banner shown to every member of the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<OrgBanner>,
    /// The organization's billing plan.
    ///
    /// Length: at most 1024 characters.
    #[serde(rename = "planId", default, skip_serializing_if = "Option::is_none")]
    pub plan_id: Option<String>,
    /// The organization's billing customer.
    ///
    /// Length: at most 1024 characters.
    #[serde(rename = "customerId", default, skip_serializing_if = "Option::is_none")]
    pub customer_id: Option<String>,
    /// The organization's billing subscription.
    ///
    /// Length: at most 1024 characters.
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    /// Where billing email is sent.
    ///
    /// Length: at most 1024 characters. Format: `email`.
    #[serde(rename = "billingEmail", default, skip_serializing_if = "Option::is_none")]
    pub billing_email: Option<String>,
    /// The state of the organization's subscription.
    #[serde(
        rename = "subscriptionStatus",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub subscription_status: Option<InstanceOrgSubscriptionStatus>,
    /// Start of the current billing period.
    #[serde(
        rename = "currentPeriodStart",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_period_start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the current billing period.
    #[serde(
        rename = "currentPeriodEnd",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub current_period_end: Option<chrono::DateTime<chrono::Utc>>,
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgPatch {
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<OrgName>,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The color of the organization's icon.
    ///
    /// Length: at most 64 characters.
    #[serde(rename = "iconColor", default, skip_serializing_if = "Option::is_none")]
    pub icon_color: Option<String>,
    /// Resource limits of the organization. A limit that is absent is not enforced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limits: Option<OrgLimits>,
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    #[serde(
        rename = "whitelistedEmailDomains",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub whitelisted_email_domains: Option<WhitelistedEmailDomains>,
    /// Whether the organization keeps an audit log.
    #[serde(
        rename = "auditLogEnabled",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub audit_log_enabled: Option<bool>,
    /// Disable the organization from a date and time, or enable (`false`) or disable (`true`) it now.
    #[serde(rename = "disabledAt", default, skip_serializing_if = "Option::is_none")]
    pub disabled_at: Option<InstanceOrgPatchDisabledAt>,
    /// Whether the organization is read-only.
    #[serde(rename = "isReadOnly", default, skip_serializing_if = "Option::is_none")]
    pub is_read_only: Option<bool>,
    /// The organization's tags.
    ///
    /// Number of items: at most 100.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<OrgTags>,
    /// The referral the organization came from.
    ///
    /// Length: at most 1024 characters.
    #[serde(rename = "referralId", default, skip_serializing_if = "Option::is_none")]
    pub referral_id: Option<String>,
    /// Whether members of the organization must use multi-factor authentication.
    #[serde(rename = "mfaMode", default, skip_serializing_if = "Option::is_none")]
    pub mfa_mode: Option<MfaMode>,
    /// A banner shown to every member of the organization.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub banner: Option<OrgBanner>,
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum InstanceOrgSubscriptionStatus {
    /// The value `trialing`.
    #[serde(rename = "trialing")]
    Trialing,
    /// The value `active`.
    #[serde(rename = "active")]
    Active,
    /// The value `past_due`.
    #[serde(rename = "past_due")]
    PastDue,
    /// The value `canceled`.
    #[serde(rename = "canceled")]
    Canceled,
    /// The value `unpaid`.
    #[serde(rename = "unpaid")]
    Unpaid,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgSummary {
    /// Number of API tokens.
    #[serde(rename = "apiTokenCount", default, skip_serializing_if = "Option::is_none")]
    pub api_token_count: Option<i64>,
    /// Number of applications.
    #[serde(rename = "appCount", default, skip_serializing_if = "Option::is_none")]
    pub app_count: Option<i64>,
    /// Number of application certificates.
    #[serde(
        rename = "certificateCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_count: Option<i64>,
    /// Number of application certificate authorities.
    #[serde(
        rename = "certificateAuthorityCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub certificate_authority_count: Option<i64>,
    /// Number of credentials.
    #[serde(
        rename = "credentialCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub credential_count: Option<i64>,
    /// Number of dashboards.
    #[serde(rename = "dashCount", default, skip_serializing_if = "Option::is_none")]
    pub dash_count: Option<i64>,
    /// Number of data tables.
    #[serde(rename = "dataTableCount", default, skip_serializing_if = "Option::is_none")]
    pub data_table_count: Option<i64>,
    /// Number of devices.
    #[serde(rename = "deviceCount", default, skip_serializing_if = "Option::is_none")]
    pub device_count: Option<i64>,
    /// Number of device recipes.
    #[serde(
        rename = "deviceRecipeCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_recipe_count: Option<i64>,
    /// Number of events.
    #[serde(rename = "eventCount", default, skip_serializing_if = "Option::is_none")]
    pub event_count: Option<i64>,
    /// Number of experience domains.
    #[serde(
        rename = "experienceDomainCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_domain_count: Option<i64>,
    /// Number of experience endpoints.
    #[serde(
        rename = "experienceEndpointCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_endpoint_count: Option<i64>,
    /// Number of experience groups.
    #[serde(
        rename = "experienceGroupCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_group_count: Option<i64>,
    /// Number of experience slugs.
    #[serde(
        rename = "experienceSlugCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_slug_count: Option<i64>,
    /// Number of experience users.
    #[serde(
        rename = "experienceUserCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_user_count: Option<i64>,
    /// Number of experience versions.
    #[serde(
        rename = "experienceVersionCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_version_count: Option<i64>,
    /// Number of experience views.
    #[serde(
        rename = "experienceViewCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_view_count: Option<i64>,
    /// Number of files.
    #[serde(rename = "fileCount", default, skip_serializing_if = "Option::is_none")]
    pub file_count: Option<i64>,
    /// Number of workflows.
    #[serde(rename = "flowCount", default, skip_serializing_if = "Option::is_none")]
    pub flow_count: Option<i64>,
    /// Number of integrations.
    #[serde(
        rename = "integrationCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub integration_count: Option<i64>,
    /// Number of application keys.
    #[serde(rename = "keyCount", default, skip_serializing_if = "Option::is_none")]
    pub key_count: Option<i64>,
    /// Number of notebooks.
    #[serde(rename = "notebookCount", default, skip_serializing_if = "Option::is_none")]
    pub notebook_count: Option<i64>,
    /// Number of private files.
    #[serde(
        rename = "privateFileCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub private_file_count: Option<i64>,
    /// Number of resource jobs.
    #[serde(
        rename = "resourceJobCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub resource_job_count: Option<i64>,
    /// Number of webhooks.
    #[serde(rename = "webhookCount", default, skip_serializing_if = "Option::is_none")]
    pub webhook_count: Option<i64>,
    /// Number of members.
    #[serde(rename = "memberCount", default, skip_serializing_if = "Option::is_none")]
    pub member_count: Option<i64>,
    /// Number of invitations not yet accepted.
    #[serde(
        rename = "pendingInviteCount",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub pending_invite_count: Option<i64>,
    /// Payload Stats
    ///
    /// Schema for the result of a payload stats request
    #[serde(rename = "payloadCount", default, skip_serializing_if = "Option::is_none")]
    pub payload_count: Option<PayloadStats>,
    /// File storage used by the organization.
    #[serde(rename = "storageStats", default, skip_serializing_if = "Option::is_none")]
    pub storage_stats: Option<InstanceOrgSummaryStorageStats>,
    /// Notebook usage in the current billing period.
    #[serde(rename = "notebookStats", default, skip_serializing_if = "Option::is_none")]
    pub notebook_stats: Option<InstanceOrgSummaryNotebookStats>,
}

/// Notebook usage in the current billing period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgSummaryNotebookStats {
    /// Number of notebook runs not yet finished.
    #[serde(
        rename = "awaitingCompletion",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub awaiting_completion: Option<i64>,
    /// Notebook minutes used this period.
    #[serde(
        rename = "minutesThisPeriod",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub minutes_this_period: Option<i64>,
    /// Notebook runs this period.
    #[serde(rename = "runsThisPeriod", default, skip_serializing_if = "Option::is_none")]
    pub runs_this_period: Option<i64>,
}

/// File storage used by the organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgSummaryStorageStats {
    /// Number of stored files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Total size of the stored files in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<i64>,
}

/// Whether members of the organization must use multi-factor authentication.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum MfaMode {
    /// The value `notRequired`.
    #[serde(rename = "notRequired")]
    NotRequired,
    /// The value `adminRequired`.
    #[serde(rename = "adminRequired")]
    AdminRequired,
    /// The value `required`.
    #[serde(rename = "required")]
    Required,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NotebookMinuteCountEntry {
    /// The day counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Notebook minutes used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minutes: Option<i64>,
    /// Runs that completed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub completed: Option<i64>,
    /// Runs that were canceled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canceled: Option<i64>,
    /// Runs that failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errored: Option<i64>,
    /// Runs that timed out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeout: Option<i64>,
}

/// Notebook execution usage by day.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct NotebookMinuteCounts {
    /// Start of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per day of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Vec<NotebookMinuteCountEntry>>,
}

/// A 24-character hexadecimal identifier.
///
/// Must match the regular expression `^[A-Fa-f\d]{24}$`.
pub type ObjectId = String;

/// A banner shown to every member of the organization.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrgBanner {
    /// The banner's text.
    ///
    /// Length: at most 2048 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// How prominently the banner is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<OrgBannerLevel>,
}

/// How prominently the banner is shown.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OrgBannerLevel {
    /// The value `info`.
    #[serde(rename = "info")]
    Info,
    /// The value `warning`.
    #[serde(rename = "warning")]
    Warning,
    /// The value `critical`.
    #[serde(rename = "critical")]
    Critical,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
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
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrgLimits {
    /// Maximum number of API tokens.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apitoken: Option<i64>,
    /// Maximum number of applications.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub application: Option<i64>,
    /// Maximum number of application certificates.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicationcertificate: Option<i64>,
    /// Maximum number of application certificate authorities.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicationcertificateauthority: Option<i64>,
    /// Maximum number of application keys.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub applicationkey: Option<i64>,
    /// Maximum number of credentials.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credential: Option<i64>,
    /// Maximum number of dashboards.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dashboard: Option<i64>,
    /// Maximum number of data tables.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub datatable: Option<i64>,
    /// Maximum number of devices.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<i64>,
    /// Maximum number of device recipes.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub devicerecipe: Option<i64>,
    /// Maximum number of experience domains.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experiencedomain: Option<i64>,
    /// Maximum number of experience endpoints.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienceendpoint: Option<i64>,
    /// Maximum number of experience groups.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experiencegroup: Option<i64>,
    /// Maximum number of experience slugs.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienceslug: Option<i64>,
    /// Maximum number of experience users.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienceuser: Option<i64>,
    /// Maximum number of experience versions.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienceversion: Option<i64>,
    /// Maximum number of experience views.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experienceview: Option<i64>,
    /// Maximum number of files.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<i64>,
    /// Maximum number of workflows.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flow: Option<i64>,
    /// Maximum number of integrations.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<i64>,
    /// Maximum number of notebooks.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notebook: Option<i64>,
    /// Maximum number of private files.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub privatefile: Option<i64>,
    /// Maximum number of resource jobs.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resourcejob: Option<i64>,
    /// Maximum number of webhooks.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<i64>,
    /// Time in seconds that device data is kept.
    ///
    /// Value: at least 86400.
    #[serde(rename = "dataTTL", default, skip_serializing_if = "Option::is_none")]
    pub data_ttl: Option<i64>,
    /// Maximum number of members.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<i64>,
    /// Maximum number of payloads per billing period.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payload: Option<i64>,
    /// Maximum file storage in bytes.
    ///
    /// Value: at least 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<i64>,
    /// Maximum minutes a single notebook run may take.
    ///
    /// Value: at least 0.
    #[serde(
        rename = "notebookMinutesPerRun",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notebook_minutes_per_run: Option<i64>,
    /// Maximum notebook minutes per month.
    ///
    /// Value: at least 0.
    #[serde(
        rename = "notebookMinutesPerMonth",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notebook_minutes_per_month: Option<i64>,
    /// Maximum number of notebooks running at once.
    ///
    /// Value: at least 0.
    #[serde(
        rename = "notebookInParallel",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub notebook_in_parallel: Option<i64>,
    /// Maximum number of experience workflow slots.
    ///
    /// Value: at least 0.
    #[serde(
        rename = "experienceFlowSlots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub experience_flow_slots: Option<i64>,
    /// Maximum number of application workflow slots.
    ///
    /// Value: at least 0.
    #[serde(
        rename = "applicationFlowSlots",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub application_flow_slots: Option<i64>,
    /// Minimum interval in seconds between timer runs.
    ///
    /// Range: 5 to 3600.
    #[serde(rename = "systemInterval", default, skip_serializing_if = "Option::is_none")]
    pub system_interval: Option<i64>,
}

/// The organization's name.
///
/// Length: 1 to 255 characters.
pub type OrgName = String;

/// A key/value tag on the organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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

impl OrgTag {
    ///A `OrgTag` with its required properties; the optional ones start out as `None`.
    pub fn new(key: String, value: String) -> Self {
        Self { key, value }
    }
}

/// The organization's tags.
///
/// Number of items: at most 100.
pub type OrgTags = Vec<OrgTag>;

/// The payload count of one bucket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PayloadCountEntry {
    /// Start of the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<chrono::DateTime<chrono::Utc>>,
    /// Payloads in the bucket.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<i64>,
}

/// Payload counts per time bucket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PayloadCountsBreakdown {
    /// Start of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<chrono::DateTime<chrono::Utc>>,
    /// End of the range.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<chrono::DateTime<chrono::Utc>>,
    /// One entry per bucket of the requested resolution.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counts: Option<Vec<PayloadCountEntry>>,
}

/// Payload counts keyed by source.
pub type PayloadCountsBySource = ::std::collections::BTreeMap<String, f64>;

/// The `PayloadResolution` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum PayloadResolution {
    /// The value `86400000`.
    #[serde(rename = "86400000")]
    Day,
    /// The value `3600000`.
    #[serde(rename = "3600000")]
    Hour,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PayloadStats {
    /// Payload counts keyed by source.
    #[serde(rename = "appFile", default, skip_serializing_if = "Option::is_none")]
    pub app_file: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "dataTable", default, skip_serializing_if = "Option::is_none")]
    pub data_table: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "deviceCreate", default, skip_serializing_if = "Option::is_none")]
    pub device_create: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "deviceCommand", default, skip_serializing_if = "Option::is_none")]
    pub device_command: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "deviceConnect", default, skip_serializing_if = "Option::is_none")]
    pub device_connect: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(
        rename = "deviceDisconnect",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub device_disconnect: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "deviceState", default, skip_serializing_if = "Option::is_none")]
    pub device_state: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "flowError", default, skip_serializing_if = "Option::is_none")]
    pub flow_error: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "inboundEmail", default, skip_serializing_if = "Option::is_none")]
    pub inbound_email: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub integration: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "mqttIn", default, skip_serializing_if = "Option::is_none")]
    pub mqtt_in: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "mqttOut", default, skip_serializing_if = "Option::is_none")]
    pub mqtt_out: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notebook: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "resourceJob", default, skip_serializing_if = "Option::is_none")]
    pub resource_job: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timer: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(rename = "virtualButton", default, skip_serializing_if = "Option::is_none")]
    pub virtual_button: Option<PayloadCountsBySource>,
    /// Payload counts keyed by source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<PayloadCountsBySource>,
}

/// Confirms that the request succeeded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Success {
    /// Always `true`.
    ///
    /// Allowed values: `true`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

/// Email domains whose users may be invited to the organization.
///
/// Each item: length: 3 to 45 characters.
pub type WhitelistedEmailDomains = Vec<String>;
