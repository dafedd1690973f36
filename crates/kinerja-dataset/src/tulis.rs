//! Writing a dataset back as TOML (workbook import, the web application's export).

use kinerja_domain::Dataset;

/// Failure to write a dataset.
#[derive(Debug, thiserror::Error)]
#[error("dataset tidak dapat ditulis sebagai TOML: {0}")]
pub struct GalatTulis(String);

/// The dataset as a TOML document, with a header naming the format.
pub fn ke_toml(ds: &Dataset) -> Result<String, GalatTulis> {
    let isi = toml::to_string_pretty(ds).map_err(|e| GalatTulis(e.to_string()))?;
    Ok(format!(
        "# Dataset kinerja: {} tahun {}\n# Format: docs/dataset.md; skema: docs/dataset.schema.json\n\n{isi}",
        ds.unit.nama, ds.tahun
    ))
}
