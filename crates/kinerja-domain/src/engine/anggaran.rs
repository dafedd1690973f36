//! Budget realisation (SAKIP.md §6): persentase = realisasi ÷ pagu × 100%, per line and in
//! total; every breakdown present (program → kegiatan → output, jenis belanja, sumber dana)
//! must sum to the same total, and a stated parent must equal the sum of its children.

use rust_decimal::Decimal;
use serde::Serialize;

use super::hasil::Hasil;
use super::pembulatan::{PRESISI_PERSEN, PRESISI_RUPIAH};
use super::teks;
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{AnggaranTahun, Angka, PosAnggaran, Program};

/// A budget line with its computed figures and its children.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct BarisAnggaran {
    /// Code, if any.
    pub kode: Option<String>,
    /// Name.
    pub nama: String,
    /// Pagu.
    pub pagu: Hasil,
    /// Realisasi; `None` when only the pagu is known.
    pub realisasi: Option<Hasil>,
    /// Realisasi ÷ pagu × 100%; `None` when the pagu is 0 or the realisation unknown.
    pub persentase: Option<Hasil>,
    /// Pagu − realisasi.
    pub sisa: Option<Hasil>,
    /// Target volume and unit (outputs).
    pub volume: Option<(Decimal, String)>,
    /// Children (kegiatan of a program, outputs of a kegiatan).
    pub rincian: Vec<BarisAnggaran>,
}

/// One year of budget, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilAnggaran {
    /// Year.
    pub tahun: i32,
    /// Total pagu.
    pub pagu: Hasil,
    /// Total realisasi.
    pub realisasi: Hasil,
    /// Total percentage.
    pub persentase: Option<Hasil>,
    /// Unspent.
    pub sisa: Hasil,
    /// By program.
    pub program: Vec<BarisAnggaran>,
    /// By jenis belanja.
    pub jenis_belanja: Vec<BarisAnggaran>,
    /// By sumber dana.
    pub sumber_dana: Vec<BarisAnggaran>,
}

/// Percentage of two amounts; `None` when the base is 0.
pub fn persentase(id: &str, rumus: &str, bagian: &Hasil, dasar: &Hasil) -> Option<Hasil> {
    if dasar.nilai.is_zero() {
        return None;
    }
    let h = Hasil::baru(
        id,
        rumus,
        bagian.nilai / dasar.nilai * Decimal::ONE_HUNDRED,
        PRESISI_PERSEN,
    )
    .dari("pembilang", bagian)
    .dari("penyebut", dasar);
    let s = format!(
        "{} ÷ {} × 100% = {}",
        teks::rupiah(bagian.nilai),
        teks::rupiah(dasar.nilai),
        teks::persen(h.terbit)
    );
    Some(h.substitusi(s))
}

fn jumlah(id: &str, nama: &str, bagian: &[&Hasil]) -> Hasil {
    let total: Decimal = bagian.iter().map(|h| h.nilai).sum();
    let mut h = Hasil::baru(id, format!("Σ {nama} rincian"), total, PRESISI_RUPIAH);
    for b in bagian {
        h = h.dari(nama, b);
    }
    let suku: Vec<String> = bagian.iter().map(|b| teks::angka(b.nilai, 0)).collect();
    let t = format!("{} = {}", suku.join(" + "), teks::angka(total, 0));
    h.substitusi(t)
}

fn nominal(id: &str, nama: &str, a: Angka, path: &DataPath) -> Hasil {
    Hasil::dari_data(id, nama, a.0, PRESISI_RUPIAH, path.to_string())
}

/// Builds a line from its own amounts or from its children, checking a stated amount against
/// the children's sum.
#[allow(clippy::too_many_arguments)] // a budget line has this many parts; a struct would only rename them
fn baris(
    id: &str,
    kode: Option<String>,
    nama: &str,
    pagu: Option<Angka>,
    realisasi: Option<Angka>,
    rincian: Vec<BarisAnggaran>,
    path: &DataPath,
    temuan: &mut Vec<Diagnostic>,
) -> Option<BarisAnggaran> {
    let dari_rincian = |f: fn(&BarisAnggaran) -> Option<&Hasil>, nama_f: &str| -> Option<Hasil> {
        let parts: Option<Vec<&Hasil>> = rincian.iter().map(f).collect();
        parts
            .filter(|p| !p.is_empty())
            .map(|parts| jumlah(&format!("{id}.{nama_f}"), nama_f, &parts))
    };
    let mut ambil = |nyata: Option<Angka>,
                     f: fn(&BarisAnggaran) -> Option<&Hasil>,
                     nama_f: &str|
     -> Option<Hasil> {
        let dihitung = dari_rincian(f, nama_f);
        match (nyata, dihitung) {
            (Some(a), Some(h)) => {
                if a.0 != h.nilai {
                    temuan.push(
                        Diagnostic::error(
                            "DS-RINCIAN-JUMLAH",
                            path.key(nama_f),
                            format!(
                                "{nama_f} \"{nama}\" {} tidak sama dengan jumlah rinciannya {} (selisih {})",
                                teks::rupiah(a.0),
                                teks::rupiah(h.nilai),
                                teks::rupiah(a.0 - h.nilai)
                            ),
                        )
                        .expected_found(teks::rupiah(h.nilai), teks::rupiah(a.0)),
                    );
                }
                Some(nominal(
                    &format!("{id}.{nama_f}"),
                    nama_f,
                    a,
                    &path.key(nama_f),
                ))
            }
            (Some(a), None) => Some(nominal(
                &format!("{id}.{nama_f}"),
                nama_f,
                a,
                &path.key(nama_f),
            )),
            (None, h) => h,
        }
    };
    let pagu = ambil(pagu, |b| Some(&b.pagu), "pagu")?;
    let realisasi = ambil(realisasi, |b| b.realisasi.as_ref(), "realisasi");
    let sisa = realisasi.as_ref().map(|r| sisa(id, &pagu, r));
    Some(BarisAnggaran {
        kode,
        nama: nama.to_owned(),
        persentase: realisasi.as_ref().and_then(|r| {
            persentase(
                &format!("{id}.persentase"),
                "realisasi ÷ pagu × 100%",
                r,
                &pagu,
            )
        }),
        pagu,
        realisasi,
        sisa,
        volume: None,
        rincian,
    })
}

fn sisa(id: &str, pagu: &Hasil, realisasi: &Hasil) -> Hasil {
    let v = pagu.nilai - realisasi.nilai;
    Hasil::baru(format!("{id}.sisa"), "pagu − realisasi", v, PRESISI_RUPIAH)
        .dari("pagu", pagu)
        .dari("realisasi", realisasi)
        .substitusi(format!(
            "{} − {} = {}",
            teks::rupiah(pagu.nilai),
            teks::rupiah(realisasi.nilai),
            teks::rupiah(v)
        ))
}

fn program(
    id: &str,
    p: &Program,
    path: &DataPath,
    temuan: &mut Vec<Diagnostic>,
) -> Option<BarisAnggaran> {
    let mut kegiatan = Vec::new();
    for (k, keg) in p.kegiatan.iter().enumerate() {
        let kp = path.key("kegiatan").index(k);
        let mut output = Vec::new();
        for (o, out) in keg.output.iter().enumerate() {
            let op = kp.key("output").index(o);
            if let Some(mut b) = baris(
                &format!("{id}.kegiatan.{k}.output.{o}"),
                out.kode.clone(),
                &out.nama,
                Some(out.pagu),
                Some(out.realisasi),
                Vec::new(),
                &op,
                temuan,
            ) {
                b.volume = out
                    .volume
                    .map(|v| (v.0, out.satuan.clone().unwrap_or_default()));
                output.push(b);
            }
        }
        if let Some(b) = baris(
            &format!("{id}.kegiatan.{k}"),
            keg.kode.clone(),
            &keg.nama,
            keg.pagu,
            keg.realisasi,
            output,
            &kp,
            temuan,
        ) {
            kegiatan.push(b);
        } else {
            temuan.push(Diagnostic::error(
                "DS-ANGGARAN-KOSONG",
                kp,
                format!(
                    "kegiatan \"{}\" tidak memiliki pagu/realisasi maupun rincian output",
                    keg.nama
                ),
            ));
        }
    }
    baris(
        id,
        p.kode.clone(),
        &p.nama,
        p.pagu,
        p.realisasi,
        kegiatan,
        path,
        temuan,
    )
}

fn pos(
    id: &str,
    daftar: &[PosAnggaran],
    path: &DataPath,
    temuan: &mut Vec<Diagnostic>,
) -> Vec<BarisAnggaran> {
    daftar
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            baris(
                &format!("{id}.{i}"),
                Some(p.kode.clone()),
                &p.nama,
                Some(p.pagu),
                p.realisasi,
                Vec::new(),
                &path.index(i),
                temuan,
            )
        })
        .collect()
}

/// Computes one year of budget. Disagreeing breakdowns are reported in `temuan`, naming both
/// totals; the total used is the stated one, else the first breakdown present.
pub fn hitung(
    a: &AnggaranTahun,
    path: &DataPath,
    temuan: &mut Vec<Diagnostic>,
) -> Option<HasilAnggaran> {
    let id = format!("anggaran.{}", a.tahun);
    let program: Vec<BarisAnggaran> = a
        .program
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let r = program(
                &format!("{id}.program.{i}"),
                p,
                &path.key("program").index(i),
                temuan,
            );
            if r.is_none() {
                temuan.push(Diagnostic::error(
                    "DS-ANGGARAN-KOSONG",
                    path.key("program").index(i),
                    format!(
                        "program \"{}\" tidak memiliki pagu/realisasi maupun rincian kegiatan",
                        p.nama
                    ),
                ));
            }
            r
        })
        .collect();
    let jenis_belanja = pos(
        &format!("{id}.jenis_belanja"),
        &a.jenis_belanja,
        &path.key("jenis_belanja"),
        temuan,
    );
    let sumber_dana = pos(
        &format!("{id}.sumber_dana"),
        &a.sumber_dana,
        &path.key("sumber_dana"),
        temuan,
    );

    let rincian: [(&str, &Vec<BarisAnggaran>); 3] = [
        ("program", &program),
        ("jenis_belanja", &jenis_belanja),
        ("sumber_dana", &sumber_dana),
    ];
    let mut total = |nyata: Option<Angka>,
                     f: fn(&BarisAnggaran) -> Option<&Hasil>,
                     nama_f: &str|
     -> Option<Hasil> {
        let mut pilihan: Option<(String, Hasil, DataPath)> = nyata.map(|a| {
            let p = path.key(nama_f);
            (
                format!("total {nama_f} yang dinyatakan"),
                nominal(&format!("{id}.{nama_f}"), nama_f, a, &p),
                p,
            )
        });
        for (nama_r, daftar) in rincian {
            let Some(parts) = daftar
                .iter()
                .map(f)
                .collect::<Option<Vec<&Hasil>>>()
                .filter(|p| !p.is_empty())
            else {
                continue;
            };
            let h = jumlah(&format!("{id}.{nama_r}.{nama_f}"), nama_f, &parts);
            match &pilihan {
                None => {
                    pilihan = Some((
                        format!("jumlah per {}", nama_r.replace('_', " ")),
                        h,
                        path.key(nama_r),
                    ))
                }
                Some((asal, acuan, p_acuan)) => {
                    if acuan.nilai != h.nilai {
                        temuan.push(
                            Diagnostic::error(
                                "DS-RINCIAN-TIDAK-SAMA",
                                path.key(nama_r),
                                format!(
                                    "jumlah {nama_f} per {} ({}) tidak sama dengan {asal} ({}); selisih {}",
                                    nama_r.replace('_', " "),
                                    teks::rupiah(h.nilai),
                                    teks::rupiah(acuan.nilai),
                                    teks::rupiah(h.nilai - acuan.nilai)
                                ),
                            )
                            .expected_found(teks::rupiah(acuan.nilai), teks::rupiah(h.nilai))
                            .related(p_acuan.clone()),
                        );
                    }
                }
            }
        }
        pilihan.map(|(_, h, _)| h)
    };
    let pagu = total(a.pagu, |b| Some(&b.pagu), "pagu")?;
    let realisasi = total(a.realisasi, |b| b.realisasi.as_ref(), "realisasi")?;
    let sisa = sisa(&id, &pagu, &realisasi);
    Some(HasilAnggaran {
        tahun: a.tahun,
        persentase: persentase(
            &format!("{id}.persentase"),
            "realisasi ÷ pagu × 100%",
            &realisasi,
            &pagu,
        ),
        pagu,
        realisasi,
        sisa,
        program,
        jenis_belanja,
        sumber_dana,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kegiatan;

    fn a(n: i64) -> Angka {
        Angka(Decimal::from(n))
    }

    fn pos_(kode: &str, pagu: i64, realisasi: i64) -> PosAnggaran {
        PosAnggaran {
            kode: kode.into(),
            nama: kode.into(),
            pagu: a(pagu),
            realisasi: Some(a(realisasi)),
        }
    }

    fn program_(nama: &str, pagu: i64, realisasi: i64) -> Program {
        Program {
            kode: None,
            nama: nama.into(),
            pagu: None,
            realisasi: None,
            kegiatan: vec![Kegiatan {
                kode: None,
                nama: nama.into(),
                pagu: Some(a(pagu)),
                realisasi: Some(a(realisasi)),
                output: vec![],
            }],
        }
    }

    fn tahun(program: Vec<Program>, jenis: Vec<PosAnggaran>) -> AnggaranTahun {
        AnggaranTahun {
            tahun: 2023,
            dipa_awal: None,
            revisi: vec![],
            pagu: None,
            realisasi: None,
            program,
            jenis_belanja: jenis,
            sumber_dana: vec![],
            realisasi_bulanan: vec![],
        }
    }

    /// Bandung 2023 with the corrected Dukungan Manajemen realisation (see the dataset).
    #[test]
    fn bandung_2023_percentages() {
        let t = tahun(
            vec![
                program_("PPH", 4_526_929_000, 4_462_870_440),
                program_("DM", 16_051_419_000, 15_909_535_354),
            ],
            vec![
                pos_("51", 7_292_149_000, 7_243_670_798),
                pos_("52", 11_231_115_000, 11_118_788_086),
                pos_("53", 2_055_084_000, 2_009_946_910),
            ],
        );
        let mut temuan = vec![];
        let h = hitung(&t, &DataPath::root().key("anggaran").index(0), &mut temuan).unwrap();
        assert!(temuan.is_empty(), "{temuan:?}");
        assert_eq!(h.realisasi.nilai, Decimal::from(20_372_405_794_i64));
        assert_eq!(h.persentase.unwrap().terbit, "99.00".parse().unwrap());
        assert_eq!(
            h.program[0].persentase.as_ref().unwrap().terbit,
            "98.58".parse().unwrap()
        );
        assert_eq!(
            h.program[1].persentase.as_ref().unwrap().terbit,
            "99.12".parse().unwrap()
        );
        assert_eq!(
            h.jenis_belanja[2].persentase.as_ref().unwrap().terbit,
            "97.80".parse().unwrap()
        );
    }

    #[test]
    fn disagreeing_breakdowns_name_both_totals() {
        let t = tahun(
            vec![
                program_("PPH", 4_526_929_000, 4_462_870_440),
                program_("DM", 16_051_419_000, 15_845_110_354),
            ],
            vec![pos_("51", 20_578_348_000, 20_372_405_794)],
        );
        let mut temuan = vec![];
        hitung(&t, &DataPath::root().key("anggaran").index(0), &mut temuan).unwrap();
        assert_eq!(temuan.len(), 1, "{temuan:?}");
        let m = &temuan[0].message;
        assert!(
            m.contains("Rp 20.372.405.794") && m.contains("Rp 20.307.980.794"),
            "{m}"
        );
        assert_eq!(temuan[0].path.to_string(), "anggaran[0].jenis_belanja");
    }

    #[test]
    fn stated_parent_must_equal_children() {
        let mut p = program_("OBK", 0, 0);
        p.pagu = Some(a(679_398_000));
        p.kegiatan = vec![
            Kegiatan {
                kode: None,
                nama: "a".into(),
                pagu: Some(a(162_992_935)),
                realisasi: Some(a(1)),
                output: vec![],
            },
            Kegiatan {
                kode: None,
                nama: "b".into(),
                pagu: Some(a(342_150_000)),
                realisasi: Some(a(1)),
                output: vec![],
            },
        ];
        let mut temuan = vec![];
        hitung(&tahun(vec![p], vec![]), &DataPath::root(), &mut temuan).unwrap();
        assert_eq!(temuan.len(), 1);
        assert_eq!(temuan[0].code, "DS-RINCIAN-JUMLAH");
    }

    #[test]
    fn zero_pagu_has_no_percentage() {
        let t = tahun(vec![], vec![pos_("53", 0, 0)]);
        let h = hitung(&t, &DataPath::root(), &mut vec![]).unwrap();
        assert!(h.persentase.is_none());
    }
}
