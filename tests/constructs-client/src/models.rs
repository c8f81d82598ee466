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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("petType", &self.pet_type)?;
        object.serialize_entry("lives", &self.lives)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Cat {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            pet_type: object.required("petType")?,
            lives: object.required("lives")?,
        })
    }
}

/// Markdown with **bold**, `code`, a [link](https://example.com), a bare <https://example.com/x>,
/// HTML &lt;b&gt;tags&lt;/b&gt;, brackets \[like this\], a comment closer */ and an opener /*.
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "a", &self.a)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Described {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self { a: object.optional("a")? })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("petType", &self.pet_type)?;
        json::write_if_set(&mut object, "bark", &self.bark)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Dog {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            pet_type: object.required("petType")?,
            bark: object.optional("bark")?,
        })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("name", &self.name)?;
        for (name, value) in &self.additional_properties {
            object.serialize_entry(name, value)?;
        }
        object.end()
    }
}

impl<'de> Deserialize<'de> for Labels {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            name: object.required("name")?,
            additional_properties: object.rest()?,
        })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("name", &self.name)?;
        object.serialize_entry("extra", &self.extra)?;
        for (name, value) in &self.additional_properties {
            object.serialize_entry(name, value)?;
        }
        object.end()
    }
}

impl<'de> Deserialize<'de> for Merged {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            name: object.required("name")?,
            extra: object.required("extra")?,
            additional_properties: object.rest()?,
        })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "nickname", &self.nickname)?;
        json::write_if_set(&mut object, "age", &self.age)?;
        json::write_if_set(&mut object, "priority", &self.priority)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Patch {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            nickname: object.nullable("nickname")?,
            age: object.nullable("age")?,
            priority: object.optional("priority")?,
        })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("label", &self.label)?;
        json::write_if_set(&mut object, "parent", &self.parent)?;
        json::write_if_set(&mut object, "children", &self.children)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for TreeNode {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            label: object.required("label")?,
            parent: object.optional("parent")?,
            children: object.optional("children")?,
        })
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "type", &self.r#type)?;
        json::write_if_set(&mut object, "self", &self.self_)?;
        json::write_if_set(&mut object, "_links", &self.links)?;
        json::write_if_set(&mut object, "links", &self.links_2)?;
        json::write_if_set(&mut object, "2fa", &self.field_2fa)?;
        json::write_if_set(&mut object, "foo-bar", &self.foo_bar)?;
        json::write_if_set(&mut object, "fooBar", &self.foo_bar_2)?;
        json::write_if_set(&mut object, "@id", &self.at_id)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Weird {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            r#type: object.optional("type")?,
            self_: object.optional("self")?,
            links: object.optional("_links")?,
            links_2: object.optional("links")?,
            field_2fa: object.optional("2fa")?,
            foo_bar: object.optional("foo-bar")?,
            foo_bar_2: object.optional("fooBar")?,
            at_id: object.optional("@id")?,
        })
    }
}

/// Reading structs from JSON objects.
mod json {
    use serde::Deserialize;
    /// A JSON object a struct takes its properties from, one call each.
    pub(super) struct Object<E> {
        object: serde_json::Map<String, serde_json::Value>,
        error: std::marker::PhantomData<E>,
    }
    impl<E: serde::de::Error> Object<E> {
        pub(super) fn read<'de, D: serde::Deserializer<'de, Error = E>>(
            deserializer: D,
        ) -> Result<Self, E> {
            let object = serde_json::Map::deserialize(deserializer)?;
            Ok(Self {
                object,
                error: std::marker::PhantomData,
            })
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
        /// A property that may be absent or `null`, both `None`.
        pub(super) fn optional<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &str,
        ) -> Result<Option<T>, E> {
            match self.object.remove(name) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(value) => decode(name, value).map(Some),
            }
        }
        /// A property that may be absent (`None`), `null` (`Some(None)`) or a value.
        pub(super) fn nullable<T: serde::de::DeserializeOwned>(
            &mut self,
            name: &str,
        ) -> Result<Option<Option<T>>, E> {
            match self.object.remove(name) {
                None => Ok(None),
                Some(serde_json::Value::Null) => Ok(Some(None)),
                Some(value) => decode(name, value).map(|value| Some(Some(value))),
            }
        }
        /// The properties no field took, by name.
        pub(super) fn rest<T: serde::de::DeserializeOwned>(
            self,
        ) -> Result<std::collections::BTreeMap<String, T>, E> {
            let mut rest = std::collections::BTreeMap::new();
            for (name, value) in self.object {
                let value = decode(&name, value)?;
                rest.insert(name, value);
            }
            Ok(rest)
        }
    }
    /// Writes the property `name` if it is set, and leaves it out otherwise.
    pub(super) fn write_if_set<M: serde::ser::SerializeMap, T: serde::Serialize>(
        object: &mut M,
        name: &str,
        value: &Option<T>,
    ) -> Result<(), M::Error> {
        match value {
            Some(value) => object.serialize_entry(name, value),
            None => Ok(()),
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
