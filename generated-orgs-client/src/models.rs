// This file is generated from spec/instance-orgs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

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

/// An organization owned by an instance (the parts a listing shows).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrg {
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
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: String,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the organization was created.
    #[serde(rename = "creationDate", default, skip_serializing_if = "Option::is_none")]
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the organization was last changed.
    #[serde(rename = "lastUpdated", default, skip_serializing_if = "Option::is_none")]
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
}

/// A new organization.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgPost {
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: String,
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
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    #[serde(
        rename = "whitelistedEmailDomains",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub whitelisted_email_domains: Option<Vec<String>>,
}

impl InstanceOrgPost {
    ///A `InstanceOrgPost` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String) -> Self {
        Self {
            name,
            description: None,
            icon_color: None,
            whitelisted_email_domains: None,
        }
    }
}

/// A page of organizations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct InstanceOrgs {
    /// The organizations on this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<Vec<InstanceOrg>>,
    /// Number of organizations on this page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// Number of organizations in all pages.
    #[serde(rename = "totalCount", default, skip_serializing_if = "Option::is_none")]
    pub total_count: Option<i64>,
    /// Page size asked for.
    #[serde(rename = "perPage", default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<i64>,
    /// The page returned, from 0.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<i64>,
    /// The filter applied.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    /// The field filtered on.
    #[serde(rename = "filterField", default, skip_serializing_if = "Option::is_none")]
    pub filter_field: Option<String>,
    /// The field sorted by.
    #[serde(rename = "sortField", default, skip_serializing_if = "Option::is_none")]
    pub sort_field: Option<String>,
    /// The direction sorted in.
    #[serde(rename = "sortDirection", default, skip_serializing_if = "Option::is_none")]
    pub sort_direction: Option<String>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    #[serde(rename = "instanceId", default, skip_serializing_if = "Option::is_none")]
    pub instance_id: Option<ObjectId>,
}

/// A 24-character hexadecimal identifier.
///
/// Must match the regular expression `^[A-Fa-f\d]{24}$`.
pub type ObjectId = String;

/// The `OrgFilterField` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OrgFilterField {
    /// The value `name`.
    #[serde(rename = "name")]
    Name,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl OrgFilterField {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrgFilterField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `OrgSortField` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum OrgSortField {
    /// The value `name`.
    #[serde(rename = "name")]
    Name,
    /// The value `id`.
    #[serde(rename = "id")]
    Id,
    /// The value `creationDate`.
    #[serde(rename = "creationDate")]
    CreationDate,
    /// The value `lastUpdated`.
    #[serde(rename = "lastUpdated")]
    LastUpdated,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl OrgSortField {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Id => "id",
            Self::CreationDate => "creationDate",
            Self::LastUpdated => "lastUpdated",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrgSortField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `SortDirection` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum SortDirection {
    /// The value `asc`.
    #[serde(rename = "asc")]
    Asc,
    /// The value `desc`.
    #[serde(rename = "desc")]
    Desc,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl SortDirection {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}
