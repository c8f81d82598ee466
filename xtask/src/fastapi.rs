//! The FastAPI application the 3.1 wire tests talk to (`tests/fixtures/fastapi/`): the Python
//! environment it runs in, its OpenAPI document, and the server itself.
//!
//! The environment is a virtual environment under `target/`, with the pinned packages of
//! `requirements.txt`, made on first use and remade when the pins change, so that the README's
//! two commands need nothing installed by hand but Python itself.

use std::fs;
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The application's directory, relative to the workspace root.
pub const APP_DIR: &str = "tests/fixtures/fastapi";
/// Its OpenAPI document, committed, relative to the workspace root.
pub const SPEC: &str = "tests/fixtures/fastapi/openapi.json";
/// The virtual environment, relative to the workspace root.
const VENV: &str = "target/fastapi-venv";
/// How long uvicorn may take to start answering.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// The environment's Python interpreter, making the environment first if it is missing or its
/// pins are not those of `requirements.txt`.
pub fn python(root: &Path) -> Result<PathBuf, String> {
    let venv = root.join(VENV);
    let python = venv.join("bin/python");
    let requirements = root.join(APP_DIR).join("requirements.txt");
    let wanted = fs::read_to_string(&requirements).map_err(|error| format!("{}: {error}", requirements.display()))?;
    let installed = venv.join("installed-requirements.txt");
    if python.exists() && fs::read_to_string(&installed).is_ok_and(|pins| pins == wanted) {
        return Ok(python);
    }
    run(Command::new("python3").args(["-m", "venv", "--clear"]).arg(&venv), "python3 -m venv").map_err(|error| {
        format!("{error}\nThe FastAPI tests need Python 3.9 or later with its `venv` module (Debian: apt install python3-venv).")
    })?;
    run(
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(&requirements),
        "pip install",
    )?;
    fs::write(&installed, wanted).map_err(|error| format!("{}: {error}", installed.display()))?;
    Ok(python)
}

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let output = command.output().map_err(|error| format!("{what} could not start: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{what} failed ({}): {}", output.status, String::from_utf8_lossy(&output.stderr).trim()))
    }
}

/// The application's OpenAPI document, as `app.openapi()` makes it.
pub fn openapi(root: &Path) -> Result<String, String> {
    let output = Command::new(python(root)?)
        .arg("export_openapi.py")
        .current_dir(root.join(APP_DIR))
        .output()
        .map_err(|error| format!("running export_openapi.py: {error}"))?;
    if !output.status.success() {
        return Err(format!("export_openapi.py failed: {}", String::from_utf8_lossy(&output.stderr).trim()));
    }
    String::from_utf8(output.stdout).map_err(|error| format!("export_openapi.py printed non-UTF-8: {error}"))
}

/// `cargo xtask fastapi-spec`: writes the application's document over the committed one.
pub fn write_spec(root: &Path) -> Result<PathBuf, String> {
    let path = root.join(SPEC);
    fs::write(&path, openapi(root)?).map_err(|error| format!("{}: {error}", path.display()))?;
    Ok(path)
}

/// The application served by uvicorn on 127.0.0.1, stopped when dropped.
pub struct Server {
    child: Child,
    pub address: SocketAddr,
}

impl Server {
    pub fn start(root: &Path) -> Result<Self, String> {
        let python = python(root)?;
        // A port the system has just handed out and nobody holds: uvicorn binds it next.
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|listener| listener.local_addr())
            .map_err(|error| format!("finding a free port: {error}"))?
            .port();
        let child = Command::new(python)
            .args(["-m", "uvicorn", "app:app", "--host", "127.0.0.1", "--log-level", "warning", "--port"])
            .arg(port.to_string())
            .current_dir(root.join(APP_DIR))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .spawn()
            .map_err(|error| format!("starting uvicorn: {error}"))?;
        let mut server = Self { child, address: SocketAddr::from((Ipv4Addr::LOCALHOST, port)) };
        server.wait_until_listening()?;
        Ok(server)
    }

    fn wait_until_listening(&mut self) -> Result<(), String> {
        let started = Instant::now();
        while started.elapsed() < START_TIMEOUT {
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("uvicorn exited before listening ({status})"));
            }
            if TcpStream::connect_timeout(&self.address, Duration::from_millis(200)).is_ok() {
                return Ok(());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Err(format!("uvicorn did not listen on {} within {START_TIMEOUT:?}", self.address))
    }

    pub fn base_url(&self) -> String {
        format!("http://{}", self.address)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Nothing is left to report a failure to: the server is gone or going either way.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
