//! The model of one unit's LKjIP year: everything the report and the engine need, entered once.
//!
//! Field documentation is written in Indonesian: it is what users see in their editor through
//! the JSON Schema generated from these types.

mod anggaran;
mod dasar;
mod indikator;
mod lainnya;
mod organisasi;
mod renstra;
mod survei;

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

pub use anggaran::{
    AkunPnbp, AnggaranTahun, EvaluasiAkip, IkpaTahun, Kegiatan, KomponenAkip, KomponenIkpa, Output,
    PnbpTahun, PosAnggaran, Program, RealisasiBulan, RevisiAnggaran, SmartTahun,
};
pub use dasar::{Angka, Tanggal};
pub use indikator::{
    Indikator, JenisSatuan, KegiatanPendukung, Metode, NarasiIndikator, Pembanding, Polaritas,
    Rasio, RealisasiBerkala, Rentang, Riwayat, UNIT_NASIONAL,
};
pub use lainnya::{
    BarisStatistik, Emonev, Inovasi, Isu, KategoriStatistik, Narasi, Penghargaan, Statistik,
    TeksPengganti,
};
pub use organisasi::{JenisUnit, KelasKantor, Organisasi, Pejabat, Unit};
pub use renstra::{
    AnggaranPk, IndikatorRenstra, PerjanjianBerikutnya, PerjanjianKinerja, Renstra, RevisiDokumen,
    Sasaran, TargetBerikutnya, Tingkat,
};
pub use survei::{
    Iki, IkiBulan, IkmBulan, IkmBulanan, IkmResponden, Ipk, JenisKelompok, KelompokIpk,
    KelompokVariabel, Skala, UnsurBerbobot,
};

/// The version of the dataset format this code reads and writes.
pub const VERSI_FORMAT: u32 = 1;

/// One unit's LKjIP year: the dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Dataset kinerja: satu unit, satu tahun")]
pub struct Dataset {
    /// Versi format dataset (saat ini 1).
    pub format: u32,
    /// Berkas lain yang disertakan (jalur relatif terhadap berkas ini).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sertakan: Vec<String>,
    /// Tahun laporan.
    pub tahun: i32,
    /// Periode yang dilaporkan; bawaan: 1 Januari s.d. 31 Desember tahun laporan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periode: Option<Periode>,
    /// Unit yang dilaporkan.
    pub unit: Unit,
    /// Unit lain dalam hierarki (Kantor Wilayah, Direktorat Jenderal, Kementerian).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisasi: Vec<Organisasi>,
    /// Pejabat penandatangan, dengan kunci bebas (mis. "kepala", "kakanwil").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pejabat: BTreeMap<String, Pejabat>,
    /// Penandatanganan laporan.
    pub laporan: Laporan,
    /// Rencana Strategis.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renstra: Option<Renstra>,
    /// Perjanjian Kinerja tahun laporan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perjanjian_kinerja: Option<PerjanjianKinerja>,
    /// Perjanjian Kinerja tahun berikutnya (Lampiran).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perjanjian_berikutnya: Option<PerjanjianBerikutnya>,
    /// Sasaran PK pada tiga tingkat.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sasaran: Vec<Sasaran>,
    /// Indikator kinerja dengan target dan data realisasinya.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indikator: Vec<Indikator>,
    /// Anggaran per tahun (tahun laporan dan tahun-tahun sebelumnya).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub anggaran: Vec<AnggaranTahun>,
    /// PNBP per tahun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pnbp: Vec<PnbpTahun>,
    /// Nilai SMART DJA per tahun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub smart: Vec<SmartTahun>,
    /// IKPA per tahun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ikpa: Vec<IkpaTahun>,
    /// Hasil Evaluasi AKIP.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub akip: Option<EvaluasiAkip>,
    /// e-Monev Bappenas.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emonev: Option<Emonev>,
    /// Tabel statistik operasional (layanan, perlintasan, penegakan hukum, TARJA, pegawai).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistik: Vec<Statistik>,
    /// Inovasi.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inovasi: Vec<Inovasi>,
    /// Penghargaan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub penghargaan: Vec<Penghargaan>,
    /// Narasi yang ditulis unit (Markdown).
    #[serde(default)]
    pub narasi: Narasi,
    /// Pengganti paragraf baku pustaka templat, per kunci.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub teks: TeksPengganti,
    /// Pengaturan perhitungan.
    #[serde(default)]
    pub pengaturan: Pengaturan,
}

impl Dataset {
    /// The reporting period (the whole year unless the dataset says otherwise).
    pub fn periode_laporan(&self) -> Periode {
        self.periode.clone().unwrap_or(Periode {
            mulai_bulan: 1,
            selesai_bulan: 12,
            sebutan: None,
        })
    }

    /// The indicator with this code.
    pub fn indikator(&self, kode: &str) -> Option<&Indikator> {
        self.indikator.iter().find(|i| i.kode == kode)
    }

    /// The sasaran with this code.
    pub fn sasaran(&self, kode: &str) -> Option<&Sasaran> {
        self.sasaran.iter().find(|s| s.kode == kode)
    }

    /// The organisation unit with this code (the unit itself included).
    pub fn organisasi(&self, kode: &str) -> Option<&Organisasi> {
        self.organisasi.iter().find(|o| o.kode == kode)
    }

    /// The unit's parent (usually the Kanwil), if known.
    pub fn induk(&self) -> Option<&Organisasi> {
        self.unit.induk.as_deref().and_then(|k| self.organisasi(k))
    }

    /// The signatory with this key.
    pub fn pejabat(&self, kunci: &str) -> Option<&Pejabat> {
        self.pejabat.get(kunci)
    }

    /// The budget of a year.
    pub fn anggaran_tahun(&self, tahun: i32) -> Option<&AnggaranTahun> {
        self.anggaran.iter().find(|a| a.tahun == tahun)
    }

    /// The PNBP of a year.
    pub fn pnbp_tahun(&self, tahun: i32) -> Option<&PnbpTahun> {
        self.pnbp.iter().find(|a| a.tahun == tahun)
    }
}

/// The period a report covers, within its year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Periode {
    /// Bulan pertama (1–12).
    pub mulai_bulan: u32,
    /// Bulan terakhir (1–12).
    pub selesai_bulan: u32,
    /// Sebutan periode bila bukan setahun penuh, mis. "Semester I".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sebutan: Option<String>,
}

impl Periode {
    /// Whether the period is the whole year.
    pub fn setahun_penuh(&self) -> bool {
        self.mulai_bulan == 1 && self.selesai_bulan == 12
    }
}

/// Who signs the report, where and when. The date is data: the same input gives the same report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Laporan {
    /// Tempat penandatanganan.
    pub tempat: String,
    /// Tanggal penandatanganan.
    pub tanggal: Tanggal,
    /// Kunci [pejabat] penandatangan.
    pub penandatangan: String,
}

/// How the averages are computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MetodeRataRata {
    /// The mean of every measured indicator's capaian (2023 seeds).
    #[default]
    Indikator,
    /// The mean of the sasaran means (2024 practice).
    Sasaran,
}

/// Calculation settings of a dataset.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Pengaturan {
    /// Cara menghitung rata-rata capaian keseluruhan: "indikator" atau "sasaran".
    #[serde(default)]
    pub rata_rata: MetodeRataRata,
    /// Tingkat indikator yang diukur dan dirata-ratakan (bawaan: kegiatan).
    #[serde(default = "tingkat_bawaan")]
    pub tingkat_diukur: Tingkat,
}

fn tingkat_bawaan() -> Tingkat {
    Tingkat::Kegiatan
}

impl Default for Pengaturan {
    fn default() -> Self {
        Self {
            rata_rata: MetodeRataRata::default(),
            tingkat_diukur: tingkat_bawaan(),
        }
    }
}
