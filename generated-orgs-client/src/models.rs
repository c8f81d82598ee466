// This file is generated from spec/instance-orgs.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! The request and response bodies of the API.

use serde::{Deserialize, Serialize};

/// Why a request failed.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Error {
    /// The kind of error.
    pub r#type: Option<String>,
    /// A human-readable explanation.
    pub message: Option<String>,
}

impl Serialize for Error {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("type", &self.r#type);
        object.optional("message", &self.message);
        object.end()
    }
}

impl<'de> Deserialize<'de> for Error {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            r#type: object.optional("type"),
            message: object.optional("message"),
        };
        object.finish(value)
    }
}

/// An organization owned by an instance (the parts a listing shows).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrg {
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub org_id: Option<ObjectId>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub instance_id: Option<ObjectId>,
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: String,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    pub description: Option<String>,
    /// When the organization was created.
    pub creation_date: Option<chrono::DateTime<chrono::Utc>>,
    /// When the organization was last changed.
    pub last_updated: Option<chrono::DateTime<chrono::Utc>>,
}

impl Serialize for InstanceOrg {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("id", &self.id);
        object.optional("orgId", &self.org_id);
        object.optional("instanceId", &self.instance_id);
        object.required("name", &self.name);
        object.optional("description", &self.description);
        object.optional("creationDate", &self.creation_date);
        object.optional("lastUpdated", &self.last_updated);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrg {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            id: object.optional("id"),
            org_id: object.optional("orgId"),
            instance_id: object.optional("instanceId"),
            description: object.optional("description"),
            creation_date: object.optional("creationDate"),
            last_updated: object.optional("lastUpdated"),
        };
        object.finish(value)
    }
}

/// A new organization.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrgPost {
    /// The organization's name.
    ///
    /// Length: 1 to 255 characters.
    pub name: String,
    /// A description of the organization.
    ///
    /// Length: at most 32767 characters.
    pub description: Option<String>,
    /// The color of the organization's icon.
    ///
    /// Length: at most 64 characters.
    pub icon_color: Option<String>,
    /// Email domains whose users may be invited to the organization.
    ///
    /// Each item: length: 3 to 45 characters.
    pub whitelisted_email_domains: Option<Vec<String>>,
}

impl Serialize for InstanceOrgPost {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.required("name", &self.name);
        object.optional("description", &self.description);
        object.optional("iconColor", &self.icon_color);
        object.optional("whitelistedEmailDomains", &self.whitelisted_email_domains);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgPost {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            name: object.required("name")?,
            description: object.optional("description"),
            icon_color: object.optional("iconColor"),
            whitelisted_email_domains: object.optional("whitelistedEmailDomains"),
        };
        object.finish(value)
    }
}

impl InstanceOrgPost {
    /// Creates the value from its required properties; the optional ones start out as `None`.
    pub fn new(name: String) -> Self {
        Self {
            name,
            description: None,
            icon_color: None,
            whitelisted_email_domains: None,
        }
    }
}

/// A page of organizations.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InstanceOrgs {
    /// The organizations on this page.
    pub items: Option<Vec<InstanceOrg>>,
    /// Number of organizations on this page.
    pub count: Option<i64>,
    /// Number of organizations in all pages.
    pub total_count: Option<i64>,
    /// Page size asked for.
    pub per_page: Option<i64>,
    /// The page returned, from 0.
    pub page: Option<i64>,
    /// The filter applied.
    pub filter: Option<String>,
    /// The field filtered on.
    pub filter_field: Option<String>,
    /// The field sorted by.
    pub sort_field: Option<String>,
    /// The direction sorted in.
    pub sort_direction: Option<String>,
    /// A 24-character hexadecimal identifier.
    ///
    /// Must match the regular expression `^[A-Fa-f\d]{24}$`.
    pub instance_id: Option<ObjectId>,
}

impl Serialize for InstanceOrgs {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut object = json::Writer::start(serializer)?;
        object.optional("items", &self.items);
        object.optional("count", &self.count);
        object.optional("totalCount", &self.total_count);
        object.optional("perPage", &self.per_page);
        object.optional("page", &self.page);
        object.optional("filter", &self.filter);
        object.optional("filterField", &self.filter_field);
        object.optional("sortField", &self.sort_field);
        object.optional("sortDirection", &self.sort_direction);
        object.optional("instanceId", &self.instance_id);
        object.end()
    }
}

impl<'de> Deserialize<'de> for InstanceOrgs {
    fn deserialize<D: serde::Deserializer<'de>>(input: D) -> Result<Self, D::Error> {
        let mut object = json::Object::read(input)?;
        let value = Self {
            items: object.optional("items"),
            count: object.optional("count"),
            total_count: object.optional("totalCount"),
            per_page: object.optional("perPage"),
            page: object.optional("page"),
            filter: object.optional("filter"),
            filter_field: object.optional("filterField"),
            sort_field: object.optional("sortField"),
            sort_direction: object.optional("sortDirection"),
            instance_id: object.optional("instanceId"),
        };
        object.finish(value)
    }
}

/// A 24-character hexadecimal identifier.
///
/// Must match the regular expression `^[A-Fa-f\d]{24}$`.
pub type ObjectId = String;

/// The `OrgFilterField` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgFilterField {
    /// The value `name`.
    Name,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for OrgFilterField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrgFilterField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "name" => Self::Name,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl OrgFilterField {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrgFilterField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `OrgSortField` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum OrgSortField {
    /// The value `name`.
    Name,
    /// The value `id`.
    Id,
    /// The value `creationDate`.
    CreationDate,
    /// The value `lastUpdated`.
    LastUpdated,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for OrgSortField {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for OrgSortField {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(
            match value.as_str() {
                "name" => Self::Name,
                "id" => Self::Id,
                "creationDate" => Self::CreationDate,
                "lastUpdated" => Self::LastUpdated,
                _ => Self::Unknown(value),
            },
        )
    }
}

impl OrgSortField {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Name => "name",
            Self::Id => "id",
            Self::CreationDate => "creationDate",
            Self::LastUpdated => "lastUpdated",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for OrgSortField {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The `SortDirection` type of the API.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum SortDirection {
    /// The value `asc`.
    Asc,
    /// The value `desc`.
    Desc,
    /// A value this version of the client does not know, kept as it was received.
    Unknown(String),
}

impl Serialize for SortDirection {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for SortDirection {
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

impl SortDirection {
    /// The value as it is written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for SortDirection {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
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
