//! Survey data: scales, months, respondents, weights.

use rust_decimal::Decimal;

use super::{dalam_rentang, tidak_negatif};
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{Dataset, JenisKelompok, JenisUnit, Skala};

fn bulan_sah(bulan: &[u32], path: impl Fn(usize) -> DataPath, out: &mut Vec<Diagnostic>) {
    let mut dilihat = Vec::new();
    for (i, b) in bulan.iter().enumerate() {
        if !(1..=12).contains(b) {
            out.push(
                Diagnostic::error("DS-BULAN", path(i), "bulan harus 1–12")
                    .expected_found("1–12", b.to_string()),
            );
        } else if dilihat.contains(b) {
            out.push(Diagnostic::error(
                "DS-DUPLIKAT",
                path(i),
                format!(
                    "bulan {} muncul dua kali",
                    kinerja_bahasa::nama_bulan(*b).unwrap_or("?")
                ),
            ));
        }
        dilihat.push(*b);
    }
}

fn responden_nol(n: u64, path: DataPath, bulan: u32, out: &mut Vec<Diagnostic>) {
    if n == 0 {
        out.push(Diagnostic::error(
            "DS-RESPONDEN-NOL",
            path,
            format!(
                "bulan {} memiliki 0 responden: nilainya tidak dapat dibobot; hapus bulan itu bila survei tidak dilaksanakan",
                kinerja_bahasa::nama_bulan(bulan).unwrap_or("?")
            ),
        ));
    }
}

pub(super) fn periksa(ds: &Dataset, out: &mut Vec<Diagnostic>) {
    let (satu, empat) = (Decimal::ONE, Decimal::from(4));
    for (i, ind) in ds.indikator.iter().enumerate() {
        let p = DataPath::root().key("indikator").index(i);
        if let Some(ikm) = &ind.ikm {
            let ip = p.key("ikm");
            if ikm.unsur.is_empty() {
                out.push(Diagnostic::error(
                    "DS-UNSUR",
                    ip.key("unsur"),
                    "daftar unsur kosong",
                ));
            }
            bulan_sah(
                &ikm.bulan.iter().map(|b| b.bulan).collect::<Vec<_>>(),
                |j| ip.key("bulan").index(j).key("bulan"),
                out,
            );
            for (j, b) in ikm.bulan.iter().enumerate() {
                let bp = ip.key("bulan").index(j);
                responden_nol(b.responden, bp.key("responden"), b.bulan, out);
                if b.nilai_unsur.len() != ikm.unsur.len() {
                    out.push(
                        Diagnostic::error(
                            "DS-UNSUR",
                            bp.key("nilai_unsur"),
                            "jumlah nilai unsur tidak sama dengan jumlah unsur",
                        )
                        .expected_found(
                            ikm.unsur.len().to_string(),
                            b.nilai_unsur.len().to_string(),
                        ),
                    );
                }
                for (u, v) in b.nilai_unsur.iter().enumerate() {
                    dalam_rentang(
                        v.0,
                        satu,
                        empat,
                        bp.key("nilai_unsur").index(u),
                        "nilai unsur IKM (skala 1–4)",
                        "DS-SKALA",
                        out,
                    );
                }
                if let Some(v) = b.nilai {
                    dalam_rentang(
                        v.0,
                        satu,
                        empat,
                        bp.key("nilai"),
                        "nilai SKM (skala 1–4)",
                        "DS-SKALA",
                        out,
                    );
                }
            }
        }
        if let Some(r) = &ind.ikm_responden {
            let rp = p.key("ikm_responden");
            for (j, baris) in r.jawaban.iter().enumerate() {
                if baris.len() != r.unsur.len() {
                    out.push(
                        Diagnostic::error(
                            "DS-UNSUR",
                            rp.key("jawaban").index(j),
                            "jumlah jawaban responden tidak sama dengan jumlah unsur",
                        )
                        .expected_found(r.unsur.len().to_string(), baris.len().to_string()),
                    );
                }
                for (u, s) in baris.iter().enumerate() {
                    if *s > 4 {
                        out.push(
                            Diagnostic::error(
                                "DS-SKALA",
                                rp.key("jawaban").index(j).index(u),
                                "skor jawaban di luar skala",
                            )
                            .expected_found("1–4 (0 = tidak dijawab)", s.to_string()),
                        );
                    }
                }
            }
        }
        if let Some(ipk) = &ind.ipk {
            let kp = p.key("ipk");
            if ipk.kelompok.is_empty() {
                out.push(Diagnostic::error(
                    "DS-UNSUR",
                    kp.key("kelompok"),
                    "IPK memerlukan sedikitnya satu kelompok responden",
                ));
            }
            for (g, k) in ipk.kelompok.iter().enumerate() {
                let gp = kp.key("kelompok").index(g);
                if k.responden == 0 {
                    out.push(Diagnostic::error(
                        "DS-RESPONDEN-NOL",
                        gp.key("responden"),
                        "kelompok IPK dengan 0 responden; hapus kelompok itu",
                    ));
                }
                if ds.unit.jenis == JenisUnit::Rudenim && k.jenis == JenisKelompok::Eksternal {
                    out.push(Diagnostic::warning(
                        "DS-RUDENIM",
                        gp.key("jenis"),
                        "Rudenim tidak memiliki responden eksternal pada survei IPK",
                    ));
                }
                let total: Decimal = k.unsur.iter().map(|u| u.bobot.0).sum();
                if total != Decimal::ONE_HUNDRED {
                    out.push(
                        Diagnostic::error(
                            "DS-BOBOT",
                            gp.key("unsur"),
                            "bobot unsur harus berjumlah 100",
                        )
                        .expected_found("100", crate::engine::teks::apa_adanya(total)),
                    );
                }
                for (u, unsur) in k.unsur.iter().enumerate() {
                    let up = gp.key("unsur").index(u);
                    tidak_negatif(Some(unsur.bobot), up.key("bobot"), "bobot", out);
                    dalam_rentang(
                        unsur.nilai.0,
                        satu,
                        empat,
                        up.key("nilai"),
                        "nilai unsur IPK (skala 1–4)",
                        "DS-SKALA",
                        out,
                    );
                }
            }
        }
        if let Some(iki) = &ind.iki {
            let kp = p.key("iki");
            let (bawah, atas) = iki.skala.batas();
            let nama_skala = match iki.skala {
                Skala::SatuSampaiEmpat => "skala 1–4",
                Skala::NolSampaiSeratus => "skala 0–100",
            };
            bulan_sah(
                &iki.bulan.iter().map(|b| b.bulan).collect::<Vec<_>>(),
                |j| kp.key("bulan").index(j).key("bulan"),
                out,
            );
            let n_var: usize = iki.kelompok.iter().map(|k| k.variabel.len()).sum();
            for (j, b) in iki.bulan.iter().enumerate() {
                let bp = kp.key("bulan").index(j);
                responden_nol(b.responden, bp.key("responden"), b.bulan, out);
                dalam_rentang(
                    b.nilai.0,
                    bawah,
                    atas,
                    bp.key("nilai"),
                    &format!("Nilai Integritas ({nama_skala})"),
                    "DS-SKALA",
                    out,
                );
                if !b.nilai_variabel.is_empty() && b.nilai_variabel.len() != n_var {
                    out.push(
                        Diagnostic::error(
                            "DS-UNSUR",
                            bp.key("nilai_variabel"),
                            "jumlah nilai variabel tidak sama dengan jumlah variabel pada kelompok",
                        )
                        .expected_found(n_var.to_string(), b.nilai_variabel.len().to_string()),
                    );
                }
                for (v, x) in b.nilai_variabel.iter().enumerate() {
                    dalam_rentang(
                        x.0,
                        bawah,
                        atas,
                        bp.key("nilai_variabel").index(v),
                        &format!("nilai variabel ({nama_skala})"),
                        "DS-SKALA",
                        out,
                    );
                }
            }
        }
    }
}
