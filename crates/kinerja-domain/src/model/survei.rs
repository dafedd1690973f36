//! Survey data behind the index indicators: IKM (public satisfaction), IPK (immigration
//! security) and IKI (internal satisfaction, from the integrity survey). SAKIP.md §5.2–5.4.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dasar::Angka;

/// IKM from the monthly tables the ministry's survey (BSK) publishes: a value per unsur per
/// month, the month's "Nilai SKM" and its respondents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IkmBulanan {
    /// Nama unsur, berurutan (BSK: 8 unsur).
    pub unsur: Vec<String>,
    /// Populasi pengguna layanan setahun, untuk sampel minimum Krejcie–Morgan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub populasi: Option<u64>,
    /// Data per bulan.
    pub bulan: Vec<IkmBulan>,
}

/// One month of the published IKM table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IkmBulan {
    /// Bulan (1–12).
    pub bulan: u32,
    /// Jumlah responden bulan itu.
    pub responden: u64,
    /// Nilai per unsur (skala 1–4), urutan sama dengan `unsur`.
    pub nilai_unsur: Vec<Angka>,
    /// Nilai SKM bulan itu sebagaimana dipublikasikan; bila kosong dihitung dari rata-rata unsur.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai: Option<Angka>,
}

/// IKM from raw responses (PermenPANRB 14/2017): each respondent scores each unsur 1–4;
/// 0 means the unsur was not answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IkmResponden {
    /// Nama unsur, berurutan.
    pub unsur: Vec<String>,
    /// Populasi, untuk sampel minimum Krejcie–Morgan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub populasi: Option<u64>,
    /// Satu baris per responden: skor 1–4 per unsur, 0 bila tidak dijawab.
    pub jawaban: Vec<Vec<u8>>,
}

/// The Indeks Pengamanan Keimigrasian survey: groups of respondents, each scoring weighted unsur.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ipk {
    /// Periode pelaksanaan survei, mis. "16 s.d. 27 Oktober 2023".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pelaksanaan: Option<String>,
    /// Kelompok responden (internal, eksternal).
    pub kelompok: Vec<KelompokIpk>,
}

/// Kind of IPK respondent group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisKelompok {
    /// Officials and staff in law enforcement.
    Internal,
    /// Members of TIMPORA outside the office (none at a Rudenim).
    Eksternal,
}

/// One IPK respondent group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KelompokIpk {
    /// Jenis kelompok.
    pub jenis: JenisKelompok,
    /// Jumlah responden kelompok.
    pub responden: u64,
    /// Unsur dengan bobot (%) dan nilai (skala 1–4); bobot harus berjumlah 100.
    pub unsur: Vec<UnsurBerbobot>,
}

/// A weighted unsur of a survey group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UnsurBerbobot {
    /// Nama unsur.
    pub nama: String,
    /// Bobot dalam persen.
    pub bobot: Angka,
    /// Nilai unsur.
    pub nilai: Angka,
}

/// Scale a survey is published on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Skala {
    /// 1–4.
    #[serde(rename = "1-4")]
    SatuSampaiEmpat,
    /// 0–100 (converted to 1–4 by dividing by 25).
    #[serde(rename = "0-100")]
    NolSampaiSeratus,
}

impl Skala {
    /// The lowest and highest value on the scale.
    pub fn batas(self) -> (rust_decimal::Decimal, rust_decimal::Decimal) {
        use rust_decimal::Decimal;
        match self {
            Self::SatuSampaiEmpat => (Decimal::ONE, Decimal::from(4)),
            Self::NolSampaiSeratus => (Decimal::ZERO, Decimal::ONE_HUNDRED),
        }
    }
}

/// The monthly Survei Integritas Internal Organisasi behind the IKI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Iki {
    /// Skala publikasi nilai: "1-4" atau "0-100".
    pub skala: Skala,
    /// Kelompok variabel (4 kelompok, 22 variabel), untuk tabel rincian.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kelompok: Vec<KelompokVariabel>,
    /// Data per bulan.
    pub bulan: Vec<IkiBulan>,
}

/// A named group of integrity-survey variables.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KelompokVariabel {
    /// Nama kelompok, mis. "Budaya Organisasi dan Sistem Anti Korupsi".
    pub nama: String,
    /// Nama variabel dalam kelompok, berurutan.
    pub variabel: Vec<String>,
}

/// One month of the integrity survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IkiBulan {
    /// Bulan (1–12).
    pub bulan: u32,
    /// Jumlah responden.
    pub responden: u64,
    /// Nilai Integritas bulan itu (rata-rata variabel), sebagaimana dipublikasikan.
    pub nilai: Angka,
    /// Nilai per variabel, urutan sesuai kelompok (opsional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nilai_variabel: Vec<Angka>,
}
