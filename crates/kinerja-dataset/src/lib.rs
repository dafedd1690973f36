//! The dataset file format of kinerja: one TOML file per unit and year, able to include other
//! files (`sertakan`), read into the domain model with every problem located at its file,
//! line and column, written back, and described by a JSON Schema generated from the types.
//!
//! The loader is pure ([`muat_teks`] with a [`Pembaca`] for includes); [`baca_berkas`] is the
//! only function that touches the file system. Must not depend on: report, store, web, cli.
#![deny(missing_docs)]

mod bagian;
mod lokasi;
mod muat;
mod pesan;
mod skema;
mod tulis;

use std::path::Path;

pub use bagian::KUNCI_TERATAS;
pub use lokasi::{DiagnostikBerlokasi, Lokasi, render_teks};
pub use muat::{Berkas, GagalMuat, Muatan, Pembaca, PetaSumber, muat_teks, muat_tunggal};
pub use skema::json_schema;
pub use tulis::{GalatTulis, ke_toml};

/// Reads a dataset file and the files it includes from disk.
pub fn baca_berkas(path: &Path) -> Result<Muatan, GagalMuat> {
    let nama = path.display().to_string();
    let teks = std::fs::read_to_string(path).map_err(|e| GagalMuat {
        diagnostik: vec![muat::galat_tanpa_lokasi(
            "DS-BACA",
            format!("berkas \"{nama}\" tidak dapat dibaca: {e}"),
        )],
    })?;
    let mut pembaca = |dari: &str, jalur: &str| -> Result<(String, String), String> {
        let dasar = Path::new(dari)
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let p = dasar.join(jalur);
        let nama = p.display().to_string();
        std::fs::read_to_string(&p)
            .map(|t| (nama, t))
            .map_err(|e| e.to_string())
    };
    muat_teks(&nama, &teks, &mut pembaca)
}

/// Loads, validates and computes: the located diagnostics of a dataset (validation and the
/// engine's consistency checks), or the loading failure.
pub fn periksa_berkas(path: &Path) -> Result<(Muatan, Vec<DiagnostikBerlokasi>), GagalMuat> {
    let m = baca_berkas(path)?;
    let d = m
        .peta
        .lokasikan(kinerja_domain::validasi::periksa_lengkap(&m.dataset));
    Ok((m, d))
}
