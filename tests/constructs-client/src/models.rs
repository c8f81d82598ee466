// This file is generated from tests/fixtures/specs/constructs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `Cat` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Cat {
    /// The `petType` property.
    pub pet_type: String,
    /// The `lives` property.
    pub lives: i32,
}

impl Serialize for Cat {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("petType", &self.pet_type);
        object.required("lives", &self.lives);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            pet_type: object.required("petType")?,
            lives: object.required("lives")?,
        };
        object.finish(value)
    }
}

/// Markdown with **bold**, `code`, a [link](https://example.com), a bare <https://example.com/x>,
/// HTML **tags**, brackets \[like this\], a comment closer */ and an opener /*.
///
/// ```text
/// {"not": "a doctest"}
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Described {
    /// Ends with a backslash \ and has a "quote".
    pub a: Option<String>,
}

impl Serialize for Described {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("a", &self.a);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Described {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self { a: object.optional("a") };
        object.finish(value)
    }
}

/// The `Dog` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Dog {
    /// The `petType` property.
    pub pet_type: String,
    /// The `bark` property.
    pub bark: Option<bool>,
}

impl Serialize for Dog {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("petType", &self.pet_type);
        object.optional("bark", &self.bark);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            pet_type: object.required("petType")?,
            bark: object.optional("bark"),
        };
        object.finish(value)
    }
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Labels {
    /// The `name` property.
    pub name: String,
    /// Properties not named by the spec, by name.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl Serialize for Labels {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.rest(&self.additional_properties);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Labels {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            additional_properties: object.rest()?,
        };
        object.finish(value)
    }
}

/// Nested arrays.
pub type Matrix = Vec<Vec<f64>>;

/// An `allOf` merged into one type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Merged {
    /// The `name` property.
    pub name: String,
    /// The `extra` property.
    pub extra: i64,
    /// Properties not named by the spec, by name.
    pub additional_properties: std::collections::BTreeMap<String, String>,
}

impl Serialize for Merged {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.required("extra", &self.extra);
        object.rest(&self.additional_properties);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Merged {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            extra: object.required("extra")?,
            additional_properties: object.rest()?,
        };
        object.finish(value)
    }
}

/// A `oneOf` told apart by a discriminator with no mapping, each member pinning its tag.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
#[non_exhaustive]
pub enum Message {
    /// A [`SystemMessage`].
    SystemMessage(SystemMessage),
    /// A [`ToolMessage`].
    ToolMessage(ToolMessage),
    /// Pins the tag `SystemMessage` pinned first, so it is written but never read.
    SystemNote(SystemNote),
    /// An object of a kind this version of the client does not know, kept as it was received.
    Unknown(serde_json::Value),
}

impl<'de> Deserialize<'de> for Message {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let decoded = match value.get("role").and_then(serde_json::Value::as_str) {
            Some("system") => serde_json::from_value(value).map(Self::SystemMessage),
            Some("tool") => serde_json::from_value(value).map(Self::ToolMessage),
            _ => return Ok(Self::Unknown(value)),
        };
        decoded.map_err(serde::de::Error::custom)
    }
}

/// The `MessageBase` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct MessageBase {
    /// The `role` property.
    pub role: String,
    /// The `content` property.
    pub content: String,
}

impl Serialize for MessageBase {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("role", &self.role);
        object.required("content", &self.content);
        object.end()
    }
}

impl<'de> Deserialize<'de> for MessageBase {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            role: object.required("role")?,
            content: object.required("content")?,
        };
        object.finish(value)
    }
}

/// Optional nullable properties tell absent from `null`.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Patch {
    /// The `nickname` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub nickname: Option<Option<String>>,
    /// The `age` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub age: Option<Option<i64>>,
    /// An enum of integers.
    pub priority: Option<Priority>,
}

impl Serialize for Patch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("nickname", &self.nickname);
        object.optional("age", &self.age);
        object.optional("priority", &self.priority);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Patch {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            nickname: object.nullable("nickname"),
            age: object.nullable("age"),
            priority: object.optional("priority"),
        };
        object.finish(value)
    }
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
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Status {
    /// The value `active`.
    Active,
    /// The value `in-progress`.
    InProgress,
    /// The value `+1`.
    Plus1,
    /// The value `unknown`.
    Unknown,
    /// A value this version of the client does not know, kept as it was received.
    UnknownValue(String),
}

impl Serialize for Status {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Status {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "active" => Self::Active,
                "in-progress" => Self::InProgress,
                "+1" => Self::Plus1,
                "unknown" => Self::Unknown,
                _ => Self::UnknownValue(value),
            },
        )
    }
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

/// The `SystemMessage` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SystemMessage {
    /// The `role` property.
    pub role: SystemNoteRole,
    /// The `content` property.
    pub content: String,
}

impl Serialize for SystemMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("role", &self.role);
        object.required("content", &self.content);
        object.end()
    }
}

impl<'de> Deserialize<'de> for SystemMessage {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            role: object.required("role")?,
            content: object.required("content")?,
        };
        object.finish(value)
    }
}

/// Pins the tag `SystemMessage` pinned first, so it is written but never read.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SystemNote {
    /// The `role` property.
    pub role: SystemNoteRole,
    /// The `note` property.
    pub note: String,
}

impl Serialize for SystemNote {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("role", &self.role);
        object.required("note", &self.note);
        object.end()
    }
}

impl<'de> Deserialize<'de> for SystemNote {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            role: object.required("role")?,
            note: object.required("note")?,
        };
        object.finish(value)
    }
}

/// The `SystemNoteRole` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SystemNoteRole {
    /// The value `system`.
    System,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for SystemNoteRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SystemNoteRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "system" => Self::System,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl SystemNoteRole {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SystemNoteRole {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `ToolMessage` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ToolMessage {
    /// The `role` property.
    pub role: ToolMessageRole,
    /// The `content` property.
    pub content: String,
    /// The `tool_call_id` property.
    pub tool_call_id: String,
}

impl Serialize for ToolMessage {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("role", &self.role);
        object.required("content", &self.content);
        object.required("tool_call_id", &self.tool_call_id);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ToolMessage {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            role: object.required("role")?,
            content: object.required("content")?,
            tool_call_id: object.required("tool_call_id")?,
        };
        object.finish(value)
    }
}

/// The `ToolMessageRole` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ToolMessageRole {
    /// The value `tool`.
    Tool,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for ToolMessageRole {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ToolMessageRole {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "tool" => Self::Tool,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl ToolMessageRole {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Tool => "tool",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for ToolMessageRole {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// A recursive type.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct TreeNode {
    /// The `label` property.
    pub label: String,
    /// A recursive type.
    pub parent: Option<Box<TreeNode>>,
    /// The `children` property.
    pub children: Option<Vec<TreeNode>>,
}

impl Serialize for TreeNode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("label", &self.label);
        object.optional("parent", &self.parent);
        object.optional("children", &self.children);
        object.end()
    }
}

impl<'de> Deserialize<'de> for TreeNode {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            label: object.required("label")?,
            parent: object.optional("parent"),
            children: object.optional("children"),
        };
        object.finish(value)
    }
}

/// Names that are keywords, start with a digit, have symbols, or collide after case conversion.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Weird {
    /// The `type` property.
    pub r#type: Option<String>,
    /// The `self` property.
    pub self_: Option<String>,
    /// The `_links` property.
    pub links: Option<String>,
    /// The `links` property.
    pub links_2: Option<String>,
    /// The `2fa` property.
    pub field_2fa: Option<bool>,
    /// The `foo-bar` property.
    pub foo_bar: Option<String>,
    /// The `fooBar` property.
    pub foo_bar_2: Option<String>,
    /// The `@id` property.
    pub at_id: Option<String>,
}

impl Serialize for Weird {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("type", &self.r#type);
        object.optional("self", &self.self_);
        object.optional("_links", &self.links);
        object.optional("links", &self.links_2);
        object.optional("2fa", &self.field_2fa);
        object.optional("foo-bar", &self.foo_bar);
        object.optional("fooBar", &self.foo_bar_2);
        object.optional("@id", &self.at_id);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Weird {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            r#type: object.optional("type"),
            self_: object.optional("self"),
            links: object.optional("_links"),
            links_2: object.optional("links"),
            field_2fa: object.optional("2fa"),
            foo_bar: object.optional("foo-bar"),
            foo_bar_2: object.optional("fooBar"),
            at_id: object.optional("@id"),
        };
        object.finish(value)
    }
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
        /// The properties no field took, by name.
        pub(super) fn rest<T: serde::de::DeserializeOwned>(
            &mut self,
        ) -> Result<std::collections::BTreeMap<String, T>, E> {
            let mut rest = std::collections::BTreeMap::new();
            for (name, value) in std::mem::take(&mut self.object) {
                let value = decode(&name, value)?;
                rest.insert(name, value);
            }
            Ok(rest)
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
        /// The properties of no field, by name.
        pub(super) fn rest<T: serde::Serialize>(
            &mut self,
            rest: &std::collections::BTreeMap<String, T>,
        ) {
            for (name, value) in rest {
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
