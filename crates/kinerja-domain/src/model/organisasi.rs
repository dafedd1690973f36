//! The organisation: the unit a dataset describes, the units above it, and the people who sign.
//!
//! The hierarchy and every name are data, never constants: the ministry's name and structure
//! change over time (SAKIP.md §2).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Kinds of organisation unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisUnit {
    /// Kementerian.
    Kementerian,
    /// Direktorat Jenderal (e.g. Direktorat Jenderal Imigrasi).
    DirektoratJenderal,
    /// Kantor Wilayah (one per province).
    KantorWilayah,
    /// Kantor Imigrasi (a UPT).
    KantorImigrasi,
    /// Rumah Detensi Imigrasi (a UPT with no external respondents in the IPK survey).
    Rudenim,
    /// Another kind of UPT.
    UptLain,
}

impl JenisUnit {
    /// Whether this is an operating unit (UPT) that signs its own Perjanjian Kinerja with a Kanwil.
    pub fn adalah_upt(self) -> bool {
        matches!(self, Self::KantorImigrasi | Self::Rudenim | Self::UptLain)
    }

    /// The Indonesian name of the kind.
    pub fn nama(self) -> &'static str {
        match self {
            Self::Kementerian => "Kementerian",
            Self::DirektoratJenderal => "Direktorat Jenderal",
            Self::KantorWilayah => "Kantor Wilayah",
            Self::KantorImigrasi => "Kantor Imigrasi",
            Self::Rudenim => "Rumah Detensi Imigrasi",
            Self::UptLain => "Unit Pelaksana Teknis",
        }
    }
}

/// Class of a Kantor Imigrasi. "TPI" means it has an immigration checkpoint.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum KelasKantor {
    /// Kelas I Khusus TPI.
    KelasIKhususTpi,
    /// Kelas I TPI.
    KelasITpi,
    /// Kelas I Non TPI.
    KelasINonTpi,
    /// Kelas II TPI.
    KelasIiTpi,
    /// Kelas II Non TPI.
    KelasIiNonTpi,
    /// Kelas III Non TPI.
    KelasIiiNonTpi,
    /// Kelas I (Rudenim and other UPT).
    KelasI,
    /// Kelas II (Rudenim and other UPT).
    KelasIi,
}

impl KelasKantor {
    /// The class as printed, e.g. "Kelas I TPI".
    pub fn nama(self) -> &'static str {
        match self {
            Self::KelasIKhususTpi => "Kelas I Khusus TPI",
            Self::KelasITpi => "Kelas I TPI",
            Self::KelasINonTpi => "Kelas I Non TPI",
            Self::KelasIiTpi => "Kelas II TPI",
            Self::KelasIiNonTpi => "Kelas II Non TPI",
            Self::KelasIiiNonTpi => "Kelas III Non TPI",
            Self::KelasI => "Kelas I",
            Self::KelasIi => "Kelas II",
        }
    }

    /// Whether the office has an immigration checkpoint (and so border-crossing figures).
    pub fn punya_tpi(self) -> bool {
        matches!(
            self,
            Self::KelasIKhususTpi | Self::KelasITpi | Self::KelasIiTpi
        )
    }
}

/// The unit this dataset describes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Kode unik unit, huruf kecil dan tanda hubung (mis. "kanim-bandung").
    pub kode: String,
    /// Nama lengkap unit (mis. "Kantor Imigrasi Kelas I TPI Bandung").
    pub nama: String,
    /// Jenis unit.
    pub jenis: JenisUnit,
    /// Kelas kantor (untuk Kantor Imigrasi dan Rudenim).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kelas: Option<KelasKantor>,
    /// Kode unit induk (biasanya Kantor Wilayah), harus ada di daftar [[organisasi]].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub induk: Option<String>,
    /// Kota kedudukan (dipakai pada tanda tangan dan sampul).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kota: Option<String>,
    /// Alamat kantor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alamat: Option<String>,
    /// Kode satuan kerja (satker) pada DIPA, mis. "407938".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode_satker: Option<String>,
    /// Wilayah kerja (kabupaten/kota).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wilayah_kerja: Vec<String>,
    /// Tempat Pemeriksaan Imigrasi yang dikelola (kosong untuk kantor Non TPI).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tpi: Vec<String>,
    /// Unit layanan di luar kantor (ULP, MPP, LTSA).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unit_layanan: Vec<String>,
}

/// Another unit of the hierarchy: a Kanwil, the Direktorat Jenderal, the ministry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organisasi {
    /// Kode unik unit (mis. "kanwil-jawa-barat").
    pub kode: String,
    /// Nama lengkap unit.
    pub nama: String,
    /// Jenis unit.
    pub jenis: JenisUnit,
    /// Kode unit induk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub induk: Option<String>,
}

/// A person who signs: the head of the unit, the head of the Kanwil.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pejabat {
    /// Nama lengkap dengan gelar, persis seperti dicetak.
    pub nama: String,
    /// NIP 18 digit (spasi boleh).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nip: Option<String>,
    /// Jabatan, mis. "Kepala Kantor Imigrasi Kelas I TPI Bandung".
    pub jabatan: String,
    /// Pangkat/golongan (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pangkat: Option<String>,
}
