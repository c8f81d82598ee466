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
        object.optional("id", &self.id);
        object.required("name", &self.name);
        object.optional("tags", &self.tags);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            id: object.optional("id"),
            tags: object.optional("tags"),
        };
        object.finish(value)
    }
}

impl Item {
    /// Creates the value from its required properties; the optional ones start out as `None`.
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
        object.required("id", &self.id);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Job {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self { id: object.required("id")? };
        object.finish(value)
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
        object.required("data", &self.data);
        object.optional("meta", &self.meta);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            data: object.required("data")?,
            meta: object.optional("meta"),
        };
        object.finish(value)
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
        object.optional("next", &self.next);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListEventsResponseMeta {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            next: object.nullable("next"),
        };
        object.finish(value)
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
        object.optional("min", &self.min);
        object.optional("tag", &self.tag);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListItemsFilter {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            min: object.optional("min"),
            tag: object.optional("tag"),
        };
        object.finish(value)
    }
}

/// The `ListItemsSearch` type of the API.
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct ListItemsSearch {
    /// The `name` property.
    pub name: Option<String>,
}

impl Serialize for ListItemsSearch {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("name", &self.name);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListItemsSearch {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.optional("name"),
        };
        object.finish(value)
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
        object.optional("lines", &self.lines);
        object.optional("total", &self.total);
        object.end()
    }
}

impl<'de> Deserialize<'de> for ListLogsResponse {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            lines: object.optional("lines"),
            total: object.optional("total"),
        };
        object.finish(value)
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
        object.optional("title", &self.title);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Problem {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            title: object.optional("title"),
        };
        object.finish(value)
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
        object.required("name", &self.name);
        object.optional("tags", &self.tags);
        object.optional("meta", &self.meta);
        object.optional("count", &self.count);
        object.end()
    }
}

impl<'de> Deserialize<'de> for SubmitFormBody {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            tags: object.optional("tags"),
            meta: object.optional("meta"),
            count: object.optional("count"),
        };
        object.finish(value)
    }
}

impl SubmitFormBody {
    /// Creates the value from its required properties; the optional ones start out as `None`.
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
