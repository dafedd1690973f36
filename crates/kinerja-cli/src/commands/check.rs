//! `kinerja check DATASET`: every problem, located; exit 0 when valid, 2 when not.

use std::path::Path;

use crate::args::FormatCheck;
use crate::{Hasil, keluaran};

pub(crate) fn jalankan(path: &Path, format: FormatCheck) -> anyhow::Result<Hasil> {
    let (diag, sah) = match kinerja_dataset::periksa_berkas(path) {
        Err(g) => (g.diagnostik, false),
        Ok((_, d)) => {
            let sah = !d.iter().any(|x| x.is_error());
            (d, sah)
        }
    };
    match format {
        FormatCheck::Json => {
            keluaran::cetak(&format!("{}\n", serde_json::to_string_pretty(&diag)?))
        }
        FormatCheck::Text => {
            if !diag.is_empty() {
                keluaran::galat(&kinerja_dataset::render_teks(&diag));
            }
            let galat = diag.iter().filter(|d| d.is_error()).count();
            let peringatan = diag.len() - galat;
            if sah {
                keluaran::cetak(&format!(
                    "{}: sah ({peringatan} peringatan)\n",
                    path.display()
                ));
            } else {
                keluaran::galat(&format!(
                    "{}: tidak sah ({galat} galat, {peringatan} peringatan)",
                    path.display()
                ));
            }
        }
    }
    Ok(if sah {
        Hasil::Ok
    } else {
        Hasil::MasukanTidakSah
    })
}
