//! The SAKIP domain of kinerja: the model of one unit's LKjIP year ([`model`]), its validation
//! ([`validasi`]) and the engine that computes every figure exactly, with provenance
//! ([`engine`]). Diagnostics are data ([`diagnostik`]).
//!
//! Pure code: no I/O, no clock, no async. Must not depend on: kinerja-dataset, kinerja-report,
//! kinerja-store, kinerja-web, kinerja-cli, or any I/O crate. Numbers are `rust_decimal`;
//! rounding happens only at the boundaries named in [`engine::pembulatan`].
//!
//! ```
//! use kinerja_domain::engine::capaian::{self, Target};
//! use kinerja_domain::engine::hasil::Hasil;
//! use kinerja_domain::model::Polaritas;
//! use rust_decimal::Decimal;
//!
//! // Bandung 2023 IKM: exact 3,98712 is published as 3,99; capaian 3,99 ÷ 3,25 = 122,77%.
//! let realisasi = Hasil::baru("ikm", "IKM", "3.98712".parse().unwrap(), 2);
//! let c = capaian::hitung("c", &realisasi, Target::Nilai("3.25".parse().unwrap()), "target",
//!     Polaritas::Maksimal, None);
//! assert_eq!(c.terbit(), Some("122.77".parse::<Decimal>().unwrap()));
//! ```
#![deny(missing_docs)]

pub mod contoh;
pub mod diagnostik;
pub mod engine;
pub mod model;
pub mod validasi;

pub use diagnostik::{DataPath, Diagnostic, Severity};
pub use engine::{Perhitungan, hitung};
pub use model::Dataset;
