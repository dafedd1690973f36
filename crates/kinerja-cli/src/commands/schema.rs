//! `kinerja schema`: the JSON Schema of the dataset format.

use crate::{Hasil, keluaran};

pub(crate) fn jalankan() -> anyhow::Result<Hasil> {
    keluaran::cetak(&kinerja_dataset::json_schema());
    Ok(Hasil::Ok)
}
