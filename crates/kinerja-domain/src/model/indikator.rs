//! Indicators: what is measured, how, against which target, and what it is compared with.

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dasar::Angka;
use super::survei::{Iki, IkmBulanan, IkmResponden, Ipk};

/// Kind of unit an indicator is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum JenisSatuan {
    /// An index (1–4 scale and the like), published with 2 decimals.
    Indeks,
    /// A percentage, published with 2 decimals.
    Persen,
    /// A count of things (Orang, Operasi, Laporan, Layanan, Dokumen), published whole.
    Jumlah,
    /// A score (Nilai RB, Nilai AKIP), published with 2 decimals.
    Nilai,
}

impl JenisSatuan {
    /// The precision values of this kind are published at when the indicator does not say.
    pub fn presisi_bawaan(self) -> u32 {
        match self {
            Self::Jumlah => 0,
            Self::Indeks | Self::Persen | Self::Nilai => 2,
        }
    }
}

/// Whether more is better.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Polaritas {
    /// Higher is better: capaian = realisasi / target × 100%.
    #[default]
    Maksimal,
    /// Lower is better (PermenPANRB 8/2021): capaian = (1 + (1 − realisasi/target)) × 100%.
    Minimal,
}

/// How the realisation of an indicator is obtained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metode {
    /// The realisation is entered directly (`realisasi`).
    #[default]
    Langsung,
    /// IKM from the monthly published unsur tables (`[indikator.ikm]`).
    IkmBulanan,
    /// IKM from raw responses, PermenPANRB 14/2017 (`[indikator.ikm_responden]`).
    IkmResponden,
    /// Indeks Pengamanan Keimigrasian from internal/external groups (`[indikator.ipk]`).
    Ipk,
    /// Indeks Kepuasan Internal from the monthly integrity survey (`[indikator.iki]`).
    Iki,
    /// A ratio of two counts, in percent (`[indikator.rasio]`).
    Rasio,
    /// A count (`realisasi` is a whole number).
    Jumlah,
    /// The realisation of another indicator of this dataset (`realisasi_dari`).
    Salin,
}

/// A target range: achievement is measured against the upper bound when it is exceeded and
/// the lower bound when it is missed (SAKIP.md §5.1).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rentang {
    /// Batas bawah.
    pub bawah: Angka,
    /// Batas atas.
    pub atas: Angka,
}

/// A performance indicator of the Perjanjian Kinerja.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Indikator {
    /// Kode unik indikator dalam dataset, mis. "IKK-1".
    pub kode: String,
    /// Kode sasaran tempat indikator ini berada.
    pub sasaran: String,
    /// Nama indikator, persis seperti dalam PK.
    pub nama: String,
    /// Singkatan untuk teks, mis. "IKM".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub singkatan: Option<String>,
    /// Jenis satuan: indeks, persen, jumlah atau nilai.
    pub jenis_satuan: JenisSatuan,
    /// Label satuan seperti dicetak: "Indeks", "%", "Orang", "Operasi".
    pub satuan: String,
    /// Polaritas: maksimal (makin tinggi makin baik) atau minimal.
    #[serde(default)]
    pub polaritas: Polaritas,
    /// Jumlah desimal realisasi yang dipublikasikan (bawaan: 2, atau 0 untuk jumlah).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presisi: Option<u32>,
    /// Batas atas capaian dalam persen (mis. 100), bila unit memakainya. Laporan menyebutkannya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub batas_capaian: Option<Angka>,
    /// Target tahun ini sesuai PK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Target berupa rentang (sebagai pengganti `target`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_rentang: Option<Rentang>,
    /// Kode indikator Renstra untuk perbandingan dengan target jangka menengah.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renstra: Option<String>,
    /// Cara memperoleh realisasi.
    #[serde(default)]
    pub metode: Metode,
    /// Realisasi (metode langsung atau jumlah).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Kode indikator lain yang realisasinya dipakai (metode salin).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi_dari: Option<String>,
    /// Sumber data realisasi, mis. "Survei BSK Kumham".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumber_data: Option<String>,
    /// Data survei IKM bulanan (metode ikm_bulanan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ikm: Option<IkmBulanan>,
    /// Jawaban responden IKM (metode ikm_responden).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ikm_responden: Option<IkmResponden>,
    /// Data survei IPK per kelompok (metode ipk).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ipk: Option<Ipk>,
    /// Data survei integritas bulanan (metode iki).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iki: Option<Iki>,
    /// Pembilang dan penyebut (metode rasio).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rasio: Option<Rasio>,
    /// Realisasi bulanan atau triwulanan (pemantauan e-Performance).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub berkala: Vec<RealisasiBerkala>,
    /// Target dan realisasi tahun-tahun sebelumnya.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub riwayat: Vec<Riwayat>,
    /// Nilai unit lain untuk perbandingan (Kanwil, Direktorat Jenderal, rata-rata nasional).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pembanding: Vec<Pembanding>,
    /// Kegiatan pendukung dengan target dan realisasi (mis. operasi intelijen).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kegiatan_pendukung: Vec<KegiatanPendukung>,
    /// Analisis yang hanya dapat ditulis unit.
    #[serde(default, skip_serializing_if = "NarasiIndikator::kosong")]
    pub narasi: NarasiIndikator,
}

impl Indikator {
    /// The precision the realisation is published at.
    pub fn presisi_terbit(&self) -> u32 {
        self.presisi
            .unwrap_or_else(|| self.jenis_satuan.presisi_bawaan())
    }

    /// The short name used in running text: the abbreviation or the full name.
    pub fn sebutan(&self) -> &str {
        self.singkatan.as_deref().unwrap_or(&self.nama)
    }
}

/// A ratio indicator: numerator and denominator counts (2024 indicator set).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Rasio {
    /// Pembilang, mis. jumlah perkara yang sampai tahap penuntutan.
    pub pembilang: Angka,
    /// Penyebut, mis. jumlah perkara yang ditangani.
    pub penyebut: Angka,
    /// Uraian pembilang.
    pub uraian_pembilang: String,
    /// Uraian penyebut.
    pub uraian_penyebut: String,
}

/// A monthly or quarterly realisation, as entered during the year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RealisasiBerkala {
    /// Bulan (1–12), atau kosong bila triwulanan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bulan: Option<u32>,
    /// Triwulan (1–4), atau kosong bila bulanan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub triwulan: Option<u32>,
    /// Target periode ini.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi periode ini.
    pub realisasi: Angka,
}

/// An earlier year of an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Riwayat {
    /// Tahun.
    pub tahun: i32,
    /// Target tahun itu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi tahun itu (pada presisi terbit).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
}

/// The value of another unit for the same indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pembanding {
    /// Kode unit dari [[organisasi]], atau "nasional" untuk rata-rata nasional.
    pub unit: String,
    /// Nilai realisasi unit itu.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai: Option<Angka>,
    /// Rata-rata capaian (%) seluruh unit, untuk perbandingan standar nasional (2024).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub capaian: Option<Angka>,
    /// Sumber angka pembanding.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sumber: Option<String>,
}

/// The reserved `pembanding.unit` code for the national average.
pub const UNIT_NASIONAL: &str = "nasional";

/// A supporting activity with its own target and realisation (e.g. "Operasi Intelijen").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KegiatanPendukung {
    /// Nama kegiatan.
    pub nama: String,
    /// Target.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Satuan, mis. "operasi".
    pub satuan: String,
    /// Keterangan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub keterangan: Option<String>,
}

/// The analysis only the unit can write about one indicator (Markdown).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct NarasiIndikator {
    /// Uraian pengukuran dan pelaksanaan (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uraian: Option<String>,
    /// Faktor keberhasilan, satu butir per elemen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faktor_keberhasilan: Vec<String>,
    /// Faktor penghambat/kegagalan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub faktor_penghambat: Vec<String>,
    /// Rekomendasi umum.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rekomendasi: Vec<String>,
    /// Rekomendasi per unsur, dengan nama unsur sebagai kunci.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rekomendasi_unsur: BTreeMap<String, Vec<String>>,
    /// Analisis efisiensi penggunaan sumber daya (Markdown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub efisiensi: Option<String>,
}

impl NarasiIndikator {
    /// Whether nothing was written.
    pub fn kosong(&self) -> bool {
        self == &Self::default()
    }
}
