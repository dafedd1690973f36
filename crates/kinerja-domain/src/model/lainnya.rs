//! Everything else a report shows (SAKIP.md §7): operational statistics, innovations, awards,
//! e-Monev; and the narrative only the unit can write.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dasar::{Angka, Tanggal};

/// What an operational statistics table is about; the report places it and adapts its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KategoriStatistik {
    /// Passports issued, by type.
    Paspor,
    /// Stay permits (ITK, ITAS, ITAP, alih status, VOA…).
    IzinTinggal,
    /// Border crossings (arrivals/departures × WNI, WNA, crew) — TPI offices only.
    Perlintasan,
    /// Law enforcement (TAK, deportasi, pendetensian, projustitia).
    PenegakanHukum,
    /// Intelligence and TIMPORA operations.
    Intelijen,
    /// Target kinerja to the Kanwil (TARJA).
    TargetKinerja,
    /// e-Performance.
    EPerformance,
    /// Staff composition.
    Pegawai,
    /// Detainees (Rudenim).
    Deteni,
    /// Anything else.
    Lainnya,
}

/// A statistics table: rows × columns of numbers, with an optional computed total row.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Statistik {
    /// Kategori tabel.
    pub kategori: KategoriStatistik,
    /// Judul tabel.
    pub judul: String,
    /// Judul kolom nilai, mis. ["2022", "2023"].
    pub kolom: Vec<String>,
    /// Baris tabel.
    pub baris: Vec<BarisStatistik>,
    /// Tambahkan baris "Jumlah" yang dihitung.
    #[serde(default)]
    pub jumlah: bool,
    /// Uraian di bawah tabel (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian: Option<String>,
}

/// A row of a statistics table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BarisStatistik {
    /// Nama baris.
    pub nama: String,
    /// Nilai per kolom; kosong berarti tidak ada data ("-").
    pub nilai: Vec<Option<Angka>>,
}

/// An innovation of the unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Inovasi {
    /// Nama inovasi.
    pub nama: String,
    /// Akronim atau kepanjangan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub akronim: Option<String>,
    /// Uraian singkat.
    pub uraian: String,
}

/// An award received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Penghargaan {
    /// Nama penghargaan.
    pub nama: String,
    /// Pemberi penghargaan.
    pub pemberi: String,
    /// Tanggal (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
    /// Nomor surat/piagam (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nomor: Option<String>,
}

/// The e-Monev Bappenas dashboard values.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Emonev {
    /// Nilai dashboard anggaran (%).
    pub anggaran: Angka,
    /// Nilai progres (%).
    pub progres: Angka,
}

/// The narrative only the unit can write, as Markdown blocks. Every field is optional; the
/// report says "data belum tersedia" in place of what is missing.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Narasi {
    /// Latar Belakang (BAB I.A).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latar_belakang: Option<String>,
    /// Uraian kedudukan dan sejarah unit (BAB I.B, setelah tugas dan fungsi).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profil: Option<String>,
    /// Aspek Strategis (BAB I.D).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aspek_strategis: Option<String>,
    /// Isu Strategis (BAB I.E), satu butir per isu.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub isu_strategis: Vec<Isu>,
    /// Upaya peningkatan kinerja (BAB II.A).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub upaya: Vec<String>,
    /// Faktor pendukung realisasi anggaran (BAB III.B).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faktor_anggaran: Vec<String>,
    /// Faktor pendukung realisasi PNBP (BAB III.B).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faktor_pnbp: Vec<String>,
    /// Kegiatan unggulan yang disebut dalam Ikhtisar Eksekutif.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kegiatan_unggulan: Vec<String>,
    /// Langkah ke depan yang disebut dalam Ikhtisar Eksekutif.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub langkah_ke_depan: Vec<String>,
    /// Saran (BAB IV.B), satu butir per saran.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub saran: Vec<String>,
}

/// A strategic issue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Isu {
    /// Judul isu.
    pub judul: String,
    /// Uraian (Markdown).
    pub uraian: String,
}

/// Overrides of the standard paragraphs of the template library, by key.
pub type TeksPengganti = BTreeMap<String, String>;
