//! Budget and revenue: the DIPA and its realisation by program → kegiatan → output, by jenis
//! belanja and by sumber dana; PNBP by akun; the SMART DJA and IKPA budget-performance values;
//! the Evaluasi AKIP. SAKIP.md §6 and §8.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::dasar::{Angka, Tanggal};

/// One fiscal year of budget. Every breakdown present must sum to the same total.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnggaranTahun {
    /// Tahun anggaran.
    pub tahun: i32,
    /// Pagu DIPA awal sebelum revisi (Rp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dipa_awal: Option<Angka>,
    /// Revisi anggaran dalam tahun (mis. ABT).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub revisi: Vec<RevisiAnggaran>,
    /// Total pagu yang dinyatakan (Rp); bila ada, harus sama dengan setiap rincian.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu: Option<Angka>,
    /// Total realisasi yang dinyatakan (Rp).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Rincian per program.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub program: Vec<Program>,
    /// Rincian per jenis belanja.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub jenis_belanja: Vec<PosAnggaran>,
    /// Rincian per sumber dana.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sumber_dana: Vec<PosAnggaran>,
    /// Realisasi kumulatif per bulan (Rp), untuk grafik penyerapan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub realisasi_bulanan: Vec<RealisasiBulan>,
}

/// A budget revision within the year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RevisiAnggaran {
    /// Uraian, mis. "Anggaran Belanja Tambahan (ABT) triwulan IV".
    pub uraian: String,
    /// Perubahan pagu (Rp), positif bila bertambah.
    pub perubahan: Angka,
    /// Tanggal revisi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tanggal: Option<Tanggal>,
}

/// A program with its kegiatan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Program {
    /// Kode program (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Nama program.
    pub nama: String,
    /// Pagu program bila tidak dirinci per kegiatan, atau untuk diperiksa terhadap rinciannya.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu: Option<Angka>,
    /// Realisasi program.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Kegiatan.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kegiatan: Vec<Kegiatan>,
}

/// A kegiatan with its outputs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kegiatan {
    /// Kode kegiatan (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Nama kegiatan.
    pub nama: String,
    /// Pagu kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pagu: Option<Angka>,
    /// Realisasi kegiatan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
    /// Output (KRO/RO).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub output: Vec<Output>,
}

/// An output (KRO/RO) of a kegiatan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Output {
    /// Kode output (opsional).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kode: Option<String>,
    /// Nama output.
    pub nama: String,
    /// Target volume output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub volume: Option<Angka>,
    /// Satuan volume, mis. "Orang".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satuan: Option<String>,
    /// Pagu output.
    pub pagu: Angka,
    /// Realisasi output.
    pub realisasi: Angka,
}

/// A line of a flat breakdown (jenis belanja, sumber dana).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PosAnggaran {
    /// Kode, mis. "51" (Belanja Pegawai) atau "RM".
    pub kode: String,
    /// Nama, mis. "Belanja Pegawai" atau "Rupiah Murni".
    pub nama: String,
    /// Pagu (Rp).
    pub pagu: Angka,
    /// Realisasi (Rp); kosong bila hanya pagu yang diketahui.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
}

/// Cumulative realisation at the end of a month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RealisasiBulan {
    /// Bulan (1–12).
    pub bulan: u32,
    /// Realisasi kumulatif sampai akhir bulan (Rp).
    pub realisasi: Angka,
}

/// PNBP (non-tax revenue) of one year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PnbpTahun {
    /// Tahun.
    pub tahun: i32,
    /// Target PNBP (Rp); 0 atau kosong berarti persentase tidak terdefinisi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
    /// Realisasi per akun.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub akun: Vec<AkunPnbp>,
    /// Total realisasi yang dinyatakan (Rp); bila ada, harus sama dengan jumlah akun.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub realisasi: Option<Angka>,
}

/// A PNBP account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AkunPnbp {
    /// Kode akun, mis. "425211".
    pub kode: String,
    /// Nama akun, mis. "Pendapatan Paspor".
    pub nama: String,
    /// Realisasi (Rp).
    pub realisasi: Angka,
    /// Target akun (Rp), bila ditetapkan per akun.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Angka>,
}

/// The SMART DJA inputs of one year (PMK 22/PMK.02/2021).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SmartTahun {
    /// Tahun.
    pub tahun: i32,
    /// Penyerapan anggaran (%).
    pub penyerapan: Angka,
    /// Konsistensi penyerapan terhadap perencanaan (%).
    pub konsistensi: Angka,
    /// Capaian output (%).
    pub capaian_output: Angka,
    /// Efisiensi (%), sebelum dibatasi ke [−20, 20].
    pub efisiensi: Angka,
    /// Nilai kinerja yang ditampilkan aplikasi SMART, untuk diperiksa terhadap hasil hitung.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai_kinerja_aplikasi: Option<Angka>,
}

/// The IKPA of one year, as entered from the treasury's system.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IkpaTahun {
    /// Tahun.
    pub tahun: i32,
    /// Peraturan yang menetapkan bobot, kunci tabel bobot, mis. "PER-5/PB/2022".
    pub regulasi: String,
    /// Periode penilaian, mis. "Desember" atau "Semester I".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub periode: Option<String>,
    /// Nilai per komponen.
    pub komponen: Vec<KomponenIkpa>,
    /// Nilai akhir yang ditampilkan aplikasi, untuk diperiksa terhadap hasil hitung.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai_akhir_aplikasi: Option<Angka>,
}

/// One IKPA component score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KomponenIkpa {
    /// Kode komponen dari tabel bobot, mis. "revisi_dipa".
    pub kode: String,
    /// Nilai komponen (0–100); kosong bila tidak berlaku bagi satker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai: Option<Angka>,
    /// Bobot pengganti (%), bila berbeda dari tabel regulasi.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bobot: Option<Angka>,
}

/// The yearly Evaluasi AKIP result (PermenPANRB 88/2021).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct EvaluasiAkip {
    /// Tahun yang dievaluasi.
    pub tahun: i32,
    /// Nilai per komponen; bila kosong, `nilai` dipakai.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub komponen: Vec<KomponenAkip>,
    /// Nilai total bila rincian komponen tidak tersedia.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nilai: Option<Angka>,
}

/// One component of the Evaluasi AKIP, scored out of its weight.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct KomponenAkip {
    /// Nama komponen, mis. "Perencanaan Kinerja".
    pub nama: String,
    /// Bobot komponen (30, 30, 15, 25).
    pub bobot: Angka,
    /// Nilai yang diperoleh, paling tinggi sama dengan bobot.
    pub nilai: Angka,
}
