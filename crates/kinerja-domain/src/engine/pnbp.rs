//! PNBP (non-tax revenue, SAKIP.md §6): realisation is the sum of the accounts; persentase =
//! realisasi ÷ target × 100%, undefined when the target is 0 or absent.

use rust_decimal::Decimal;
use serde::Serialize;

use super::anggaran::persentase;
use super::hasil::Hasil;
use super::pembulatan::PRESISI_RUPIAH;
use super::teks;
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::PnbpTahun;

/// One account, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilAkun {
    /// Account code.
    pub kode: String,
    /// Account name.
    pub nama: String,
    /// Realisation.
    pub realisasi: Hasil,
    /// Realisation ÷ account target, when the account has a target.
    pub persentase: Option<Hasil>,
}

/// One year of PNBP, computed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HasilPnbp {
    /// Year.
    pub tahun: i32,
    /// Target, if set.
    pub target: Option<Hasil>,
    /// Total realisation.
    pub realisasi: Hasil,
    /// Realisation ÷ target × 100%; `None` when the target is 0 or absent.
    pub persentase: Option<Hasil>,
    /// By account.
    pub akun: Vec<HasilAkun>,
}

/// Computes one year of PNBP.
pub fn hitung(p: &PnbpTahun, path: &DataPath, temuan: &mut Vec<Diagnostic>) -> Option<HasilPnbp> {
    let id = format!("pnbp.{}", p.tahun);
    let akun: Vec<HasilAkun> = p
        .akun
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let ap = path.key("akun").index(i);
            let realisasi = Hasil::dari_data(
                format!("{id}.akun.{}", a.kode),
                "realisasi",
                a.realisasi.0,
                PRESISI_RUPIAH,
                ap.key("realisasi").to_string(),
            );
            let persentase = a.target.and_then(|t| {
                let th = Hasil::dari_data(
                    format!("{id}.akun.{}.target", a.kode),
                    "target",
                    t.0,
                    PRESISI_RUPIAH,
                    ap.key("target").to_string(),
                );
                persentase(
                    &format!("{id}.akun.{}.persentase", a.kode),
                    "realisasi ÷ target × 100%",
                    &realisasi,
                    &th,
                )
            });
            HasilAkun {
                kode: a.kode.clone(),
                nama: a.nama.clone(),
                realisasi,
                persentase,
            }
        })
        .collect();
    let dari_akun = (!akun.is_empty()).then(|| {
        let total: Decimal = akun.iter().map(|a| a.realisasi.nilai).sum();
        let mut h = Hasil::baru(
            format!("{id}.realisasi"),
            "Σ realisasi per akun",
            total,
            PRESISI_RUPIAH,
        );
        for a in &akun {
            h = h.dari(format!("akun {}", a.kode), &a.realisasi);
        }
        let suku: Vec<String> = akun
            .iter()
            .map(|a| teks::angka(a.realisasi.nilai, 0))
            .collect();
        let s = format!("{} = {}", suku.join(" + "), teks::angka(total, 0));
        h.substitusi(s)
    });
    let realisasi = match (p.realisasi, dari_akun) {
        (Some(r), Some(h)) => {
            if r.0 != h.nilai {
                temuan.push(
                    Diagnostic::error(
                        "DS-RINCIAN-JUMLAH",
                        path.key("realisasi"),
                        format!(
                            "total realisasi PNBP {} tidak sama dengan jumlah per akun {} (selisih {})",
                            teks::rupiah(r.0),
                            teks::rupiah(h.nilai),
                            teks::rupiah(r.0 - h.nilai)
                        ),
                    )
                    .expected_found(teks::rupiah(h.nilai), teks::rupiah(r.0))
                    .related(path.key("akun")),
                );
            }
            h
        }
        (Some(r), None) => Hasil::dari_data(
            format!("{id}.realisasi"),
            "realisasi",
            r.0,
            PRESISI_RUPIAH,
            path.key("realisasi").to_string(),
        ),
        (None, Some(h)) => h,
        (None, None) => return None,
    };
    let target = p.target.map(|t| {
        Hasil::dari_data(
            format!("{id}.target"),
            "target",
            t.0,
            PRESISI_RUPIAH,
            path.key("target").to_string(),
        )
    });
    let persentase = target.as_ref().and_then(|t| {
        persentase(
            &format!("{id}.persentase"),
            "realisasi ÷ target × 100%",
            &realisasi,
            t,
        )
    });
    Some(HasilPnbp {
        tahun: p.tahun,
        target,
        realisasi,
        persentase,
        akun,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AkunPnbp, Angka};

    /// Bandung 2023: the accounts sum to 82.709.724.907 = 244,88% of 33.775.450.000.
    #[test]
    fn bandung_2023() {
        let akun = [
            ("425214", 1_923_500_000_i64),
            ("425213", 15_266_200_000),
            ("425212", 1_000_000),
            ("425131", 58_720_594),
            ("425912", 3_241_000),
            ("425122", 4_113_313),
            ("425211", 65_452_950_000),
        ];
        let p = PnbpTahun {
            tahun: 2023,
            target: Some(Angka(Decimal::from(33_775_450_000_i64))),
            akun: akun
                .iter()
                .map(|(k, v)| AkunPnbp {
                    kode: k.to_string(),
                    nama: k.to_string(),
                    realisasi: Angka(Decimal::from(*v)),
                    target: None,
                })
                .collect(),
            realisasi: None,
        };
        let h = hitung(&p, &DataPath::root(), &mut vec![]).unwrap();
        assert_eq!(h.realisasi.nilai, Decimal::from(82_709_724_907_i64));
        assert_eq!(h.persentase.unwrap().terbit, "244.88".parse().unwrap());
    }

    #[test]
    fn zero_target_is_undefined() {
        let p = PnbpTahun {
            tahun: 2023,
            target: Some(Angka(Decimal::ZERO)),
            akun: vec![],
            realisasi: Some(Angka(Decimal::from(5))),
        };
        assert!(
            hitung(&p, &DataPath::root(), &mut vec![])
                .unwrap()
                .persentase
                .is_none()
        );
    }
}
