//! The page and item streams of an operation that pages (`x-pagination`): the request fetches
//! each page as a copy of itself with the page's position set.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::docs;
use super::operations::outcome_decoding;
use super::runtime::{Helper, Uses};
use super::syntax::{ident, qualified_ty, snake};
use crate::ir::{FieldPath, FieldStep, Operation, PageParameter, PagePosition, Pagination};
use crate::naming::{ITEMS_METHOD, PAGES_METHOD};

/// The request's `pages` and `items` methods.
pub fn streams(operation: &Operation, pagination: &Pagination, uses: &Uses) -> TokenStream {
    let (page_type, _) = outcome_decoding(&operation.success, uses);
    let (error_type, _) = outcome_decoding(&operation.error, uses);
    let item_type = qualified_ty(&pagination.item);
    let pages = ident(PAGES_METHOD);
    let items = ident(ITEMS_METHOD);
    let id = &operation.id;
    let runtime_pages = uses.path(Helper::Pages);
    let runtime_items = uses.path(Helper::Items);
    let page_facts = uses.path(Helper::PageFacts);
    let step = uses.path(Helper::Step);
    let (constructor, arguments, set_position) = position(&pagination.position, id, uses);
    let facts = facts(pagination);
    let arguments_used = match &pagination.position {
        PagePosition::Number { base, .. } => quote!(#base, start, size,),
        PagePosition::Offset { .. } => quote!(start, size,),
        PagePosition::Cursor { .. } => TokenStream::new(),
    };
    let take = value_of(&pagination.items, false);
    let take = match take {
        Access::Place(place) => place,
        Access::Optional(optional) => quote!(#optional.unwrap_or_default()),
    };
    let pages_docs = docs::attrs(&[
        format!(
            "The pages of results, from the page this request asks for, fetched one at a time as the \
             stream is polled; {}.",
            start_docs(&pagination.position)
        ),
        "See [`Pages`](crate::Pages) for when the stream ends.".to_owned(),
    ]);
    quote! {
        #pages_docs
        pub fn #pages(self) -> crate::Pages<'a, #page_type, #error_type> {
            #arguments
            let fetch = move |step: &#step| {
                let mut next = self.clone();
                #set_position
                Ok(::core::future::IntoFuture::into_future(next))
            };
            #runtime_pages::#constructor(#id, #arguments_used Box::new(fetch), |page: &#page_type| #page_facts { #facts })
        }

        /// The items of every page, in order, fetched a page at a time as the stream is polled;
        /// see [`pages`](Self::pages).
        pub fn #items(self) -> crate::Items<'a, #page_type, #item_type, #error_type> {
            #runtime_items::new(self.#pages(), |page: #page_type| #take)
        }
    }
}

/// The runtime's constructor, the statements that bind its `start` and `size` (read before
/// the fetch function takes the request), and the statements that set the position of the page
/// `step` in `next`.
fn position(position: &PagePosition, id: &str, uses: &Uses) -> (proc_macro2::Ident, TokenStream, TokenStream) {
    let bind = |parameter: &PageParameter, size: Option<&PageParameter>| {
        let field = snake(&parameter.field);
        let start =
            if parameter.required { quote!(Some(self.parameters.#field)) } else { quote!(self.parameters.#field) };
        let size = size_argument(size);
        quote!(let (start, size) = (#start, #size);)
    };
    match position {
        PagePosition::Number { parameter, size, .. } => {
            (uses.name(Helper::ByNumber), bind(parameter, size.as_ref()), set_index(parameter, id, uses))
        }
        PagePosition::Offset { parameter, size } => {
            (uses.name(Helper::ByOffset), bind(parameter, size.as_ref()), set_index(parameter, id, uses))
        }
        PagePosition::Cursor { parameter, .. } => {
            let field = snake(&parameter.field);
            let cursor_value = uses.name(Helper::CursorValue);
            let value = if parameter.required { quote!(cursor) } else { quote!(Some(cursor)) };
            let set = quote! {
                if let Some(cursor) = step.#cursor_value() {
                    next.parameters.#field = #value;
                }
            };
            (uses.name(Helper::ByCursor), TokenStream::new(), set)
        }
    }
}

/// `next.<page> = step.index_value(id)?`, wrapped in `Some` for an optional parameter.
fn set_index(parameter: &PageParameter, id: &str, uses: &Uses) -> TokenStream {
    let field = snake(&parameter.field);
    let index_value = uses.name(Helper::IndexValue);
    if parameter.required {
        quote!(next.parameters.#field = step.#index_value(#id)?;)
    } else {
        quote!(next.parameters.#field = Some(step.#index_value(#id)?);)
    }
}

/// The page size the request asks for, as an `Option`: the caller's, else the spec's default.
fn size_argument(size: Option<&PageParameter>) -> TokenStream {
    let Some(size) = size else { return quote!(None::<i64>) };
    let field = snake(&size.field);
    match (size.required, size.default) {
        (true, _) => quote!(Some(self.parameters.#field)),
        (false, Some(default)) => {
            let default = Literal::i64_unsuffixed(default);
            quote!(self.parameters.#field.or(Some(#default)))
        }
        (false, None) => quote!(self.parameters.#field),
    }
}

fn start_docs(position: &PagePosition) -> String {
    match position {
        PagePosition::Number { parameter, base, .. } => {
            format!(
                "by default from page {base}, the first, each next page asking for the next number of `{}`",
                parameter.field.as_str()
            )
        }
        PagePosition::Offset { parameter, .. } => {
            format!(
                "by default from offset 0, each next page asking for the `{}` past the items so far",
                parameter.field.as_str()
            )
        }
        PagePosition::Cursor { parameter, .. } => {
            format!("each next page asking for the `{}` the page before it gives", parameter.field.as_str())
        }
    }
}

/// The fields of the runtime's `PageFacts` for the page `page` (a reference).
fn facts(pagination: &Pagination) -> TokenStream {
    let items = match value_of(&pagination.items, true) {
        Access::Place(place) => quote!(#place.len()),
        Access::Optional(optional) => quote!(#optional.map_or(0, |items| items.len())),
    };
    let total = count_of(pagination.total.as_ref());
    let count = count_of(pagination.count.as_ref());
    let next_cursor = match &pagination.position {
        PagePosition::Cursor { next, .. } => match value_of(next, true) {
            Access::Place(place) => quote!(Some(#place.clone())),
            Access::Optional(optional) => quote!(#optional.cloned()),
        },
        PagePosition::Number { .. } | PagePosition::Offset { .. } => quote!(None),
    };
    quote!(items: #items, count: #count, total: #total, next_cursor: #next_cursor)
}

/// A number of items the body may give, as an `Option<u64>`.
fn count_of(path: Option<&FieldPath>) -> TokenStream {
    match path.map(|path| value_of(path, true)) {
        None => quote!(None),
        Some(Access::Place(place)) => quote!(u64::try_from(#place).ok()),
        Some(Access::Optional(optional)) => quote!(#optional.and_then(|count| u64::try_from(*count).ok())),
    }
}

/// A value reached from `page` along a path of fields.
enum Access {
    /// A place every page has: `page.a.b`.
    Place(TokenStream),
    /// An `Option` of the value (a reference to it, when borrowing), for a path through
    /// optional fields.
    Optional(TokenStream),
}

/// The value at the end of `path` from `page`, borrowed or moved out of it.
fn value_of(path: &FieldPath, borrow: bool) -> Access {
    path.steps.iter().fold(Access::Place(quote!(page)), |access, step| next_step(access, step, borrow))
}

fn next_step(access: Access, step: &FieldStep, borrow: bool) -> Access {
    let field = snake(&step.field);
    // How the field's own `Option`s (none, one or two) become one, borrowed or moved.
    let unwrapped = |owner: TokenStream| match (step.options, borrow) {
        (1, true) => quote!(#owner.#field.as_ref()),
        (1, false) => quote!(#owner.#field),
        (_, true) => quote!(#owner.#field.as_ref().and_then(Option::as_ref)),
        (_, false) => quote!(#owner.#field.flatten()),
    };
    match (access, step.options) {
        (Access::Place(place), 0) => Access::Place(quote!(#place.#field)),
        (Access::Place(place), _) => Access::Optional(unwrapped(place)),
        (Access::Optional(optional), 0) if borrow => Access::Optional(quote!(#optional.map(|value| &value.#field))),
        (Access::Optional(optional), 0) => Access::Optional(quote!(#optional.map(|value| value.#field))),
        (Access::Optional(optional), _) => {
            let inner = unwrapped(quote!(value));
            Access::Optional(quote!(#optional.and_then(|value| #inner)))
        }
    }
}
