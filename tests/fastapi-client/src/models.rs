// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `BodyUploadScan` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BodyUploadScan {
    /// The `file` property.
    ///
    /// Format: `binary`.
    pub file: String,
    /// The `label` property.
    pub label: String,
}

/// The `BoxModel` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct BoxModel {
    /// The `shape` property.
    pub shape: Shape,
    /// Side Cm
    pub side_cm: f64,
}

impl BoxModel {
    ///A `BoxModel` with its required properties; the optional ones start out as `None`.
    pub fn new(shape: Shape, side_cm: f64) -> Self {
        Self { shape, side_cm }
    }
}

/// The `Colour` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Colour {
    /// The value `red`.
    #[serde(rename = "red")]
    Red,
    /// The value `green`.
    #[serde(rename = "green")]
    Green,
    /// The value `blue`.
    #[serde(rename = "blue")]
    Blue,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl Colour {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Red => "red",
            Self::Green => "green",
            Self::Blue => "blue",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Colour {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `Container` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Container {
    /// A [`BoxModel`].
    BoxModel(BoxModel),
    /// A [`Tube`].
    Tube(Tube),
    /// An object of a kind this version of the client does not know, kept as it was received.
    Unknown(serde_json::Value),
}

impl<'de> Deserialize<'de> for Container {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let decoded = match value.get("shape").and_then(serde_json::Value::as_str) {
            Some("box") => serde_json::from_value(value).map(Self::BoxModel),
            Some("tube") => serde_json::from_value(value).map(Self::Tube),
            _ => return Ok(Self::Unknown(value)),
        };
        decoded.map_err(serde::de::Error::custom)
    }
}

/// The `Dimensions` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dimensions {
    /// Width Cm
    ///
    /// Value: greater than 0.
    pub width_cm: f64,
    /// Height Cm
    ///
    /// Value: greater than 0.
    pub height_cm: f64,
}

impl Dimensions {
    ///A `Dimensions` with its required properties; the optional ones start out as `None`.
    pub fn new(width_cm: f64, height_cm: f64) -> Self {
        Self { width_cm, height_cm }
    }
}

/// The `HttpValidationError` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct HttpValidationError {
    /// The `detail` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<Vec<ValidationError>>,
}

/// An item as the service stores it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Item {
    /// The `name` property.
    ///
    /// Length: 1 to 40 characters.
    pub name: String,
    /// The `colour` property.
    pub colour: Colour,
    /// The `priority` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// The `tags` property.
    ///
    /// Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `attributes` property.
    ///
    /// Default: `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, i64>>,
    /// The `dimensions` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub dimensions: Option<Option<Dimensions>>,
    /// The `note` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub note: Option<Option<String>>,
    /// The `position` property.
    ///
    /// Number of items: exactly 2. Default: `[0,0]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<(i64, i64)>,
    /// The `id` property.
    ///
    /// Format: `uuid`.
    pub id: String,
    /// The `kind` property.
    ///
    /// Default: `"item"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<Kind>,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// An item as a client describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ItemIn {
    /// The `name` property.
    ///
    /// Length: 1 to 40 characters.
    pub name: String,
    /// The `colour` property.
    pub colour: Colour,
    /// The `priority` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    /// The `tags` property.
    ///
    /// Default: `[]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tags: Option<Vec<String>>,
    /// The `attributes` property.
    ///
    /// Default: `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attributes: Option<::std::collections::BTreeMap<String, i64>>,
    /// The `dimensions` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub dimensions: Option<Option<Dimensions>>,
    /// The `note` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "double_option"
    )]
    pub note: Option<Option<String>>,
    /// The `position` property.
    ///
    /// Number of items: exactly 2. Default: `[0,0]`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub position: Option<(i64, i64)>,
}

impl ItemIn {
    ///A `ItemIn` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String, colour: Colour) -> Self {
        Self {
            name,
            colour,
            priority: None,
            tags: None,
            attributes: None,
            dimensions: None,
            note: None,
            position: None,
        }
    }
}

/// The `Kind` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Kind {
    /// The value `item`.
    #[serde(rename = "item")]
    Item,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl Kind {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Item => "item",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `Priority` type of the API.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(from = "i64", into = "i64")]
#[non_exhaustive]
pub enum Priority {
    /// The value `1`.
    Value1,
    /// The value `2`.
    Value2,
    /// The value `3`.
    Value3,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(i64),
}

impl From<i64> for Priority {
    fn from(value: i64) -> Self {
        match value {
            1i64 => Self::Value1,
            2i64 => Self::Value2,
            3i64 => Self::Value3,
            other => Self::Unknown(other),
        }
    }
}

impl From<Priority> for i64 {
    fn from(value: Priority) -> Self {
        match value {
            Priority::Value1 => 1i64,
            Priority::Value2 => 2i64,
            Priority::Value3 => 3i64,
            Priority::Unknown(other) => other,
        }
    }
}

/// The `Scan` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Scan {
    /// The `filename` property.
    pub filename: String,
    /// The `size` property.
    pub size: i64,
    /// Content Type
    pub content_type: Option<String>,
    /// The `label` property.
    pub label: String,
}

/// The `Shape` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Shape {
    /// The value `box`.
    #[serde(rename = "box")]
    Box,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl Shape {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Box => "box",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Shape {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `Shape2` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Shape2 {
    /// The value `tube`.
    #[serde(rename = "tube")]
    Tube,
    /// A value this version of the client does not know, kept as it was received.
    #[serde(untagged)]
    Unknown(String),
}

impl Shape2 {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tube => "tube",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Shape2 {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `Shelf` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Shelf {
    /// The `name` property.
    pub name: String,
    /// The `container` property.
    pub container: Container,
    /// Item Ids
    ///
    /// Default: `[]`. Each item: format: `uuid`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_ids: Option<Vec<String>>,
}

impl Shelf {
    ///A `Shelf` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String, container: Container) -> Self {
        Self {
            name,
            container,
            item_ids: None,
        }
    }
}

/// The `Tube` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Tube {
    /// The `shape` property.
    pub shape: Shape2,
    /// Radius Cm
    pub radius_cm: f64,
    /// Length Cm
    pub length_cm: f64,
}

impl Tube {
    ///A `Tube` with its required properties; the optional ones start out as `None`.
    pub fn new(shape: Shape2, radius_cm: f64, length_cm: f64) -> Self {
        Self {
            shape,
            radius_cm,
            length_cm,
        }
    }
}

/// The `ValidationError` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ValidationError {
    /// The `loc` property.
    pub loc: Vec<ValidationErrorLocItem>,
    /// The `msg` property.
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// The `input` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub input: Option<serde_json::Value>,
    /// The `ctx` property.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ctx: Option<::std::collections::BTreeMap<String, serde_json::Value>>,
}

/// The `ValidationErrorLocItem` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum ValidationErrorLocItem {
    /// A string.
    String(String),
    /// An integer.
    Integer(i64),
}

/// Reads a property that may be absent (`None`), `null` (`Some(None)`) or a value.
fn double_option<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}
