// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// A thing's id; `none` is not one.
///
/// Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
pub type Id = String;

/// The `ListThingsResponse404` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListThingsResponse404 {
    /// The `message` property.
    pub message: Option<String>,
}

impl Serialize for ListThingsResponse404 {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "message", &self.message)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListThingsResponse404 {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            message: object.optional("message")?,
        })
    }
}

/// The `Thing` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Thing {
    /// A thing's id; `none` is not one.
    ///
    /// Must match the regular expression `^(?!none$)[a-z0-9-]+$`.
    pub id: Id,
    /// The `name` property.
    pub name: Option<String>,
    /// The `parts` property.
    pub parts: Option<Vec<Thing>>,
}

impl Serialize for Thing {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("id", &self.id)?;
        json::write_if_set(&mut object, "name", &self.name)?;
        json::write_if_set(&mut object, "parts", &self.parts)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            id: object.required("id")?,
            name: object.optional("name")?,
            parts: object.optional("parts")?,
        })
    }
}

impl Thing {
    ///A `Thing` with its required properties; the optional ones start out as `None`.
    pub fn new(id: Id) -> Self {
        Self {
            id,
            name: None,
            parts: None,
        }
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
