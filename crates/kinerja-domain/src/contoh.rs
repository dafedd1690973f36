//! Generated unit-years: realistic, deterministic datasets for benchmarks, load tests and
//! demos at scale (a Kanwil's 20 units, the Ditjen's 1 000 units × 5 years).
//!
//! Each dataset has the 2023 indicator set of an immigration office: IKM from 12 monthly tables
//! of 8 unsur, IPK from internal and external groups, IKI from 12 months of 22 variables, a
//! three-year history, parent-unit comparisons, a three-year budget with programs, jenis
//! belanja and sumber dana, PNBP accounts, SMART and IKPA.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::model::*;

/// A small deterministic generator (SplitMix64): no dependency, same sequence everywhere.
struct Acak(u64);

impl Acak {
    fn berikut(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `[a, b]`.
    fn antara(&mut self, a: i64, b: i64) -> i64 {
        a + (self.berikut() % ((b - a + 1) as u64)) as i64
    }

    /// A decimal in `[a, b]` with `skala` decimals (a and b given in those units).
    fn desimal(&mut self, a: i64, b: i64, skala: u32) -> Angka {
        Angka(Decimal::new(self.antara(a, b), skala))
    }
}

const UNSUR_IKM: [&str; 8] = [
    "Informasi",
    "Persyaratan",
    "Prosedur/Alur",
    "Waktu Penyelesaian",
    "Tarif/Biaya",
    "Sarana/Prasarana",
    "Respon",
    "Konsultasi/Pengaduan",
];

/// The code of generated unit `i`.
pub fn kode_unit(i: u32) -> String {
    format!("kanim-{i:04}")
}

/// The code of the Kanwil of generated unit `i` (20 units per Kanwil).
pub fn kode_kanwil(i: u32) -> String {
    format!("kanwil-{:02}", i / 20)
}

/// A generated dataset for unit `i` and `tahun`.
pub fn unit_tahun(i: u32, tahun: i32) -> Dataset {
    let mut r = Acak(u64::from(i) << 16 ^ tahun as u64);
    let kanwil = kode_kanwil(i);
    let mut pejabat = BTreeMap::new();
    pejabat.insert(
        "kepala".to_owned(),
        Pejabat {
            nama: format!("Kepala Kantor {i}"),
            nip: Some(format!(
                "1980{:02}{:02}2005011{:03}",
                1 + i % 12,
                1 + i % 28,
                1 + i % 999
            )),
            jabatan: format!("Kepala Kantor Imigrasi Contoh {i}"),
            pangkat: None,
        },
    );
    let target = |t: i64| Some(Angka(Decimal::new(t, 2)));
    let riwayat = |r: &mut Acak, t: [i64; 2]| {
        vec![
            Riwayat {
                tahun: tahun - 2,
                target: target(t[0]),
                realisasi: Some(r.desimal(330, 399, 2)),
            },
            Riwayat {
                tahun: tahun - 1,
                target: target(t[1]),
                realisasi: Some(r.desimal(330, 399, 2)),
            },
        ]
    };
    let pembanding = |r: &mut Acak| {
        vec![
            Pembanding {
                unit: kanwil.clone(),
                nilai: Some(r.desimal(340, 399, 2)),
                capaian: None,
                sumber: None,
            },
            Pembanding {
                unit: "ditjen-imigrasi".into(),
                nilai: Some(r.desimal(350, 395, 2)),
                capaian: None,
                sumber: None,
            },
        ]
    };
    let dasar = |kode: &str, sasaran: &str, nama: &str, t: i64, metode: Metode| Indikator {
        kode: kode.into(),
        sasaran: sasaran.into(),
        nama: nama.into(),
        singkatan: None,
        jenis_satuan: JenisSatuan::Indeks,
        satuan: "Indeks".into(),
        polaritas: Polaritas::Maksimal,
        presisi: None,
        batas_capaian: None,
        target: target(t),
        target_rentang: None,
        renstra: None,
        metode,
        realisasi: None,
        realisasi_dari: None,
        sumber_data: None,
        ikm: None,
        ikm_responden: None,
        ipk: None,
        iki: None,
        rasio: None,
        berkala: Vec::new(),
        riwayat: Vec::new(),
        pembanding: Vec::new(),
        kegiatan_pendukung: Vec::new(),
        narasi: NarasiIndikator::default(),
    };

    let mut ikm = dasar(
        "IKK-1",
        "SK1",
        "Indeks Kepuasan Masyarakat terhadap Layanan Keimigrasian di Wilayah",
        325,
        Metode::IkmBulanan,
    );
    ikm.ikm = Some(IkmBulanan {
        unsur: UNSUR_IKM.iter().map(|s| s.to_string()).collect(),
        populasi: Some(r.antara(5_000, 150_000) as u64),
        bulan: (1..=12)
            .map(|b| {
                let nilai_unsur: Vec<Angka> = (0..8).map(|_| r.desimal(350, 400, 2)).collect();
                IkmBulan {
                    bulan: b,
                    responden: r.antara(20, 80) as u64,
                    nilai_unsur,
                    nilai: None,
                }
            })
            .collect(),
    });
    ikm.riwayat = riwayat(&mut r, [315, 320]);
    ikm.pembanding = pembanding(&mut r);

    let mut ipk = dasar(
        "IKK-2",
        "SK1",
        "Indeks Pengamanan Keimigrasian di Wilayah",
        313,
        Metode::Ipk,
    );
    let unsur = |r: &mut Acak, nama: &[(&str, i64)]| -> Vec<UnsurBerbobot> {
        nama.iter()
            .map(|(n, b)| UnsurBerbobot {
                nama: n.to_string(),
                bobot: Angka(Decimal::from(*b)),
                nilai: r.desimal(330, 395, 2),
            })
            .collect()
    };
    ipk.ipk = Some(Ipk {
        pelaksanaan: None,
        kelompok: vec![
            KelompokIpk {
                jenis: JenisKelompok::Internal,
                responden: r.antara(5, 25) as u64,
                unsur: unsur(
                    &mut r,
                    &[
                        ("Intelijen", 20),
                        ("Penyidikan", 10),
                        ("TAK", 10),
                        ("Pengawasan", 20),
                        ("Pengaduan", 20),
                        ("Pencegahan", 20),
                    ],
                ),
            },
            KelompokIpk {
                jenis: JenisKelompok::Eksternal,
                responden: r.antara(5, 12) as u64,
                unsur: unsur(
                    &mut r,
                    &[
                        ("Intelijen", 20),
                        ("Penyidikan dan TAK", 20),
                        ("Pengawasan", 20),
                        ("Pengaduan", 20),
                        ("Pencegahan", 20),
                    ],
                ),
            },
        ],
    });
    ipk.riwayat = riwayat(&mut r, [311, 312]);
    ipk.pembanding = pembanding(&mut r);

    let mut iki = dasar(
        "IKK-3",
        "SK2",
        "Indeks Kepuasan Internal di Wilayah",
        313,
        Metode::Iki,
    );
    iki.iki = Some(Iki {
        skala: Skala::SatuSampaiEmpat,
        kelompok: vec![KelompokVariabel {
            nama: "Integritas".into(),
            variabel: (1..=22).map(|v| format!("Variabel {v}")).collect(),
        }],
        bulan: (1..=12)
            .map(|b| IkiBulan {
                bulan: b,
                responden: r.antara(30, 110) as u64,
                nilai: r.desimal(390, 400, 2),
                nilai_variabel: (0..22).map(|_| r.desimal(385, 400, 2)).collect(),
            })
            .collect(),
    });
    iki.riwayat = riwayat(&mut r, [311, 312]);

    let anggaran = (0..3)
        .map(|k| {
            let pagu_pph = r.antara(1_000, 6_000) * 1_000_000;
            let pagu_dm = r.antara(3_000, 17_000) * 1_000_000;
            let real = |r: &mut Acak, p: i64| p - r.antara(0, p / 20);
            let (real_pph, real_dm) = (real(&mut r, pagu_pph), real(&mut r, pagu_dm));
            let pagu = pagu_pph + pagu_dm;
            let realisasi = real_pph + real_dm;
            let pegawai = pagu * 35 / 100;
            let modal = pagu / 10;
            let rp = |n: i64| Angka(Decimal::from(n));
            AnggaranTahun {
                tahun: tahun - k,
                dipa_awal: None,
                revisi: Vec::new(),
                pagu: Some(rp(pagu)),
                realisasi: Some(rp(realisasi)),
                program: vec![
                    Program {
                        kode: None,
                        nama: "Program Penegakan dan Pelayanan Hukum".into(),
                        pagu: None,
                        realisasi: None,
                        kegiatan: vec![Kegiatan {
                            kode: None,
                            nama: "Pelayanan dan Penegakan Hukum Keimigrasian di Wilayah".into(),
                            pagu: Some(rp(pagu_pph)),
                            realisasi: Some(rp(real_pph)),
                            output: Vec::new(),
                        }],
                    },
                    Program {
                        kode: None,
                        nama: "Program Dukungan Manajemen".into(),
                        pagu: None,
                        realisasi: None,
                        kegiatan: vec![Kegiatan {
                            kode: None,
                            nama: "Dukungan Manajemen dan Teknis Lainnya UPT Imigrasi".into(),
                            pagu: Some(rp(pagu_dm)),
                            realisasi: Some(rp(real_dm)),
                            output: Vec::new(),
                        }],
                    },
                ],
                jenis_belanja: vec![
                    PosAnggaran {
                        kode: "51".into(),
                        nama: "Belanja Pegawai".into(),
                        pagu: rp(pegawai),
                        realisasi: Some(rp(realisasi * 35 / 100)),
                    },
                    PosAnggaran {
                        kode: "52".into(),
                        nama: "Belanja Barang".into(),
                        pagu: rp(pagu - pegawai - modal),
                        realisasi: Some(rp(realisasi - realisasi * 35 / 100 - realisasi / 10)),
                    },
                    PosAnggaran {
                        kode: "53".into(),
                        nama: "Belanja Modal".into(),
                        pagu: rp(modal),
                        realisasi: Some(rp(realisasi / 10)),
                    },
                ],
                sumber_dana: Vec::new(),
                realisasi_bulanan: (1..=12)
                    .map(|b| RealisasiBulan {
                        bulan: b,
                        realisasi: rp(realisasi * i64::from(b) / 12),
                    })
                    .collect(),
            }
        })
        .collect();
    let pnbp = (0..3)
        .map(|k| PnbpTahun {
            tahun: tahun - k,
            target: Some(Angka(Decimal::from(r.antara(5_000, 40_000) * 1_000_000))),
            akun: vec![
                AkunPnbp {
                    kode: "425211".into(),
                    nama: "Pendapatan Paspor".into(),
                    realisasi: Angka(Decimal::from(r.antara(5_000, 60_000) * 1_000_000)),
                    target: None,
                },
                AkunPnbp {
                    kode: "425213".into(),
                    nama: "Pendapatan Izin Keimigrasian dan Izin Masuk Kembali".into(),
                    realisasi: Angka(Decimal::from(r.antara(500, 15_000) * 1_000_000)),
                    target: None,
                },
                AkunPnbp {
                    kode: "425214".into(),
                    nama: "Pendapatan Pelayanan Keimigrasian Lainnya".into(),
                    realisasi: Angka(Decimal::from(r.antara(100, 2_000) * 1_000_000)),
                    target: None,
                },
            ],
            realisasi: None,
        })
        .collect();
    let smart = vec![SmartTahun {
        tahun,
        penyerapan: r.desimal(9000, 10000, 2),
        konsistensi: r.desimal(8500, 10000, 2),
        capaian_output: Angka(Decimal::ONE_HUNDRED),
        efisiensi: r.desimal(0, 2000, 2),
        nilai_kinerja_aplikasi: None,
    }];
    let kode_ikpa = [
        "revisi_dipa",
        "deviasi_halaman_iii_dipa",
        "penyerapan_anggaran",
        "belanja_kontraktual",
        "penyelesaian_tagihan",
        "pengelolaan_up_tup",
        "dispensasi_spm",
        "capaian_output",
    ];
    let ikpa = vec![IkpaTahun {
        tahun,
        regulasi: "PER-5/PB/2022".into(),
        periode: None,
        komponen: kode_ikpa
            .iter()
            .map(|k| KomponenIkpa {
                kode: (*k).into(),
                nilai: Some(r.desimal(7500, 10000, 2)),
                bobot: None,
            })
            .collect(),
        nilai_akhir_aplikasi: None,
    }];

    Dataset {
        format: VERSI_FORMAT,
        sertakan: Vec::new(),
        tahun,
        periode: None,
        unit: Unit {
            kode: kode_unit(i),
            nama: format!("Kantor Imigrasi Kelas II TPI Contoh {i}"),
            jenis: JenisUnit::KantorImigrasi,
            kelas: Some(KelasKantor::KelasIiTpi),
            induk: Some(kanwil.clone()),
            kota: Some(format!("Kota {i}")),
            alamat: None,
            kode_satker: Some(format!("{:06}", 400_000 + i)),
            wilayah_kerja: Vec::new(),
            tpi: Vec::new(),
            unit_layanan: Vec::new(),
        },
        organisasi: vec![
            Organisasi {
                kode: kanwil.clone(),
                nama: format!("Kantor Wilayah Contoh {}", i / 20),
                jenis: JenisUnit::KantorWilayah,
                induk: Some("ditjen-imigrasi".into()),
            },
            Organisasi {
                kode: "ditjen-imigrasi".into(),
                nama: "Direktorat Jenderal Imigrasi".into(),
                jenis: JenisUnit::DirektoratJenderal,
                induk: None,
            },
        ],
        pejabat,
        laporan: Laporan {
            tempat: format!("Kota {i}"),
            tanggal: Tanggal(chrono::NaiveDate::from_ymd_opt(tahun + 1, 1, 5).unwrap_or_default()),
            penandatangan: "kepala".into(),
        },
        renstra: None,
        perjanjian_kinerja: None,
        perjanjian_berikutnya: None,
        sasaran: vec![
            Sasaran {
                kode: "SK1".into(),
                tingkat: Tingkat::Kegiatan,
                nama: "Meningkatnya kualitas pelaksanaan tugas dan fungsi keimigrasian di Wilayah"
                    .into(),
            },
            Sasaran {
                kode: "SK2".into(),
                tingkat: Tingkat::Kegiatan,
                nama:
                    "Meningkatnya Layanan Dukungan Manajemen dan Dukungan Teknis lainnya di Wilayah"
                        .into(),
            },
        ],
        indikator: vec![ikm, ipk, iki],
        anggaran,
        pnbp,
        smart,
        ikpa,
        akip: None,
        emonev: None,
        statistik: Vec::new(),
        inovasi: Vec::new(),
        penghargaan: Vec::new(),
        narasi: Narasi::default(),
        teks: BTreeMap::new(),
        pengaturan: Pengaturan::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_datasets_are_valid_and_deterministic() {
        for i in [0, 1, 19, 20, 999] {
            let ds = unit_tahun(i, 2023);
            let diag = crate::validasi::periksa_lengkap(&ds);
            assert!(diag.iter().all(|d| !d.is_error()), "unit {i}: {diag:#?}");
            assert_eq!(ds, unit_tahun(i, 2023));
            let p = crate::hitung(&ds);
            assert!(p.indikator.iter().all(|x| x.capaian.hasil().is_some()));
        }
        assert_ne!(unit_tahun(1, 2023), unit_tahun(2, 2023));
    }
}
