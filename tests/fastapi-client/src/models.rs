// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `BodyUploadScan` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BodyUploadScan {
    /// The `file` property.
    ///
    /// Format: `binary`.
    pub file: String,
    /// The `label` property.
    pub label: String,
}

impl Serialize for BodyUploadScan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("file", &self.file);
        object.required("label", &self.label);
        object.end()
    }
}

impl<'de> Deserialize<'de> for BodyUploadScan {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            file: object.required("file")?,
            label: object.required("label")?,
        };
        object.finish(value)
    }
}

/// The `BoxModel` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BoxModel {
    /// The `shape` property.
    pub shape: Shape,
    /// Side Cm
    pub side_cm: f64,
}

impl Serialize for BoxModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("shape", &self.shape);
        object.required("side_cm", &self.side_cm);
        object.end()
    }
}

impl<'de> Deserialize<'de> for BoxModel {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            shape: object.required("shape")?,
            side_cm: object.required("side_cm")?,
        };
        object.finish(value)
    }
}

impl BoxModel {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(shape: Shape, side_cm: f64) -> Self {
        Self { shape, side_cm }
    }
}

/// The `Colour` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Colour {
    /// The value `red`.
    Red,
    /// The value `green`.
    Green,
    /// The value `blue`.
    Blue,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for Colour {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Colour {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "red" => Self::Red,
                "green" => Self::Green,
                "blue" => Self::Blue,
                _ => Self::Unknown(value),
            },
        )
    }
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
#[derive(Debug, Clone, PartialEq)]
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

impl Serialize for Dimensions {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("width_cm", &self.width_cm);
        object.required("height_cm", &self.height_cm);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Dimensions {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            width_cm: object.required("width_cm")?,
            height_cm: object.required("height_cm")?,
        };
        object.finish(value)
    }
}

impl Dimensions {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(width_cm: f64, height_cm: f64) -> Self {
        Self { width_cm, height_cm }
    }
}

/// The `HttpValidationError` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct HttpValidationError {
    /// The `detail` property.
    pub detail: Option<Vec<ValidationError>>,
}

impl Serialize for HttpValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("detail", &self.detail);
        object.end()
    }
}

impl<'de> Deserialize<'de> for HttpValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            detail: object.optional("detail"),
        };
        object.finish(value)
    }
}

/// An item as the service stores it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Item {
    /// The `name` property.
    ///
    /// Length: 1 to 40 characters.
    pub name: String,
    /// The `colour` property.
    pub colour: Colour,
    /// The `priority` property.
    pub priority: Option<Priority>,
    /// The `tags` property.
    ///
    /// Default: `[]`.
    pub tags: Option<Vec<String>>,
    /// The `attributes` property.
    ///
    /// Default: `{}`.
    pub attributes: Option<::std::collections::BTreeMap<String, i64>>,
    /// The `dimensions` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub dimensions: Option<Option<Dimensions>>,
    /// The `note` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub note: Option<Option<String>>,
    /// The `position` property.
    ///
    /// Number of items: exactly 2. Default: `[0,0]`.
    pub position: Option<(i64, i64)>,
    /// The `id` property.
    ///
    /// Format: `uuid`.
    pub id: String,
    /// The `kind` property.
    ///
    /// Default: `"item"`.
    pub kind: Option<Kind>,
    /// Created At
    pub created_at: chrono::DateTime<chrono::Utc>,
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.required("colour", &self.colour);
        object.optional("priority", &self.priority);
        object.optional("tags", &self.tags);
        object.optional("attributes", &self.attributes);
        object.optional("dimensions", &self.dimensions);
        object.optional("note", &self.note);
        object.optional("position", &self.position);
        object.required("id", &self.id);
        object.optional("kind", &self.kind);
        object.required("created_at", &self.created_at);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            colour: object.required("colour")?,
            id: object.required("id")?,
            created_at: object.required("created_at")?,
            priority: object.optional("priority"),
            tags: object.optional("tags"),
            attributes: object.optional("attributes"),
            dimensions: object.nullable("dimensions"),
            note: object.nullable("note"),
            position: object.optional("position"),
            kind: object.optional("kind"),
        };
        object.finish(value)
    }
}

/// An item as a client describes it.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ItemIn {
    /// The `name` property.
    ///
    /// Length: 1 to 40 characters.
    pub name: String,
    /// The `colour` property.
    pub colour: Colour,
    /// The `priority` property.
    pub priority: Option<Priority>,
    /// The `tags` property.
    ///
    /// Default: `[]`.
    pub tags: Option<Vec<String>>,
    /// The `attributes` property.
    ///
    /// Default: `{}`.
    pub attributes: Option<::std::collections::BTreeMap<String, i64>>,
    /// The `dimensions` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub dimensions: Option<Option<Dimensions>>,
    /// The `note` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub note: Option<Option<String>>,
    /// The `position` property.
    ///
    /// Number of items: exactly 2. Default: `[0,0]`.
    pub position: Option<(i64, i64)>,
}

impl Serialize for ItemIn {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.required("colour", &self.colour);
        object.optional("priority", &self.priority);
        object.optional("tags", &self.tags);
        object.optional("attributes", &self.attributes);
        object.optional("dimensions", &self.dimensions);
        object.optional("note", &self.note);
        object.optional("position", &self.position);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ItemIn {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            colour: object.required("colour")?,
            priority: object.optional("priority"),
            tags: object.optional("tags"),
            attributes: object.optional("attributes"),
            dimensions: object.nullable("dimensions"),
            note: object.nullable("note"),
            position: object.optional("position"),
        };
        object.finish(value)
    }
}

impl ItemIn {
    /// Creates the value from its required properties; the optional ones start out as `None`.
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// The value `item`.
    Item,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for Kind {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "item" => Self::Item,
                _ => Self::Unknown(value),
            },
        )
    }
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
#[derive(Debug, Clone, PartialEq)]
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

impl Serialize for Scan {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("filename", &self.filename);
        object.required("size", &self.size);
        object.required("content_type", &self.content_type);
        object.required("label", &self.label);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Scan {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            filename: object.required("filename")?,
            size: object.required("size")?,
            label: object.required("label")?,
            content_type: object.optional("content_type"),
        };
        object.finish(value)
    }
}

/// The `Shape` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape {
    /// The value `box`.
    Box,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for Shape {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Shape {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "box" => Self::Box,
                _ => Self::Unknown(value),
            },
        )
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Shape2 {
    /// The value `tube`.
    Tube,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for Shape2 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Shape2 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "tube" => Self::Tube,
                _ => Self::Unknown(value),
            },
        )
    }
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Shelf {
    /// The `name` property.
    pub name: String,
    /// The `container` property.
    pub container: Container,
    /// Item Ids
    ///
    /// Default: `[]`. Each item: format: `uuid`.
    pub item_ids: Option<Vec<String>>,
}

impl Serialize for Shelf {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.required("container", &self.container);
        object.optional("item_ids", &self.item_ids);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Shelf {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            container: object.required("container")?,
            item_ids: object.optional("item_ids"),
        };
        object.finish(value)
    }
}

impl Shelf {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(name: String, container: Container) -> Self {
        Self {
            name,
            container,
            item_ids: None,
        }
    }
}

/// The `Tube` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Tube {
    /// The `shape` property.
    pub shape: Shape2,
    /// Radius Cm
    pub radius_cm: f64,
    /// Length Cm
    pub length_cm: f64,
}

impl Serialize for Tube {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("shape", &self.shape);
        object.required("radius_cm", &self.radius_cm);
        object.required("length_cm", &self.length_cm);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Tube {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            shape: object.required("shape")?,
            radius_cm: object.required("radius_cm")?,
            length_cm: object.required("length_cm")?,
        };
        object.finish(value)
    }
}

impl Tube {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(shape: Shape2, radius_cm: f64, length_cm: f64) -> Self {
        Self {
            shape,
            radius_cm,
            length_cm,
        }
    }
}

/// The `ValidationError` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ValidationError {
    /// The `loc` property.
    pub loc: Vec<ValidationErrorLocItem>,
    /// The `msg` property.
    pub msg: String,
    /// Error Type
    pub r#type: String,
    /// The `input` property.
    pub input: Option<serde_json::Value>,
    /// The `ctx` property.
    pub ctx: Option<::std::collections::BTreeMap<String, serde_json::Value>>,
}

impl Serialize for ValidationError {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("loc", &self.loc);
        object.required("msg", &self.msg);
        object.required("type", &self.r#type);
        object.optional("input", &self.input);
        object.optional("ctx", &self.ctx);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ValidationError {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            loc: object.required("loc")?,
            msg: object.required("msg")?,
            r#type: object.required("type")?,
            input: object.optional("input"),
            ctx: object.optional("ctx"),
        };
        object.finish(value)
    }
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
        /// A property that may be absent (`None`), `null` (`Some(None)`) or a value; an error is
        /// kept for `finish`.
        pub(super) fn nullable<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &str,
        ) -> Option<Option<T>> {
            match self.object.remove(name) {
                None => None,
                Some(serde_json::Value::Null) => Some(None),
                Some(value) => self.kept(decode(name, value)).map(Some),
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
