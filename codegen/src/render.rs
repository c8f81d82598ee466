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
