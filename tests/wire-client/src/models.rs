// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `Item` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// The `id` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    /// The `name` property.
    ///
    /// Length: at least 1 character.
    pub name: String,
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
}

impl Item {
    ///A `Item` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String) -> Self {
        Self { id: None, name, tags: None }
    }
}

/// The `Job` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Job {
    /// The `id` property.
    pub id: String,
}

/// The `ListEventsResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListEventsResponse {
    /// The `data` property.
    pub data: Vec<Job>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<ListEventsResponseMeta>,
}

/// The `ListEventsResponseMeta` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListEventsResponseMeta {
    /// The `next` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub next: Option<Option<String>>,
}

/// The `ListItemsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListItemsFilter {
    /// The `min` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min: Option<i64>,
    /// The `tag` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
}

/// The `ListLogsResponse` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ListLogsResponse {
    /// The `lines` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lines: Option<Vec<String>>,
    /// The `total` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<i32>,
}

/// The `Order` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Order {
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

impl Order {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Order {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `Problem` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Problem {
    /// The `title` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
}

/// The `SubmitFormBody` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SubmitFormBody {
    /// The `name` property.
    ///
    /// Length: at least 1 character.
    pub name: String,
    /// The `tags` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `meta` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<::std::collections::BTreeMap<String, String>>,
    /// The `count` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
}

impl SubmitFormBody {
    ///A `SubmitFormBody` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String) -> Self {
        Self {
            name,
            tags: None,
            meta: None,
            count: None,
        }
    }
}

/// Reads a property that may be absent (`None`), `null` (`Some(None)`) or a value.
fn double_option<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
