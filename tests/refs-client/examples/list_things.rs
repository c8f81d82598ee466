// This file is generated from tests/fixtures/specs/refs/api.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Fetches one resource with `list_things` and prints it.
//!
//! Reads `API_TOKEN`, `X_TENANT`, `API_VERSION` and, optionally, `API_BASE_URL` from the environment.

use std::process::ExitCode;
use refs_client::Client;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    match run().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

async fn run() -> Result<(), String> {
    let token = required("API_TOKEN")?;
    let x_tenant = required("X_TENANT")?;
    let api_version = required("API_VERSION")?;
    let mut client = Client::new(token, x_tenant, api_version)
        .map_err(|error| error.to_string())?;
    if let Ok(base_url) = std::env::var("API_BASE_URL") {
        client = client.with_base_url(&base_url).map_err(|error| error.to_string())?;
    }
    let response = client
        .default_api()
        .list_things()
        .await
        .map_err(|error| error.to_string())?;
    println!("{:#?}", response.body());
    Ok(())
}

/// The value of the environment variable `name`, or a message saying it is missing.
fn required(name: &str) -> Result<String, String> {
    std::env::var(name)
        .map_err(|_| format!("the environment variable {name} is not set"))
}
