// This file is generated from tests/fixtures/specs/constructs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `Cat` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Cat {
    /// The `petType` property.
    #[serde(rename = "petType")]
    pub pet_type: String,
    /// The `lives` property.
    pub lives: i32,
}

/// Markdown with **bold**, `code`, a [link](https://example.com), a bare <https://example.com/x>,
/// HTML &lt;b&gt;tags&lt;/b&gt;, brackets \[like this\], a comment closer */ and an opener /*.
///
/// ```text
/// {"not": "a doctest"}
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Described {
    /// Ends with a backslash \ and has a "quote".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub a: Option<String>,
}

/// The `Dog` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dog {
    /// The `petType` property.
    #[serde(rename = "petType")]
    pub pet_type: String,
    /// The `bark` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bark: Option<bool>,
}

/// An `anyOf` of a string or an integer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Either {
    /// A string.
    String(String),
    /// An integer.
    Integer(i64),
}

/// Any object.
pub type FreeForm = ::std::collections::BTreeMap<String, serde_json::Value>;

/// Named properties and a map of the rest.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Labels {
    /// The `name` property.
    pub name: String,
    /// Properties not named by the spec, by name.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

/// Nested arrays.
pub type Matrix = Vec<Vec<f64>>;

/// An `allOf` merged into one type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Merged {
    /// The `name` property.
    pub name: String,
    /// The `extra` property.
    pub extra: i64,
    /// Properties not named by the spec, by name.
    #[serde(flatten)]
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

/// Optional nullable properties tell absent from `null`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Patch {
    /// The `nickname` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub nickname: Option<Option<String>>,
    /// The `age` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub age: Option<Option<i64>>,
    /// An enum of integers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
}

/// A `oneOf` told apart by a discriminator.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Pet {
    /// A [`Cat`].
    Cat(Cat),
    /// A [`Dog`].
    Dog(Dog),
    /// An object of a kind this version of the client does not know, kept as it was received.
    Unknown(serde_json::Value),
}

impl<'de> Deserialize<'de> for Pet {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let decoded = match value.get("petType").and_then(serde_json::Value::as_str) {
            Some("cat") => serde_json::from_value(value).map(Self::Cat),
            Some("dog") => serde_json::from_value(value).map(Self::Dog),
            _ => return Ok(Self::Unknown(value)),
        };
        decoded.map_err(serde::de::Error::custom)
    }
}

/// An enum of integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Priority {
    /// The value `1`.
    Low,
    /// The value `2`.
    Medium,
    /// The value `3`.
    High,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(i64),
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::Low,
            2i64 => Self::Medium,
            3i64 => Self::High,
            other => Self::Unknown(other),
        }
    }
}

impl From<Priority> for i64 {
    fn from(value: Priority) -> Self {
        match value {
            Priority::Low => 1i64,
            Priority::Medium => 2i64,
            Priority::High => 3i64,
            Priority::Unknown(other) => other,
        }
    }
}

/// The `Status` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Status {
    /// The value `active`.
    #[serde(rename = "active")]
    Active,
    /// The value `in-progress`.
    #[serde(rename = "in-progress")]
    InProgress,
    /// The value `+1`.
    #[serde(rename = "+1")]
    Plus1,
    /// The value `unknown`.
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    UnknownValue(String),
}

impl Status {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::InProgress => "in-progress",
            Self::Plus1 => "+1",
            Self::Unknown => "unknown",
            Self::UnknownValue(value) => value,
        }
    }
}

impl std::fmt::Display for Status {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A recursive type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TreeNode {
    /// The `label` property.
    pub label: String,
    /// A recursive type.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Box<TreeNode>>,
    /// The `children` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub children: Option<Vec<TreeNode>>,
}

/// Names that are keywords, start with a digit, have symbols, or collide after case conversion.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Weird {
    /// The `type` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
    /// The `self` property.
    #[serde(rename = "self", default, skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
    /// The `_links` property.
    #[serde(rename = "_links", default, skip_serializing_if = "Option::is_none")]
    pub links: Option<String>,
    /// The `links` property.
    #[serde(rename = "links", default, skip_serializing_if = "Option::is_none")]
    pub links_2: Option<String>,
    /// The `2fa` property.
    #[serde(rename = "2fa", default, skip_serializing_if = "Option::is_none")]
    pub field_2fa: Option<bool>,
    /// The `foo-bar` property.
    #[serde(rename = "foo-bar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// The `fooBar` property.
    #[serde(rename = "fooBar", default, skip_serializing_if = "Option::is_none")]
    pub foo_bar_2: Option<String>,
    /// The `@id` property.
    #[serde(rename = "@id", default, skip_serializing_if = "Option::is_none")]
    pub at_id: Option<String>,
}

/// Reads a property that may be absent (`None`), `null` (`Some(None)`) or a value.
fn double_option<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
