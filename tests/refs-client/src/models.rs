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
        let mut object = json::Writer::start(serializer)?;
        object.optional("message", &self.message);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListThingsResponse404 {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            message: object.optional("message"),
        };
        object.finish(value)
    }
}

/// A part of a thing, made of smaller parts.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Part {
    /// The `name` property.
    pub name: String,
    /// The `parts` property.
    pub parts: Option<Vec<Part>>,
}

impl Serialize for Part {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.optional("parts", &self.parts);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Part {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            parts: object.optional("parts"),
        };
        object.finish(value)
    }
}

/// The `PutLabelBody` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PutLabelBody {
    /// The `text` property.
    ///
    /// Length: at most 40 characters.
    pub text: String,
}

impl Serialize for PutLabelBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("text", &self.text);
        object.end()
    }
}

impl<'de> Deserialize<'de> for PutLabelBody {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            text: object.required("text")?,
        };
        object.finish(value)
    }
}

impl PutLabelBody {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(text: String) -> Self {
        Self { text }
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
        let mut object = json::Writer::start(serializer)?;
        object.required("id", &self.id);
        object.optional("name", &self.name);
        object.optional("parts", &self.parts);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Thing {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            id: object.required("id")?,
            name: object.optional("name"),
            parts: object.optional("parts"),
        };
        object.finish(value)
    }
}

impl Thing {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(id: Id) -> Self {
        Self {
            id,
            name: None,
            parts: None,
        }
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
