// This file is generated from tests/fixtures/specs/hostile.yaml by the `codegen` crate.
// Do not edit it by hand: change the spec or the generator, then run `cargo xtask codegen`.

//! Fetches one resource with `into_future` and prints it.
//!
//! Reads `API_TOKEN` and, optionally, `API_BASE_URL` from the environment.

use std::process::ExitCode;
use hostile_client::Client;

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
    let mut client = Client::new(token).map_err(|error| error.to_string())?;
    if let Ok(base_url) = std::env::var("API_BASE_URL") {
        client = client.with_base_url(&base_url).map_err(|error| error.to_string())?;
    }
    let response = client
        .clone_api()
        .into_future()
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
