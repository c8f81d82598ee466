// This file is generated from tests/fixtures/fastapi/openapi.json by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Operations on `items`.

impl crate::Client {
    /// Operations on `items`: see [`ItemsApi`].
    pub fn items(&self) -> ItemsApi<'_> {
        ItemsApi { client: self }
    }
}

/// The operations on `items`, borrowed from a [`Client`](crate::Client) by [`Client::items`](crate::Client::items).
#[derive(Debug, Clone, Copy)]
pub struct ItemsApi<'a> {
    client: &'a crate::Client,
}

impl<'a> ItemsApi<'a> {
    /// List Items
    ///
    /// `GET /items`
    ///
    /// # Parameters
    ///
    /// - `colour` (query parameter `colour`, optional; set with [`Request::colour`](crate::Request::colour)): Default: `[]`.
    /// - `limit` (query parameter `limit`, optional; set with [`Request::limit`](crate::Request::limit)): Range: 1 to 100. Default: `10`.
    /// - `name_prefix` (query parameter `name_prefix`, optional; set with [`Request::name_prefix`](crate::Request::name_prefix))
    ///
    /// # Responses
    ///
    /// - `200`: Successful Response. Body: `Vec<Item>`.
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_items(&self) -> crate::Request<'a, ListItems> {
        self.client
            .request_for(ListItems {
                colour: None,
                limit: None,
                name_prefix: None,
            })
    }
    /// Create Item
    ///
    /// `POST /items`
    ///
    /// # Parameters
    ///
    /// - `body` (request body, required)
    ///
    /// # Responses
    ///
    /// - `201`: Successful Response. Body: [`Item`](crate::models::Item).
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn create_item(
        &self,
        body: crate::models::ItemIn,
    ) -> crate::Request<'a, CreateItem> {
        self.client.request_for(CreateItem { body })
    }
    /// Get Item
    ///
    /// `GET /items/{item_id}`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `item_id`, required): Format: `uuid`.
    ///
    /// # Responses
    ///
    /// - `200`: Successful Response. Body: [`Item`](crate::models::Item).
    /// - `404`: No such item. Returned as [`Error::Api`](crate::Error::Api).
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn get_item(&self, item_id: impl AsRef<str>) -> crate::Request<'a, GetItem> {
        self.client.request_at([&item_id.as_ref()], GetItem)
    }
    /// Delete Item
    ///
    /// `DELETE /items/{item_id}`
    ///
    /// # Parameters
    ///
    /// - `item_id` (path parameter `item_id`, required): Format: `uuid`.
    ///
    /// # Responses
    ///
    /// - `204`: Successful Response.
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn delete_item(
        &self,
        item_id: impl AsRef<str>,
    ) -> crate::Request<'a, DeleteItem> {
        self.client.request_at([&item_id.as_ref()], DeleteItem)
    }
}

/// The operation `GET /items`: List Items
///
/// [`ItemsApi::list_items`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct ListItems {
    colour: Option<Vec<crate::models::Colour>>,
    limit: Option<i64>,
    name_prefix: Option<String>,
}

impl<'a> crate::Request<'a, ListItems> {
    /// The `colour` parameter.
    ///
    /// Default: `[]`.
    pub fn colour(mut self, value: Vec<crate::models::Colour>) -> Self {
        self.parameters.colour = Some(value);
        self
    }
    /// The `limit` parameter.
    ///
    /// Range: 1 to 100. Default: `10`.
    pub fn limit(mut self, value: i64) -> Self {
        self.parameters.limit = Some(value);
        self
    }
    /// The `name_prefix` parameter.
    pub fn name_prefix(mut self, value: impl Into<String>) -> Self {
        self.parameters.name_prefix = Some(value.into());
        self
    }
}

impl crate::runtime::Operation for ListItems {
    type Output = Vec<crate::models::Item>;
    type Error = crate::models::HttpValidationError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "list_items",
        method: ::reqwest::Method::GET,
        template: "/items",
        errors: &[422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        if let Some(value) = &self.limit {
            crate::runtime::check_range(
                *value as f64,
                Some((1.0, false)),
                Some((100.0, false)),
                &root.with_field("limit"),
            )?;
        }
        if let Some(value) = self.colour {
            req.add_query_list(
                "colour",
                value.into_iter().map(|item| item.as_str().to_owned()),
                true,
            );
        }
        if let Some(value) = self.limit {
            req.add_query("limit", value.to_string());
        }
        if let Some(value) = self.name_prefix {
            req.add_query("name_prefix", value);
        }
        Ok(())
    }
}

/// The operation `POST /items`: Create Item
///
/// [`ItemsApi::create_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
pub struct CreateItem {
    body: crate::models::ItemIn,
}

impl crate::runtime::Operation for CreateItem {
    type Output = crate::models::Item;
    type Error = crate::models::HttpValidationError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "create_item",
        method: ::reqwest::Method::POST,
        template: "/items",
        success: &[201],
        errors: &[422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders::JSON;
    fn plan(self, req: &mut crate::runtime::Outgoing) -> crate::runtime::Planned {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        req.json_body(&self.body, "application/json")
    }
}

/// The operation `GET /items/{item_id}`: Get Item
///
/// [`ItemsApi::get_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct GetItem;

impl crate::runtime::Operation for GetItem {
    type Output = crate::models::Item;
    type Error = GetItemError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "get_item",
        method: ::reqwest::Method::GET,
        template: "/items/{item_id}",
        errors: &[404, 422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_json,
        error: GetItemError::decode,
    };
}

/// The body of a documented error response to `GET /items/{item_id}`, by status.
#[derive(Debug, Clone, PartialEq)]
pub enum GetItemError {
    /// `404`: No such item.
    NotFound,
    /// `422`: Validation Error.
    UnprocessableContent(crate::models::HttpValidationError),
}

impl GetItemError {
    fn decode(status: ::reqwest::StatusCode, bytes: &[u8]) -> Result<Self, String> {
        match status.as_u16() {
            404 => crate::runtime::decode_empty(status, bytes).map(|()| Self::NotFound),
            422 => {
                crate::runtime::decode_json::<
                    crate::models::HttpValidationError,
                >(status, bytes)
                    .map(Self::UnprocessableContent)
            }
            _ => Err(::std::format!("the API documents no body for status {status}")),
        }
    }
}

/// The operation `DELETE /items/{item_id}`: Delete Item
///
/// [`ItemsApi::delete_item`] makes a [`Request`](crate::Request) of it. Set optional parameters with the request's methods, then `.await` it or call [`send`](crate::Request::send).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DeleteItem;

impl crate::runtime::Operation for DeleteItem {
    type Output = ();
    type Error = crate::models::HttpValidationError;
    const DESCRIPTION: &'static crate::runtime::Description = &crate::runtime::Description {
        id: "delete_item",
        method: ::reqwest::Method::DELETE,
        template: "/items/{item_id}",
        success: &[204],
        errors: &[422],
        ..crate::runtime::Description::USUAL
    };
    const DECODE: crate::runtime::Decoders<Self::Output, Self::Error> = crate::runtime::Decoders {
        output: crate::runtime::decode_empty,
        error: crate::runtime::decode_json,
    };
}
