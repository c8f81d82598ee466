// This file is generated from tests/fixtures/specs/wire.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// The `Item` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Item {
    /// The `id` property.
    pub id: Option<i64>,
    /// The `name` property.
    ///
    /// Length: at least 1 character.
    pub name: String,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
}

impl Serialize for Item {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("id", &self.id)?;
        object.required("name", &self.name)?;
        object.optional("tags", &self.tags)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            id: object.optional("id")?,
            name: object.required("name")?,
            tags: object.optional("tags")?,
        })
    }
}

impl Item {
    ///A `Item` with its required properties; the optional ones start out as `None`.
    pub fn new(name: String) -> Self {
        Self { id: None, name, tags: None }
    }
}

/// The `Job` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Job {
    /// The `id` property.
    pub id: String,
}

impl Serialize for Job {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("id", &self.id)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Job {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self { id: object.required("id")? })
    }
}

/// The `ListEventsResponse` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventsResponse {
    /// The `data` property.
    pub data: Vec<Job>,
    /// The `meta` property.
    pub meta: Option<ListEventsResponseMeta>,
}

impl Serialize for ListEventsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("data", &self.data)?;
        object.optional("meta", &self.meta)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            data: object.required("data")?,
            meta: object.optional("meta")?,
        })
    }
}

/// The `ListEventsResponseMeta` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListEventsResponseMeta {
    /// The `next` property.
    ///
    /// `None` leaves the property out; `Some(None)` sends `null`.
    pub next: Option<Option<String>>,
}

impl Serialize for ListEventsResponseMeta {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("next", &self.next)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponseMeta {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            next: object.nullable("next")?,
        })
    }
}

/// The `ListItemsFilter` type of the API.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListItemsFilter {
    /// The `min` property.
    pub min: Option<i64>,
    /// The `tag` property.
    pub tag: Option<String>,
}

impl Serialize for ListItemsFilter {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("min", &self.min)?;
        object.optional("tag", &self.tag)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListItemsFilter {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            min: object.optional("min")?,
            tag: object.optional("tag")?,
        })
    }
}

/// The `ListLogsResponse` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ListLogsResponse {
    /// The `lines` property.
    pub lines: Option<Vec<String>>,
    /// The `total` property.
    pub total: Option<i32>,
}

impl Serialize for ListLogsResponse {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("lines", &self.lines)?;
        object.optional("total", &self.total)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListLogsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            lines: object.optional("lines")?,
            total: object.optional("total")?,
        })
    }
}

/// The `Order` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Order {
    /// The value `asc`.
    Asc,
    /// The value `desc`.
    Desc,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for Order {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Order {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "asc" => Self::Asc,
                "desc" => Self::Desc,
                _ => Self::Unknown(value),
            },
        )
    }
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
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Problem {
    /// The `title` property.
    pub title: Option<String>,
}

impl Serialize for Problem {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("title", &self.title)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            title: object.optional("title")?,
        })
    }
}

/// The `SubmitFormBody` type of the API.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SubmitFormBody {
    /// The `name` property.
    ///
    /// Length: at least 1 character.
    pub name: String,
    /// The `tags` property.
    pub tags: Option<Vec<String>>,
    /// The `meta` property.
    pub meta: Option<::std::collections::BTreeMap<String, String>>,
    /// The `count` property.
    pub count: Option<i64>,
}

impl Serialize for SubmitFormBody {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name)?;
        object.optional("tags", &self.tags)?;
        object.optional("meta", &self.meta)?;
        object.optional("count", &self.count)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for SubmitFormBody {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        Ok(Self {
            name: object.required("name")?,
            tags: object.optional("tags")?,
            meta: object.optional("meta")?,
            count: object.optional("count")?,
        })
    }
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

/// Reading and writing structs as JSON objects.
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
    }
    /// A JSON object a struct writes its properties to, one call each.
    pub(super) struct Writer<M>(M);
    impl<M: serde::ser::SerializeMap> Writer<M> {
        pub(super) fn start<S: serde::Serializer<SerializeMap = M>>(
            serializer: S,
        ) -> Result<Self, S::Error> {
            serializer.serialize_map(None).map(Self)
        }
        /// A property that is always there.
        pub(super) fn required<T: serde::Serialize>(
            &mut self,
            name: &str,
            value: &T,
        ) -> Result<(), M::Error> {
            self.0.serialize_entry(name, value)
        }
        /// A property written if it is set, and left out otherwise.
        pub(super) fn optional<T: serde::Serialize>(
            &mut self,
            name: &str,
            value: &Option<T>,
        ) -> Result<(), M::Error> {
            match value {
                Some(value) => self.0.serialize_entry(name, value),
                None => Ok(()),
            }
        }
        pub(super) fn end(self) -> Result<M::Ok, M::Error> {
            self.0.end()
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
