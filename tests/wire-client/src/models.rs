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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "id", &self.id)?;
        object.serialize_entry("name", &self.name)?;
        json::write_if_set(&mut object, "tags", &self.tags)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("id", &self.id)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Job {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("data", &self.data)?;
        json::write_if_set(&mut object, "meta", &self.meta)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "next", &self.next)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponseMeta {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "min", &self.min)?;
        json::write_if_set(&mut object, "tag", &self.tag)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListItemsFilter {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "lines", &self.lines)?;
        json::write_if_set(&mut object, "total", &self.total)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListLogsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        json::write_if_set(&mut object, "title", &self.title)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
        use serde::ser::SerializeMap;
        let mut object = serializer.serialize_map(None)?;
        object.serialize_entry("name", &self.name)?;
        json::write_if_set(&mut object, "tags", &self.tags)?;
        json::write_if_set(&mut object, "meta", &self.meta)?;
        json::write_if_set(&mut object, "count", &self.count)?;
        object.end()
    }
}

impl<'de> Deserialize<'de> for SubmitFormBody {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let mut object = json::Object::read(deserializer)?;
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
