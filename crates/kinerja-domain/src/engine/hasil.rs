//! A computed value and its provenance: the formula, the inputs with their sources in the
//! dataset, and the rounding applied. The report prints it; the reviu relies on it.

use rust_decimal::Decimal;
use serde::Serialize;

use crate::engine::pembulatan;

/// Where an input of a computation comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "jenis", content = "rujukan", rename_all = "snake_case")]
pub enum Sumber {
    /// A field of the dataset, by path (e.g. `indikator[0].target`).
    Data(String),
    /// Another computed value, by id.
    Hasil(String),
    /// A constant fixed by a regulation (e.g. an IKPA weight of PER-5/PB/2022).
    Tetapan(String),
}

/// One input of a computation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Masukan {
    /// What the input is, in Indonesian ("realisasi", "target", "responden Januari").
    pub nama: String,
    /// Its value, exact.
    #[serde(with = "rust_decimal::serde::str")]
    pub nilai: Decimal,
    /// Where it comes from.
    pub sumber: Sumber,
}

/// A computed value with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hasil {
    /// Stable identifier, e.g. `indikator.IKK-1.capaian`.
    pub id: String,
    /// The exact value.
    #[serde(with = "rust_decimal::serde::str")]
    pub nilai: Decimal,
    /// The value at its published precision (rounded half away from zero).
    #[serde(with = "rust_decimal::serde::str")]
    pub terbit: Decimal,
    /// The published precision (decimals).
    pub presisi: u32,
    /// The formula in words, e.g. "realisasi ÷ target × 100%".
    pub rumus: String,
    /// The formula with the numbers substituted, e.g. "3,99 ÷ 3,25 × 100% = 122,77%".
    pub substitusi: String,
    /// The inputs.
    pub masukan: Vec<Masukan>,
    /// Notes on how the value was obtained (a cap applied, a scale converted…), in Indonesian.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub catatan: Vec<String>,
}

impl Hasil {
    /// A new value, rounded to `presisi` for publication.
    pub fn baru(
        id: impl Into<String>,
        rumus: impl Into<String>,
        nilai: Decimal,
        presisi: u32,
    ) -> Self {
        Self {
            id: id.into(),
            nilai,
            terbit: pembulatan::bulatkan(nilai, presisi),
            presisi,
            rumus: rumus.into(),
            substitusi: String::new(),
            masukan: Vec::new(),
            catatan: Vec::new(),
        }
    }

    /// A value taken as it is from the dataset (an entered realisation), at its precision.
    pub fn dari_data(
        id: impl Into<String>,
        nama: &str,
        nilai: Decimal,
        presisi: u32,
        path: String,
    ) -> Self {
        let mut h = Self::baru(id, nama, nilai, presisi);
        h.substitusi = crate::engine::teks::angka(h.terbit, presisi);
        h.masukan.push(Masukan {
            nama: nama.to_owned(),
            nilai,
            sumber: Sumber::Data(path),
        });
        h
    }

    /// Adds an input from the dataset.
    pub fn data(
        mut self,
        nama: impl Into<String>,
        nilai: Decimal,
        path: impl Into<String>,
    ) -> Self {
        self.masukan.push(Masukan {
            nama: nama.into(),
            nilai,
            sumber: Sumber::Data(path.into()),
        });
        self
    }

    /// Adds an input that is another computed value.
    pub fn dari(mut self, nama: impl Into<String>, hasil: &Hasil) -> Self {
        self.masukan.push(Masukan {
            nama: nama.into(),
            nilai: hasil.terbit,
            sumber: Sumber::Hasil(hasil.id.clone()),
        });
        self
    }

    /// Adds an input fixed by regulation.
    pub fn tetapan(
        mut self,
        nama: impl Into<String>,
        nilai: Decimal,
        dasar: impl Into<String>,
    ) -> Self {
        self.masukan.push(Masukan {
            nama: nama.into(),
            nilai,
            sumber: Sumber::Tetapan(dasar.into()),
        });
        self
    }

    /// Sets the substituted formula.
    pub fn substitusi(mut self, teks: impl Into<String>) -> Self {
        self.substitusi = teks.into();
        self
    }

    /// Adds a note.
    pub fn catatan(mut self, teks: impl Into<String>) -> Self {
        self.catatan.push(teks.into());
        self
    }

    /// The published value formatted the Indonesian way ("122,77").
    pub fn tampil(&self) -> String {
        crate::engine::teks::angka(self.terbit, self.presisi)
    }
}
