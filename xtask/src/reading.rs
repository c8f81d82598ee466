//! What reading OpenAPI 3.1 costs against 3.0: the same spec written both ways (3.1 by
//! [`crate::rewrite31`]), read in-process (text to a checked `openapiv3` document) in
//! interleaved rounds, so that the rewrite into the 3.0 shape shows as a ratio.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use codegen::diagnostics::Reporter;

use crate::bench::Samples;

/// Above this ratio, reading 3.1 costs more than the noise between rounds explains.
pub const NOISE: f64 = 1.10;

/// The least time one sample spans: a read shorter than this is repeated and the sample is its
/// average, since a single 2 ms read swings by a tenth with the allocator and the timer alone.
const SAMPLE: Duration = Duration::from_millis(40);

/// One spec read both ways.
pub struct Reading {
    pub label: String,
    pub bytes_3_0: usize,
    pub bytes_3_1: usize,
    pub seconds_3_0: Samples,
    pub seconds_3_1: Samples,
}

impl Reading {
    /// The median of the per-round ratios, 3.1 over 3.0.
    pub fn ratio(&self) -> f64 {
        self.seconds_3_1.paired_ratio(&self.seconds_3_0)
    }
}

/// Reads the spec at `path` (JSON or YAML, OpenAPI 3.0) and its 3.1 rewrite: `rounds` samples
/// each, each of one read or of as many as take [`SAMPLE`].
pub fn measure(label: &str, path: &Path, rounds: usize) -> Result<Reading, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))?;
    let document: serde_json::Value =
        serde_yaml::from_str(&text).map_err(|error| format!("{}: {error}", path.display()))?;
    // Both as compact JSON, so that the two texts differ only by what 3.1 writes differently.
    let text_3_0 = serde_json::to_string(&document).map_err(|error| error.to_string())?;
    let text_3_1 = serde_json::to_string(&crate::rewrite31::rewrite(&document).document).map_err(|e| e.to_string())?;
    let read = |text: &str| -> Result<f64, String> {
        let started = Instant::now();
        let mut reads = 0_u32;
        while reads == 0 || started.elapsed() < SAMPLE {
            let reporter = Reporter::new("bench.json");
            codegen::source::read(text, &reporter, None).map_err(|error| format!("{label}: {error}"))?;
            reads += 1;
        }
        Ok(started.elapsed().as_secs_f64() / f64::from(reads))
    };
    let (mut seconds_3_0, mut seconds_3_1) = (Samples::new(Vec::new()), Samples::new(Vec::new()));
    // Alternating which goes first, so that neither always reads right after the other.
    for round in 0..rounds {
        if round % 2 == 0 {
            seconds_3_0.push(read(&text_3_0)?);
            seconds_3_1.push(read(&text_3_1)?);
        } else {
            seconds_3_1.push(read(&text_3_1)?);
            seconds_3_0.push(read(&text_3_0)?);
        }
    }
    Ok(Reading {
        label: label.to_owned(),
        bytes_3_0: text_3_0.len(),
        bytes_3_1: text_3_1.len(),
        seconds_3_0,
        seconds_3_1,
    })
}

/// The table of readings, as `BENCHMARKS.md` has it.
pub fn table(readings: &[Reading]) -> String {
    let mut text = format!(
        "## Reading OpenAPI 3.1\n\nThe same spec as OpenAPI 3.0 and rewritten the 3.1 way (`type` lists, `const`, \
         numeric exclusive bounds, `examples`, `$ref` with siblings), both as compact JSON, read in-process \
         (text to a checked `openapiv3` document; ms per read). A sample repeats a read shorter than {} ms \
         for that long and takes the average.\n\n\
         | spec | 3.0 KiB | 3.1 KiB | read 3.0 | read 3.1 | 3.1 / 3.0 |\n| --- | ---: | ---: | ---: | ---: | ---: |\n",
        SAMPLE.as_millis()
    );
    for reading in readings {
        let _ = writeln!(
            text,
            "| {} | {} | {} | {} | {} | {:.2}x |",
            reading.label,
            reading.bytes_3_0 / 1024,
            reading.bytes_3_1 / 1024,
            reading.seconds_3_0.text(1000.0, 1),
            reading.seconds_3_1.text(1000.0, 1),
            reading.ratio()
        );
    }
    text
}
