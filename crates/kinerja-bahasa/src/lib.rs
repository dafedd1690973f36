//! Indonesian conventions for kinerja: numbers (`1.234.567,89`), rupiah, percentages,
//! dates (`05 Januari 2024`), terbilang, NIP, and the one rounding rule (half away from zero).
//!
//! Pure functions only. Must not depend on: any other kinerja crate, I/O, async.
//!
//! This crate owns, for the whole project:
//! - [`pembulatan`]: the only rounding primitive ([`bulatkan`], half away from zero, fixed
//!   scale) and the ceiling used for sample sizes ([`bulatkan_ke_atas`]);
//! - [`angka`]: formatting numbers, rupiah and percentages the Indonesian way, and reading
//!   them back in every style met in real reports, including finding them in running text;
//! - [`tanggal`]: month names and dates;
//! - [`terbilang`](mod@terbilang): amounts in words;
//! - [`nip`]: the civil-servant number.
//!
//! User-facing error messages are in formal Bahasa Indonesia.
//!
//! ```
//! use kinerja_bahasa::*;
//! use rust_decimal::Decimal;
//!
//! // pembulatan: publish the realisation first, then compute capaian from it.
//! let realisasi = bulatkan(Decimal::new(398712, 5), 2); // 3,98712 → 3,99
//! let capaian = bulatkan(realisasi / Decimal::new(325, 2) * Decimal::ONE_HUNDRED, 2);
//!
//! // angka
//! assert_eq!(format_persen(capaian, 2), "122,77%");
//! assert_eq!(format_rupiah(Decimal::new(20578348000, 0)), "Rp 20.578.348.000");
//! assert_eq!(baca_rupiah("Rp.20.578.348.000,-").unwrap().nilai, Decimal::new(20578348000, 0));
//! let angka = cari_angka("hasil sebesar 3,99 dari target 3,25 atau 122,77%");
//! assert_eq!(angka.len(), 3);
//! assert!(angka[2].persen);
//!
//! // tanggal
//! let tanggal = baca_tanggal("5 Januari 2024").unwrap();
//! assert_eq!(format_tanggal(tanggal), "05 Januari 2024");
//!
//! // terbilang
//! assert_eq!(terbilang(1_100_000), "satu juta seratus ribu");
//!
//! // nip
//! let nip = baca_nip("NIP. 196712171991031002").unwrap();
//! assert_eq!(nip.to_string(), "19671217 199103 1 002");
//! ```

#![deny(missing_docs)]

pub mod angka;
pub mod nip;
pub mod pembulatan;
pub mod tanggal;
pub mod terbilang;

pub use angka::{
    AngkaDalamTeks, AngkaTerbaca, GalatAngka, GayaAngka, baca_angka, baca_persen, baca_rupiah,
    cari_angka, format_angka, format_persen, format_rupiah,
};
pub use nip::{GalatNip, JenisKelamin, Nip, baca_nip};
pub use pembulatan::{DESIMAL_MAKSIMUM, bulatkan, bulatkan_ke_atas};
pub use tanggal::{
    GalatTanggal, baca_bulan, baca_tanggal, format_tanggal, nama_bulan, singkatan_bulan,
};
pub use terbilang::{GalatTerbilang, terbilang, terbilang_rupiah};
