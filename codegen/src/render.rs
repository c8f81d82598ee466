//! Rendering: tokens -> formatted source text, headed by the preamble.

use proc_macro2::TokenStream;

use crate::diagnostics::Error;

/// Formats a file, with a blank line between items as a person would write them (consecutive
/// `use` items stay together).
pub fn rust(path: &str, tokens: TokenStream, preamble: &str) -> Result<String, Error> {
    let file = syn::parse2::<syn::File>(tokens)
        .map_err(|error| Error::Render { file: path.to_owned(), message: error.to_string() })?;
    let mut text = format!("{preamble}\n");
    let header = syn::File { shebang: None, attrs: file.attrs, items: Vec::new() };
    if !header.attrs.is_empty() {
        text.push_str(&prettyplease::unparse(&header));
    }
    let mut previous_was_use = false;
    for item in file.items {
        let is_use = matches!(item, syn::Item::Use(_));
        if !(is_use && previous_was_use) && text.len() > preamble.len() + 1 {
            text.push('\n');
        }
        previous_was_use = is_use;
        text.push_str(&prettyplease::unparse(&syn::File { shebang: None, attrs: Vec::new(), items: vec![item] }));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use quote::quote;

    #[test]
    fn items_are_separated_by_one_blank_line_and_uses_stay_together() {
        let tokens = quote! {
            //! Module docs.
            use a::b;
            use c::d;
            /// One.
            pub struct One;
            pub struct Two;
        };
        let text = super::rust("x.rs", tokens, "// head\n").expect("renders");
        assert_eq!(
            text,
            "// head\n\n//! Module docs.\n\nuse a::b;\nuse c::d;\n\n/// One.\npub struct One;\n\npub struct Two;\n"
        );
    }

    #[test]
    fn unparsable_tokens_are_an_internal_error_not_a_panic() {
        let error = super::rust("x.rs", quote!(pub struct), "").expect_err("not a file");
        assert!(error.to_string().starts_with("internal error while rendering x.rs"), "{error}");
    }
}
