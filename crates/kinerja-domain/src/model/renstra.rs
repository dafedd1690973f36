//! The Renstra (five-year strategic plan) and the Perjanjian Kinerja (the yearly agreement).

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dasar::{Angka, Tanggal};

/// The Renstra: vision, missions, goals and the yearly targets of its indicators.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Renstra {
    /// Nama dokumen, mis. "Rencana Strategis Direktorat Jenderal Imigrasi Tahun 2020-2024".
    pub nama: String,
    /// Dasar penetapan (nomor keputusan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub penetapan: Option<String>,
    /// Tahun pertama periode.
    pub mulai: i32,
    /// Tahun terakhir periode.
    pub selesai: i32,
    /// Visi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub visi: Option<String>,
    /// Misi, berurutan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub misi: Vec<String>,
    /// Tujuan, berurutan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tujuan: Vec<String>,
    /// Sasaran strategis yang diampu, berurutan (teks).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran_strategis: Vec<String>,
    /// Indikator Renstra dengan target per tahun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indikator: Vec<IndikatorRenstra>,
    /// Revisi Renstra (mis. Renstra perubahan 2024).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisi: Vec<RevisiDokumen>,
}

/// An indicator of the Renstra with its target for each year of the period.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IndikatorRenstra {
    /// Kode indikator Renstra (dirujuk oleh `indikator.renstra`).
    pub kode: String,
    /// Nama indikator.
    pub nama: String,
    /// Target per tahun, mis. { 2021 = 3.15, 2022 = 3.20 }.
    pub target: BTreeMap<String, Angka>,
}

impl IndikatorRenstra {
    /// The target for a year, if the Renstra sets one.
    pub fn target_tahun(&self, tahun: i32) -> Option<Angka> {
        self.target.get(&tahun.to_string()).copied()
    }
}

/// A revision of a planning document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RevisiDokumen {
    /// Tanggal revisi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
    /// Dasar revisi (nomor keputusan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dasar: Option<String>,
    /// Uraian perubahan.
    pub uraian: String,
}

/// Level of a sasaran in the Perjanjian Kinerja.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Tingkat {
    /// Sasaran Strategis (minister level; indicators are IKU).
    Strategis,
    /// Sasaran Program (director general level; indicators are IKP).
    Program,
    /// Sasaran Kegiatan (the unit; indicators are IKK — what the LKjIP measures).
    Kegiatan,
    /// Output (RO) indicators counted in units, as in 2022 reports.
    Output,
}

impl Tingkat {
    /// The PK table heading for the level.
    pub fn nama_sasaran(self) -> &'static str {
        match self {
            Self::Strategis => "Sasaran Strategis",
            Self::Program => "Sasaran Program",
            Self::Kegiatan => "Sasaran Kegiatan",
            Self::Output => "Sasaran Output",
        }
    }

    /// The indicator column heading for the level.
    pub fn nama_indikator(self) -> &'static str {
        match self {
            Self::Strategis => "Indikator Kinerja Utama",
            Self::Program => "Indikator Kinerja Program",
            Self::Kegiatan => "Indikator Kinerja Kegiatan",
            Self::Output => "Indikator Output",
        }
    }
}

/// A sasaran of the Perjanjian Kinerja.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sasaran {
    /// Kode sasaran (dirujuk oleh `indikator.sasaran`), mis. "SK1".
    pub kode: String,
    /// Tingkat: strategis, program, kegiatan atau output.
    pub tingkat: Tingkat,
    /// Rumusan sasaran.
    pub nama: String,
}

/// The signed Perjanjian Kinerja: parties, place and date, budget per program and kegiatan.
/// Its sasaran and indicator targets are the dataset's `[[sasaran]]` and `[[indikator]]`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianKinerja {
    /// Tempat penandatanganan.
    pub tempat: String,
    /// Tanggal penandatanganan.
    pub tanggal: Tanggal,
    /// Kunci [pejabat] Pihak Pertama (kepala unit).
    pub pihak_pertama: String,
    /// Kunci [pejabat] Pihak Kedua (atasan, mis. Kepala Kantor Wilayah).
    pub pihak_kedua: String,
    /// Anggaran per program/kegiatan sebagaimana ditandatangani.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anggaran: Vec<AnggaranPk>,
    /// Revisi PK dalam tahun berjalan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisi: Vec<RevisiDokumen>,
}

/// A budget line of the Perjanjian Kinerja.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranPk {
    /// Nama program.
    pub program: String,
    /// Nama kegiatan.
    pub kegiatan: String,
    /// Anggaran (Rp).
    pub pagu: Angka,
}

/// The next year's Perjanjian Kinerja, shown in the Lampiran.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PerjanjianBerikutnya {
    /// Tahun PK.
    pub tahun: i32,
    /// Tempat penandatanganan.
    pub tempat: String,
    /// Tanggal penandatanganan.
    pub tanggal: Tanggal,
    /// Kunci [pejabat] Pihak Pertama.
    pub pihak_pertama: String,
    /// Kunci [pejabat] Pihak Kedua.
    pub pihak_kedua: String,
    /// Target per indikator.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target: Vec<TargetBerikutnya>,
    /// Anggaran per program/kegiatan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anggaran: Vec<AnggaranPk>,
}

/// One indicator target of next year's PK.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TargetBerikutnya {
    /// Kode sasaran.
    pub sasaran: String,
    /// Rumusan sasaran (bila berbeda dari tahun berjalan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nama_sasaran: Option<String>,
    /// Nama indikator.
    pub indikator: String,
    /// Target.
    pub target: Angka,
    /// Satuan target, mis. "Indeks" atau "%".
    pub satuan: String,
}
