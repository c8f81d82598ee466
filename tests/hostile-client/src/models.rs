// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `BoxModel` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct BoxModel {
    /// The `type` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub r#type: Option<String>,
}

impl<'de> Deserialize<'de> for BoxModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            r#type: object.optional("type")?,
        })
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
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[non_exhaustive]
pub struct OptionModel {
    /// The `some` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub some: Option<String>,
    /// The `none` property.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub none: Option<i64>,
}

impl<'de> Deserialize<'de> for OptionModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            some: object.optional("some")?,
            none: object.optional("none")?,
        })
    }
}

/// The `ResultModel` type of the API.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ResultModel {
    /// The `value` property.
    pub value: String,
    /// The `fooBar` property.
    #[serde(rename = "fooBar", skip_serializing_if = "Option::is_none")]
    pub foo_bar: Option<String>,
    /// The `foo_bar` property.
    #[serde(rename = "foo_bar", skip_serializing_if = "Option::is_none")]
    pub foo_bar_2: Option<String>,
    /// The `FooBar` property.
    #[serde(rename = "FooBar", skip_serializing_if = "Option::is_none")]
    pub foo_bar_3: Option<String>,
    /// The `foo-bar` property.
    #[serde(rename = "foo-bar", skip_serializing_if = "Option::is_none")]
    pub foo_bar_4: Option<String>,
    /// The `self` property.
    #[serde(rename = "self", skip_serializing_if = "Option::is_none")]
    pub self_: Option<String>,
}

impl<'de> Deserialize<'de> for ResultModel {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
        Ok(Self {
            value: object.required("value")?,
            foo_bar: object.optional("fooBar")?,
            foo_bar_2: object.optional("foo_bar")?,
            foo_bar_3: object.optional("FooBar")?,
            foo_bar_4: object.optional("foo-bar")?,
            self_: object.optional("self")?,
        })
    }
}

/// The `StringModel` type of the API.
pub type StringModel = String;

/// The `VecModel` type of the API.
pub type VecModel = Vec<StringModel>;

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
    /// The value of the property `name`, an error naming the property if it is not a `T`.
    fn decode<T: serde::de::DeserializeOwned, E: serde::de::Error>(
        name: &str,
        value: serde_json::Value,
    ) -> Result<T, E> {
        T::deserialize(value)
            .map_err(|error| E::custom(format_args!("property `{name}`: {error}")))
    }
}
