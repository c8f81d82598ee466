// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `BoxModel` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BoxModel {
    /// The `type` property.
    pub r#type: Option<String>,
}

impl Serialize for BoxModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("type", &self.r#type);
        object.end()
    }
}

impl<'de> Deserialize<'de> for BoxModel {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            r#type: object.optional("type"),
        };
        object.finish(value)
    }
}

/// The `Kind` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// The value `plain`.
    Plain,
    /// The value `fancy`.
    Fancy,
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
                "plain" => Self::Plain,
                "fancy" => Self::Fancy,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl Kind {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plain => "plain",
            Self::Fancy => "fancy",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `OptionModel` type of the API.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct OptionModel {
    /// The `some` property.
    pub some: Option<String>,
    /// The `none` property.
    pub none: Option<i64>,
}

impl Serialize for OptionModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("some", &self.some);
        object.optional("none", &self.none);
        object.end()
    }
}

impl<'de> Deserialize<'de> for OptionModel {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            some: object.optional("some"),
            none: object.optional("none"),
        };
        object.finish(value)
    }
}

/// The `ResultModel` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ResultModel {
    /// The `value` property.
    pub value: String,
    /// The `fooBar` property.
    pub foo_bar: Option<String>,
    /// The `foo_bar` property.
    pub foo_bar_2: Option<String>,
    /// The `FooBar` property.
    pub foo_bar_3: Option<String>,
    /// The `foo-bar` property.
    pub foo_bar_4: Option<String>,
    /// The `self` property.
    pub self_: Option<String>,
}

impl Serialize for ResultModel {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("value", &self.value);
        object.optional("fooBar", &self.foo_bar);
        object.optional("foo_bar", &self.foo_bar_2);
        object.optional("FooBar", &self.foo_bar_3);
        object.optional("foo-bar", &self.foo_bar_4);
        object.optional("self", &self.self_);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ResultModel {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            value: object.required("value")?,
            foo_bar: object.optional("fooBar"),
            foo_bar_2: object.optional("foo_bar"),
            foo_bar_3: object.optional("FooBar"),
            foo_bar_4: object.optional("foo-bar"),
            self_: object.optional("self"),
        };
        object.finish(value)
    }
}

/// The `StringModel` type of the API.
pub type StringModel = String;

/// The `VecModel` type of the API.
pub type VecModel = Vec<StringModel>;

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
