//! The engine: every figure of a unit's year, computed once, exactly, with its provenance.
//!
//! [`hitung`] takes a [`Dataset`] and returns a [`Perhitungan`]. It never fails and never
//! panics: what cannot be computed is stated (`BelumTersedia`, `TidakTerdefinisi` with its
//! reason), and inconsistencies in the input are returned as diagnostics. Validation of the
//! dataset itself lives in [`crate::validasi`].

pub mod akip;
pub mod anggaran;
pub mod capaian;
pub mod hasil;
pub mod iki;
pub mod ikm;
pub mod ikpa;
pub mod ipk;
pub mod pembulatan;
pub mod perbandingan;
pub mod pnbp;
pub mod rata_rata;
pub mod smart;
pub(crate) mod teks;

use rust_decimal::Decimal;
use serde::Serialize;

use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{
    Dataset, Indikator, JenisSatuan, Metode, MetodeRataRata, Polaritas, Tingkat, UNIT_NASIONAL,
};
use capaian::{AlasanTidakTerdefinisi, Capaian, Target};
use hasil::Hasil;
use perbandingan::{HasilPembanding, JangkaMenengah, TahunIndikator, Tren};

/// The realisation of an indicator.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum Realisasi {
    /// Measured.
    Ada {
        /// The value at its published precision, with provenance.
        hasil: Hasil,
    },
    /// A ratio with 0 ÷ 0 cases.
    TidakAdaKasus,
    /// Not entered yet.
    BelumTersedia,
}

impl Realisasi {
    /// The computed value, if any.
    pub fn hasil(&self) -> Option<&Hasil> {
        match self {
            Realisasi::Ada { hasil } => Some(hasil),
            _ => None,
        }
    }
}

/// Survey or count detail behind a realisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "jenis", rename_all = "snake_case")]
pub enum Rincian {
    /// IKM.
    Ikm(Box<ikm::HasilIkm>),
    /// IPK.
    Ipk(Box<ipk::HasilIpk>),
    /// IKI.
    Iki(Box<iki::HasilIki>),
    /// A ratio's numerator and denominator.
    Rasio {
        /// Numerator.
        #[serde(with = "rust_decimal::serde::str")]
        pembilang: Decimal,
        /// Denominator.
        #[serde(with = "rust_decimal::serde::str")]
        penyebut: Decimal,
    },
}

/// An indicator, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilIndikator {
    /// Code.
    pub kode: String,
    /// Name.
    pub nama: String,
    /// Code of its sasaran.
    pub sasaran: String,
    /// Level of its sasaran.
    pub tingkat: Option<Tingkat>,
    /// Whether it is at the measured level (counted in the averages).
    pub diukur: bool,
    /// Kind of unit.
    pub jenis_satuan: JenisSatuan,
    /// Unit label.
    pub satuan: String,
    /// Published precision of the realisation.
    pub presisi: u32,
    /// Polarity.
    pub polaritas: Polaritas,
    /// Target (single value).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub target: Option<Decimal>,
    /// Target range.
    pub target_rentang: Option<(Decimal, Decimal)>,
    /// Realisation.
    pub realisasi: Realisasi,
    /// Capaian.
    pub capaian: Capaian,
    /// Whether the per-indicator cap applies (the report must say so).
    #[serde(with = "rust_decimal::serde::str_option")]
    pub batas_capaian: Option<Decimal>,
    /// Survey or ratio detail.
    pub rincian: Option<Rincian>,
    /// Earlier years and this one, ascending.
    pub tahun: Vec<TahunIndikator>,
    /// Trend against the earlier years.
    pub tren: Option<Tren>,
    /// Against the Renstra's final-year target.
    pub jangka_menengah: Option<JangkaMenengah>,
    /// Against parent units and the national average.
    pub pembanding: Vec<HasilPembanding>,
    /// Capaian ÷ the national average capaian (2024 practice).
    pub standar_nasional: Option<Hasil>,
}

/// A sasaran, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilSasaran {
    /// Code.
    pub kode: String,
    /// Statement.
    pub nama: String,
    /// Level.
    pub tingkat: Tingkat,
    /// Codes of its indicators.
    pub indikator: Vec<String>,
    /// Mean capaian of its indicators with a capaian.
    pub rata_rata: Option<Hasil>,
}

/// The computed total row of a statistics table.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilStatistik {
    /// Index of the table in the dataset.
    pub indeks: usize,
    /// Column totals (`None` where no row has a value).
    pub jumlah: Vec<Option<Hasil>>,
}

/// Every figure of a unit's year.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Perhitungan {
    /// Reporting year.
    pub tahun: i32,
    /// Indicators, in dataset order.
    pub indikator: Vec<HasilIndikator>,
    /// Sasaran, in dataset order.
    pub sasaran: Vec<HasilSasaran>,
    /// The averaging method used for `rata_rata`.
    pub metode_rata_rata: MetodeRataRata,
    /// Overall mean capaian of the measured indicators.
    pub rata_rata: Option<Hasil>,
    /// Budget per year, ascending.
    pub anggaran: Vec<anggaran::HasilAnggaran>,
    /// PNBP per year, ascending.
    pub pnbp: Vec<pnbp::HasilPnbp>,
    /// SMART per year, ascending.
    pub smart: Vec<smart::HasilSmart>,
    /// IKPA per year, ascending.
    pub ikpa: Vec<ikpa::HasilIkpa>,
    /// AKIP.
    pub akip: Option<akip::HasilAkip>,
    /// Statistics table totals.
    pub statistik: Vec<HasilStatistik>,
    /// Problems found while computing (breakdowns that disagree, application values that
    /// differ from the formula).
    pub temuan: Vec<Diagnostic>,
}

impl Perhitungan {
    /// The computed indicator with this code.
    pub fn indikator(&self, kode: &str) -> Option<&HasilIndikator> {
        self.indikator.iter().find(|i| i.kode == kode)
    }

    /// The budget of the reporting year.
    pub fn anggaran_tahun_ini(&self) -> Option<&anggaran::HasilAnggaran> {
        self.anggaran.iter().find(|a| a.tahun == self.tahun)
    }

    /// The PNBP of the reporting year.
    pub fn pnbp_tahun_ini(&self) -> Option<&pnbp::HasilPnbp> {
        self.pnbp.iter().find(|a| a.tahun == self.tahun)
    }
}

/// Computes every figure of a dataset.
pub fn hitung(ds: &Dataset) -> Perhitungan {
    let mut temuan = Vec::new();
    let root = DataPath::root();

    // Pass 1: realisations that come from the indicator's own data.
    let mut realisasi: Vec<(Realisasi, Option<Rincian>)> = ds
        .indikator
        .iter()
        .enumerate()
        .map(|(i, ind)| realisasi_sendiri(ind, &root.key("indikator").index(i)))
        .collect();
    // Pass 2: copies of another indicator's realisation (one level; cycles stay unavailable).
    for (i, ind) in ds.indikator.iter().enumerate() {
        if ind.metode == Metode::Salin {
            let sumber = ind.realisasi_dari.as_deref().and_then(|k| {
                ds.indikator
                    .iter()
                    .position(|x| x.kode == k && x.metode != Metode::Salin)
            });
            if let Some(j) = sumber {
                let r = match &realisasi[j].0 {
                    Realisasi::Ada { hasil } => {
                        let presisi = ind.presisi_terbit();
                        let mut h = Hasil::baru(
                            format!("indikator.{}.realisasi", ind.kode),
                            format!("realisasi indikator {}", ds.indikator[j].kode),
                            hasil.terbit,
                            presisi,
                        )
                        .dari("realisasi", hasil);
                        h.substitusi = h.tampil();
                        Realisasi::Ada { hasil: h }
                    }
                    other => other.clone(),
                };
                realisasi[i].0 = r;
            }
        }
    }

    let indikator: Vec<HasilIndikator> = ds
        .indikator
        .iter()
        .enumerate()
        .zip(realisasi)
        .map(|((i, ind), (r, rincian))| hasil_indikator(ds, ind, i, r, rincian))
        .collect();

    let sasaran: Vec<HasilSasaran> = ds
        .sasaran
        .iter()
        .map(|s| {
            let anggota: Vec<&HasilIndikator> =
                indikator.iter().filter(|i| i.sasaran == s.kode).collect();
            let nilai: Vec<&Hasil> = anggota.iter().filter_map(|i| i.capaian.hasil()).collect();
            let kecuali: Vec<String> = anggota
                .iter()
                .filter(|i| i.capaian.hasil().is_none())
                .map(|i| i.nama.clone())
                .collect();
            HasilSasaran {
                kode: s.kode.clone(),
                nama: s.nama.clone(),
                tingkat: s.tingkat,
                indikator: anggota.iter().map(|i| i.kode.clone()).collect(),
                rata_rata: rata_rata::rata_rata(
                    &format!("sasaran.{}.rata_rata", s.kode),
                    "Σ capaian indikator sasaran ÷ jumlah indikator",
                    &nilai,
                    &kecuali,
                ),
            }
        })
        .collect();

    let metode_rata_rata = ds.pengaturan.rata_rata;
    let rata_rata = match metode_rata_rata {
        MetodeRataRata::Indikator => {
            let diukur: Vec<&HasilIndikator> = indikator.iter().filter(|i| i.diukur).collect();
            let nilai: Vec<&Hasil> = diukur.iter().filter_map(|i| i.capaian.hasil()).collect();
            let kecuali: Vec<String> = diukur
                .iter()
                .filter(|i| i.capaian.hasil().is_none())
                .map(|i| i.nama.clone())
                .collect();
            rata_rata::rata_rata(
                "rata_rata",
                "Σ capaian indikator ÷ jumlah indikator",
                &nilai,
                &kecuali,
            )
        }
        MetodeRataRata::Sasaran => {
            let nilai: Vec<&Hasil> = sasaran
                .iter()
                .filter(|s| s.tingkat == ds.pengaturan.tingkat_diukur)
                .filter_map(|s| s.rata_rata.as_ref())
                .collect();
            rata_rata::rata_rata(
                "rata_rata",
                "Σ rata-rata capaian sasaran ÷ jumlah sasaran",
                &nilai,
                &[],
            )
        }
    };

    let mut anggaran: Vec<anggaran::HasilAnggaran> = ds
        .anggaran
        .iter()
        .enumerate()
        .filter_map(|(i, a)| anggaran::hitung(a, &root.key("anggaran").index(i), &mut temuan))
        .collect();
    anggaran.sort_by_key(|a| a.tahun);
    let mut pnbp: Vec<pnbp::HasilPnbp> = ds
        .pnbp
        .iter()
        .enumerate()
        .filter_map(|(i, p)| pnbp::hitung(p, &root.key("pnbp").index(i), &mut temuan))
        .collect();
    pnbp.sort_by_key(|p| p.tahun);
    let mut smart: Vec<smart::HasilSmart> = ds
        .smart
        .iter()
        .enumerate()
        .map(|(i, s)| smart::hitung(s, &root.key("smart").index(i), &mut temuan))
        .collect();
    smart.sort_by_key(|s| s.tahun);
    let mut ikpa: Vec<ikpa::HasilIkpa> = ds
        .ikpa
        .iter()
        .enumerate()
        .filter_map(|(i, p)| ikpa::hitung(p, &root.key("ikpa").index(i), &mut temuan))
        .collect();
    ikpa.sort_by_key(|p| p.tahun);
    let akip = ds
        .akip
        .as_ref()
        .and_then(|a| akip::hitung(a, &root.key("akip")));
    let statistik = ds
        .statistik
        .iter()
        .enumerate()
        .filter(|(_, s)| s.jumlah)
        .map(|(i, s)| HasilStatistik {
            indeks: i,
            jumlah: (0..s.kolom.len())
                .map(|c| {
                    let nilai: Vec<Decimal> = s
                        .baris
                        .iter()
                        .filter_map(|b| b.nilai.get(c).copied().flatten().map(|a| a.0))
                        .collect();
                    (!nilai.is_empty()).then(|| {
                        let total: Decimal = nilai.iter().sum();
                        let presisi = nilai
                            .iter()
                            .map(|v| v.normalize().scale())
                            .max()
                            .unwrap_or(0);
                        let suku: Vec<String> =
                            nilai.iter().map(|v| teks::apa_adanya(*v)).collect();
                        Hasil::baru(
                            format!("statistik.{i}.jumlah.{c}"),
                            "Σ nilai baris",
                            total,
                            presisi,
                        )
                        .data("baris", total, format!("statistik[{i}].baris"))
                        .substitusi(format!(
                            "{} = {}",
                            suku.join(" + "),
                            teks::angka(total, presisi)
                        ))
                    })
                })
                .collect(),
        })
        .collect();

    Perhitungan {
        tahun: ds.tahun,
        indikator,
        sasaran,
        metode_rata_rata,
        rata_rata,
        anggaran,
        pnbp,
        smart,
        ikpa,
        akip,
        statistik,
        temuan,
    }
}

fn realisasi_sendiri(ind: &Indikator, path: &DataPath) -> (Realisasi, Option<Rincian>) {
    let id = format!("indikator.{}", ind.kode);
    let presisi = ind.presisi_terbit();
    let p = path.to_string();
    let dari_data = |v: Decimal| Realisasi::Ada {
        hasil: Hasil::dari_data(
            format!("{id}.realisasi"),
            "realisasi",
            v,
            presisi,
            format!("{p}.realisasi"),
        ),
    };
    match ind.metode {
        Metode::Langsung | Metode::Jumlah => match ind.realisasi {
            Some(v) => (dari_data(v.0), None),
            None => (Realisasi::BelumTersedia, None),
        },
        Metode::Salin => (Realisasi::BelumTersedia, None),
        Metode::IkmBulanan => match ind
            .ikm
            .as_ref()
            .and_then(|d| ikm::dari_bulanan(&format!("{id}.ikm"), d, &format!("{p}.ikm")))
        {
            Some(h) => (
                Realisasi::Ada {
                    hasil: presisikan(&h.nilai, presisi),
                },
                Some(Rincian::Ikm(Box::new(h))),
            ),
            None => (Realisasi::BelumTersedia, None),
        },
        Metode::IkmResponden => match ind.ikm_responden.as_ref().and_then(|d| {
            ikm::dari_responden(
                &format!("{id}.ikm"),
                &d.unsur,
                &d.jawaban,
                d.populasi,
                &format!("{p}.ikm_responden"),
            )
        }) {
            Some(h) => (
                Realisasi::Ada {
                    hasil: presisikan(&h.nilai, presisi),
                },
                Some(Rincian::Ikm(Box::new(h))),
            ),
            None => (Realisasi::BelumTersedia, None),
        },
        Metode::Ipk => match ind
            .ipk
            .as_ref()
            .and_then(|d| ipk::hitung(&format!("{id}.ipk"), d, &format!("{p}.ipk")))
        {
            Some(h) => (
                Realisasi::Ada {
                    hasil: presisikan(&h.nilai, presisi),
                },
                Some(Rincian::Ipk(Box::new(h))),
            ),
            None => (Realisasi::BelumTersedia, None),
        },
        Metode::Iki => match ind
            .iki
            .as_ref()
            .and_then(|d| iki::hitung(&format!("{id}.iki"), d, &format!("{p}.iki")))
        {
            Some(h) => (
                Realisasi::Ada {
                    hasil: presisikan(&h.nilai, presisi),
                },
                Some(Rincian::Iki(Box::new(h))),
            ),
            None => (Realisasi::BelumTersedia, None),
        },
        Metode::Rasio => match &ind.rasio {
            None => (Realisasi::BelumTersedia, None),
            Some(r) => {
                let rincian = Some(Rincian::Rasio {
                    pembilang: r.pembilang.0,
                    penyebut: r.penyebut.0,
                });
                if r.penyebut.0.is_zero() {
                    if r.pembilang.0.is_zero() {
                        return (Realisasi::TidakAdaKasus, rincian);
                    }
                    return (Realisasi::BelumTersedia, rincian);
                }
                let v = r.pembilang.0 / r.penyebut.0 * Decimal::ONE_HUNDRED;
                let h = Hasil::baru(
                    format!("{id}.realisasi"),
                    format!("{} ÷ {} × 100%", r.uraian_pembilang, r.uraian_penyebut),
                    v,
                    presisi,
                )
                .data(
                    r.uraian_pembilang.clone(),
                    r.pembilang.0,
                    format!("{p}.rasio.pembilang"),
                )
                .data(
                    r.uraian_penyebut.clone(),
                    r.penyebut.0,
                    format!("{p}.rasio.penyebut"),
                );
                let s = format!(
                    "{} ÷ {} × 100% = {}%",
                    teks::apa_adanya(r.pembilang.0),
                    teks::apa_adanya(r.penyebut.0),
                    h.tampil()
                );
                (
                    Realisasi::Ada {
                        hasil: h.substitusi(s),
                    },
                    rincian,
                )
            }
        },
    }
}

/// The realisation of a survey indicator, re-published at the indicator's precision.
fn presisikan(h: &Hasil, presisi: u32) -> Hasil {
    if h.presisi == presisi {
        return h.clone();
    }
    let mut r = Hasil::baru(h.id.clone(), h.rumus.clone(), h.nilai, presisi);
    r.masukan = h.masukan.clone();
    r.substitusi = h.substitusi.clone();
    r
}

fn hasil_indikator(
    ds: &Dataset,
    ind: &Indikator,
    i: usize,
    realisasi: Realisasi,
    rincian: Option<Rincian>,
) -> HasilIndikator {
    let id = format!("indikator.{}", ind.kode);
    let path = DataPath::root().key("indikator").index(i);
    let presisi = ind.presisi_terbit();
    let tingkat = ds.sasaran(&ind.sasaran).map(|s| s.tingkat);
    let batas = ind.batas_capaian.map(|b| b.0);

    let target = if let Some(t) = ind.target {
        Some((Target::Nilai(t.0), path.key("target")))
    } else {
        ind.target_rentang
            .map(|r| (Target::Rentang(r), path.key("target_rentang")))
    };
    let capaian = match (&realisasi, &target) {
        (Realisasi::Ada { hasil }, Some((t, tp))) => capaian::hitung(
            &format!("{id}.capaian"),
            hasil,
            *t,
            &tp.to_string(),
            ind.polaritas,
            batas,
        ),
        (Realisasi::Ada { .. }, None) => Capaian::TidakTerdefinisi {
            alasan: AlasanTidakTerdefinisi::TanpaTarget,
        },
        (Realisasi::TidakAdaKasus, _) => Capaian::TidakTerdefinisi {
            alasan: AlasanTidakTerdefinisi::TidakAdaKasus,
        },
        (Realisasi::BelumTersedia, _) => Capaian::TidakTerdefinisi {
            alasan: AlasanTidakTerdefinisi::BelumAdaRealisasi,
        },
    };

    // Earlier years and this one.
    let mut riwayat: Vec<_> = ind
        .riwayat
        .iter()
        .enumerate()
        .filter(|(_, r)| r.tahun < ds.tahun)
        .collect();
    riwayat.sort_by_key(|(_, r)| r.tahun);
    let mut tahun: Vec<TahunIndikator> = riwayat
        .iter()
        .map(|(j, r)| {
            let rp = path.key("riwayat").index(*j);
            let real = r.realisasi.map(|v| {
                Hasil::dari_data(
                    format!("{id}.{}.realisasi", r.tahun),
                    "realisasi",
                    v.0,
                    presisi,
                    rp.key("realisasi").to_string(),
                )
            });
            let cap = match (&real, r.target) {
                (Some(h), Some(t)) => Some(capaian::hitung(
                    &format!("{id}.{}.capaian", r.tahun),
                    h,
                    Target::Nilai(t.0),
                    &rp.key("target").to_string(),
                    ind.polaritas,
                    batas,
                )),
                _ => None,
            };
            TahunIndikator {
                tahun: r.tahun,
                target: r.target.map(|t| t.0),
                realisasi: real,
                capaian: cap,
            }
        })
        .collect();
    tahun.push(TahunIndikator {
        tahun: ds.tahun,
        target: ind.target.map(|t| t.0),
        realisasi: realisasi.hasil().cloned(),
        capaian: Some(capaian.clone()),
    });
    let seri: Vec<(i32, Decimal, Option<Decimal>)> = tahun
        .iter()
        .filter_map(|t| {
            t.realisasi.as_ref().map(|r| {
                (
                    t.tahun,
                    r.terbit,
                    t.capaian.as_ref().and_then(|c| c.terbit()),
                )
            })
        })
        .collect();
    let tren = if realisasi.hasil().is_some() {
        perbandingan::tren(&format!("{id}.tren"), &seri, presisi)
    } else {
        None
    };

    let jangka_menengah = match (
        realisasi.hasil(),
        ind.renstra.as_deref(),
        ds.renstra.as_ref(),
    ) {
        (Some(r), Some(kode), Some(rs)) => rs
            .indikator
            .iter()
            .enumerate()
            .find(|(_, x)| x.kode == kode)
            .and_then(|(j, x)| {
                x.target_tahun(rs.selesai).map(|t| {
                    perbandingan::jangka_menengah(
                        &format!("{id}.jangka_menengah"),
                        r,
                        rs.selesai,
                        t.0,
                        &format!("renstra.indikator[{j}].target.{}", rs.selesai),
                        ind.polaritas,
                    )
                })
            }),
        _ => None,
    };

    let mut pembanding = Vec::new();
    let mut standar_nasional = None;
    for (j, p) in ind.pembanding.iter().enumerate() {
        let pp = path.key("pembanding").index(j);
        let nama = if p.unit == UNIT_NASIONAL {
            "rata-rata nasional".to_owned()
        } else {
            ds.organisasi(&p.unit)
                .map(|o| o.nama.clone())
                .unwrap_or_else(|| p.unit.clone())
        };
        if let (Some(r), Some(v)) = (realisasi.hasil(), p.nilai) {
            pembanding.push(perbandingan::pembanding(
                &format!("{id}.pembanding.{}", p.unit),
                r,
                &p.unit,
                &nama,
                v.0,
                &pp.key("nilai").to_string(),
            ));
        }
        if let (Some(c), Some(n)) = (capaian.hasil(), p.capaian) {
            standar_nasional = perbandingan::standar_nasional(
                &format!("{id}.standar_nasional"),
                c,
                n.0,
                &pp.key("capaian").to_string(),
            );
        }
    }

    HasilIndikator {
        kode: ind.kode.clone(),
        nama: ind.nama.clone(),
        sasaran: ind.sasaran.clone(),
        tingkat,
        diukur: tingkat == Some(ds.pengaturan.tingkat_diukur),
        jenis_satuan: ind.jenis_satuan,
        satuan: ind.satuan.clone(),
        presisi,
        polaritas: ind.polaritas,
        target: ind.target.map(|t| t.0),
        target_rentang: ind.target_rentang.map(|r| (r.bawah.0, r.atas.0)),
        realisasi,
        capaian,
        batas_capaian: batas,
        rincian,
        tahun,
        tren,
        jangka_menengah,
        pembanding,
        standar_nasional,
    }
}
