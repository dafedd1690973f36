//! One module per subcommand.

pub(crate) mod check;
pub(crate) mod compute;
pub(crate) mod schema;

use std::path::Path;

use kinerja_dataset::Muatan;

use crate::keluaran;

/// Loads and validates a dataset; prints every problem and returns `None` when it is invalid.
pub(crate) fn muat_sah(path: &Path) -> Option<Muatan> {
    match kinerja_dataset::periksa_berkas(path) {
        Err(g) => {
            keluaran::galat(&kinerja_dataset::render_teks(&g.diagnostik));
            keluaran::galat(&format!(
                "galat: dataset \"{}\" tidak dapat dibaca ({} masalah)",
                path.display(),
                g.diagnostik.len()
            ));
            None
        }
        Ok((m, diag)) => {
            let (galat, peringatan): (Vec<_>, Vec<_>) =
                diag.into_iter().partition(|d| d.is_error());
            if !galat.is_empty() {
                keluaran::galat(&kinerja_dataset::render_teks(&galat));
            } else if !peringatan.is_empty() {
                keluaran::galat(&format!(
                    "catatan: dataset memiliki {} peringatan; lihat `kinerja check {}`",
                    peringatan.len(),
                    path.display()
                ));
            }
            let galat = galat.len();
            if galat > 0 {
                keluaran::galat(&format!(
                    "galat: dataset \"{}\" tidak sah ({galat} galat)",
                    path.display()
                ));
                None
            } else {
                Some(m)
            }
        }
    }
}
