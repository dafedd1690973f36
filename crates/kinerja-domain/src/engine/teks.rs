//! Number formatting for the substituted formulas of provenance (Indonesian style).

use rust_decimal::Decimal;

/// `1.234,56` at `presisi` decimals.
pub(crate) fn angka(nilai: Decimal, presisi: u32) -> String {
    kinerja_bahasa::format_angka(nilai, presisi)
}

/// `122,77%`.
pub(crate) fn persen(nilai: Decimal) -> String {
    kinerja_bahasa::format_persen(nilai, super::pembulatan::PRESISI_PERSEN)
}

/// `Rp 1.234.567`.
pub(crate) fn rupiah(nilai: Decimal) -> String {
    kinerja_bahasa::format_rupiah(nilai)
}

/// A number as written in a formula: whole numbers without decimals, others as they are.
pub(crate) fn apa_adanya(nilai: Decimal) -> String {
    let n = nilai.normalize();
    kinerja_bahasa::format_angka(n, n.scale())
}
