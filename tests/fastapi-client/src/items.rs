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
    /// - `colour` (query parameter `colour`, optional; set with [`ListItems::colour`]): Default: `[]`.
    /// - `limit` (query parameter `limit`, optional; set with [`ListItems::limit`]): Range: 1 to 100. Default: `10`.
    /// - `name_prefix` (query parameter `name_prefix`, optional; set with [`ListItems::name_prefix`])
    ///
    /// # Responses
    ///
    /// - `200`: Successful Response. Body: `Vec<Item>`.
    /// - `422`: Validation Error. Body: [`HttpValidationError`](crate::models::HttpValidationError). Returned as [`Error::Api`](crate::Error::Api).
    ///
    /// Any other status is an [`Error::UnexpectedStatus`](crate::Error::UnexpectedStatus).
    pub fn list_items(&self) -> ListItems<'a> {
        ListItems {
            client: self.client,
            options: ::core::default::Default::default(),
            colour: None,
            limit: None,
            name_prefix: None,
        }
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
    pub fn create_item(&self, body: crate::models::ItemIn) -> CreateItem<'a> {
        CreateItem {
            client: self.client,
            options: ::core::default::Default::default(),
            body,
        }
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
    pub fn get_item(
        &self,
        item_id: impl ::core::convert::Into<::std::string::String>,
    ) -> GetItem<'a> {
        GetItem {
            client: self.client,
            options: ::core::default::Default::default(),
            item_id: item_id.into(),
        }
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
        item_id: impl ::core::convert::Into<::std::string::String>,
    ) -> DeleteItem<'a> {
        DeleteItem {
            client: self.client,
            options: ::core::default::Default::default(),
            item_id: item_id.into(),
        }
    }
}

/// A request to `GET /items`: List Items
///
/// Made by [`ItemsApi::list_items`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct ListItems<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    colour: ::core::option::Option<::std::vec::Vec<crate::models::Colour>>,
    limit: ::core::option::Option<i64>,
    name_prefix: ::core::option::Option<::std::string::String>,
}

impl<'a> ListItems<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// The `colour` parameter.
    ///
    /// Default: `[]`.
    pub fn colour(mut self, value: ::std::vec::Vec<crate::models::Colour>) -> Self {
        self.colour = Some(value);
        self
    }
    /// The `limit` parameter.
    ///
    /// Range: 1 to 100. Default: `10`.
    pub fn limit(mut self, value: i64) -> Self {
        self.limit = Some(value);
        self
    }
    /// The `name_prefix` parameter.
    pub fn name_prefix(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.name_prefix = Some(value.into());
        self
    }
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(
        self,
    ) -> crate::Sending<
        'a,
        ::std::vec::Vec<crate::models::Item>,
        crate::models::HttpValidationError,
    > {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<::std::vec::Vec<crate::models::Item>>,
                crate::runtime::decode_json::<crate::models::HttpValidationError>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let root = crate::runtime::FieldPath::ROOT;
        if let Some(value) = &self.limit {
            crate::runtime::check_range(
                *value as f64,
                Some((1.0, false)),
                Some((100.0, false)),
                &root.with_field("limit"),
            )?;
        }
        let path = ::std::string::String::from("/items");
        let mut request = crate::runtime::OperationRequest::new(
            "list_items",
            "/items",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        if let Some(value) = &self.colour {
            request
                .add_query_list(
                    "colour",
                    value.iter().map(|item| item.as_str().to_owned()),
                    true,
                );
        }
        if let Some(value) = &self.limit {
            request.add_query("limit", value.to_string());
        }
        if let Some(value) = &self.name_prefix {
            request.add_query("name_prefix", value.clone());
        }
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for ListItems<'a> {
    type Output = ::core::result::Result<
        crate::Response<::std::vec::Vec<crate::models::Item>>,
        crate::Error<crate::models::HttpValidationError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        ::std::vec::Vec<crate::models::Item>,
        crate::models::HttpValidationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `POST /items`: Create Item
///
/// Made by [`ItemsApi::create_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct CreateItem<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    body: crate::models::ItemIn,
}

impl<'a> CreateItem<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(
        self,
    ) -> crate::Sending<'a, crate::models::Item, crate::models::HttpValidationError> {
        let expected = &crate::runtime::Expected {
            success: &[201],
            errors: &[422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Item>,
                crate::runtime::decode_json::<crate::models::HttpValidationError>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let root = crate::runtime::FieldPath::ROOT;
        {
            let value = &self.body;
            crate::runtime::Validate::validate(value, &root)?;
        }
        let path = ::std::string::String::from("/items");
        let mut request = crate::runtime::OperationRequest::new(
            "create_item",
            "/items",
            ::reqwest::Method::POST,
            path,
            Some("application/json"),
            self.options,
        );
        request.json_body(&self.body, "application/json")?;
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for CreateItem<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Item>,
        crate::Error<crate::models::HttpValidationError>,
    >;
    type IntoFuture = crate::Sending<
        'a,
        crate::models::Item,
        crate::models::HttpValidationError,
    >;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}

/// A request to `GET /items/{item_id}`: Get Item
///
/// Made by [`ItemsApi::get_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct GetItem<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    item_id: ::std::string::String,
}

impl<'a> GetItem<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(self) -> crate::Sending<'a, crate::models::Item, GetItemError> {
        let expected = &crate::runtime::Expected {
            success: &[200],
            errors: &[404, 422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_json::<crate::models::Item>,
                GetItemError::decode,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ["/items/", &crate::runtime::path_segment("item_id", &self.item_id)?]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "get_item",
            "/items/{item_id}",
            ::reqwest::Method::GET,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for GetItem<'a> {
    type Output = ::core::result::Result<
        crate::Response<crate::models::Item>,
        crate::Error<GetItemError>,
    >;
    type IntoFuture = crate::Sending<'a, crate::models::Item, GetItemError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
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
    fn decode(
        status: ::reqwest::StatusCode,
        bytes: &[u8],
    ) -> ::core::result::Result<Self, ::std::string::String> {
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

/// A request to `DELETE /items/{item_id}`: Delete Item
///
/// Made by [`ItemsApi::delete_item`]. Set optional parameters with its methods, then `.await` it or call [`send`](Self::send).
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent with `.await` or `.send().await`"]
pub struct DeleteItem<'a> {
    client: &'a crate::Client,
    options: crate::runtime::Options,
    item_id: ::std::string::String,
}

impl<'a> DeleteItem<'a> {
    /// The token scopes this operation accepts; a token needs at least one of them.
    pub const ACCEPTED_SCOPES: &'static [&'static str] = &[];
    /// Gives up on this request, on each attempt, after `timeout` instead of the client's
    /// timeout: an [`Error::Timeout`](crate::Error::Timeout) then.
    pub fn timeout(mut self, timeout: ::core::time::Duration) -> Self {
        self.options.set_timeout(timeout);
        self
    }
    /// Retries this request as `policy` says, instead of as the client's policy does.
    pub fn retry_policy(mut self, policy: crate::RetryPolicy) -> Self {
        self.options.set_retry_policy(policy);
        self
    }
    /// Marks this request as safe to send more than once, so that it is retried as a GET is (see [`RetryPolicy`](crate::RetryPolicy)) whatever its method.
    pub fn idempotent(mut self) -> Self {
        self.options.set_idempotent();
        self
    }
    /// Checks the request against the API description, sends it, and decodes the response.
    pub fn send(self) -> crate::Sending<'a, (), crate::models::HttpValidationError> {
        let expected = &crate::runtime::Expected {
            success: &[204],
            errors: &[422],
        };
        self.client
            .start(
                self.plan(),
                expected,
                crate::runtime::decode_empty,
                crate::runtime::decode_json::<crate::models::HttpValidationError>,
            )
    }
    /// The request, checked against the API description, as the runtime sends it.
    fn plan(
        self,
    ) -> ::core::result::Result<
        crate::runtime::OperationRequest,
        crate::runtime::ValidationError,
    > {
        let path = ["/items/", &crate::runtime::path_segment("item_id", &self.item_id)?]
            .concat();
        let request = crate::runtime::OperationRequest::new(
            "delete_item",
            "/items/{item_id}",
            ::reqwest::Method::DELETE,
            path,
            Some("application/json"),
            self.options,
        );
        ::core::result::Result::Ok(request)
    }
}

impl<'a> ::core::future::IntoFuture for DeleteItem<'a> {
    type Output = ::core::result::Result<
        crate::Response<()>,
        crate::Error<crate::models::HttpValidationError>,
    >;
    type IntoFuture = crate::Sending<'a, (), crate::models::HttpValidationError>;
    fn into_future(self) -> Self::IntoFuture {
        self.send()
    }
}
