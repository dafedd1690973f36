//! Sasaran and indicators: codes, references, targets and the data each method needs.

use rust_decimal::Decimal;

use super::{saran_nama, tidak_negatif, unik};
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{Dataset, JenisSatuan, Metode, UNIT_NASIONAL};

pub(super) fn periksa(ds: &Dataset, out: &mut Vec<Diagnostic>) {
    let root = DataPath::root();
    unik(
        ds.sasaran.iter().map(|s| s.kode.as_str()),
        |i| root.key("sasaran").index(i).key("kode"),
        "kode sasaran",
        out,
    );
    unik(
        ds.indikator.iter().map(|s| s.kode.as_str()),
        |i| root.key("indikator").index(i).key("kode"),
        "kode indikator",
        out,
    );
    let sasaran: Vec<&str> = ds.sasaran.iter().map(|s| s.kode.as_str()).collect();
    let indikator: Vec<&str> = ds.indikator.iter().map(|s| s.kode.as_str()).collect();
    let mut unit: Vec<&str> = ds.organisasi.iter().map(|o| o.kode.as_str()).collect();
    unit.push(UNIT_NASIONAL);
    let renstra: Vec<&str> = ds
        .renstra
        .iter()
        .flat_map(|r| r.indikator.iter().map(|i| i.kode.as_str()))
        .collect();

    for (i, ind) in ds.indikator.iter().enumerate() {
        let p = root.key("indikator").index(i);
        if !sasaran.contains(&ind.sasaran.as_str()) {
            let mut d = Diagnostic::error(
                "DS-SASARAN",
                p.key("sasaran"),
                format!("sasaran \"{}\" tidak ada di [[sasaran]]", ind.sasaran),
            )
            .expected_found(sasaran.join(", "), ind.sasaran.clone());
            if let Some(s) = saran_nama(&ind.sasaran, &sasaran) {
                d = d.hint(format!("maksud Anda \"{s}\"?"));
            }
            out.push(d);
        }
        match (ind.target, ind.target_rentang) {
            (Some(_), Some(_)) => out.push(Diagnostic::error(
                "DS-TARGET",
                p.key("target_rentang"),
                "isi salah satu: target atau target_rentang, tidak keduanya",
            )),
            (None, None) => out.push(Diagnostic::warning(
                "DS-TARGET",
                p.key("target"),
                format!(
                    "indikator \"{}\" belum memiliki target; capaian tidak dapat dihitung",
                    ind.nama
                ),
            )),
            (None, Some(r)) if r.bawah.0 > r.atas.0 => out.push(Diagnostic::error(
                "DS-TARGET",
                p.key("target_rentang"),
                "batas bawah target lebih besar dari batas atas",
            )),
            _ => {}
        }
        tidak_negatif(ind.target, p.key("target"), "target", out);
        tidak_negatif(ind.realisasi, p.key("realisasi"), "realisasi", out);
        if let Some(b) = ind.batas_capaian
            && b.0 <= Decimal::ZERO
        {
            out.push(Diagnostic::error(
                "DS-BATAS",
                p.key("batas_capaian"),
                "batas capaian harus lebih dari 0 persen",
            ));
        }
        if ind.presisi.is_some_and(|x| x > 6) {
            out.push(
                Diagnostic::error(
                    "DS-PRESISI",
                    p.key("presisi"),
                    "presisi lebih dari 6 desimal tidak lazim untuk angka yang dipublikasikan",
                )
                .expected_found("0–6", ind.presisi.unwrap_or(0).to_string()),
            );
        }
        if ind.jenis_satuan == JenisSatuan::Jumlah
            && let Some(r) = ind.realisasi
            && r.0.fract() != Decimal::ZERO
        {
            out.push(
                Diagnostic::error(
                    "DS-JUMLAH",
                    p.key("realisasi"),
                    "realisasi indikator jumlah harus bilangan bulat",
                )
                .expected_found("bilangan bulat", r.to_string()),
            );
        }

        // Only indicators at the measured level must have data; the others may stay "belum tersedia".
        let diukur = ds
            .sasaran(&ind.sasaran)
            .is_some_and(|s| s.tingkat == ds.pengaturan.tingkat_diukur);
        let butuh = |ada: bool, tabel: &str, out: &mut Vec<Diagnostic>| {
            if !ada && diukur {
                out.push(Diagnostic::warning(
                    "DS-METODE",
                    p.key(tabel),
                    format!("metode \"{:?}\" memerlukan tabel [indikator.{tabel}]; realisasi dinyatakan belum tersedia", ind.metode).to_lowercase(),
                ));
            }
        };
        match ind.metode {
            Metode::Langsung | Metode::Jumlah => butuh(ind.realisasi.is_some(), "realisasi", out),
            Metode::IkmBulanan => butuh(ind.ikm.is_some(), "ikm", out),
            Metode::IkmResponden => butuh(ind.ikm_responden.is_some(), "ikm_responden", out),
            Metode::Ipk => butuh(ind.ipk.is_some(), "ipk", out),
            Metode::Iki => butuh(ind.iki.is_some(), "iki", out),
            Metode::Rasio => butuh(ind.rasio.is_some(), "rasio", out),
            Metode::Salin => match ind.realisasi_dari.as_deref() {
                None => out.push(Diagnostic::error("DS-METODE", p.key("realisasi_dari"), "metode salin memerlukan realisasi_dari (kode indikator sumber)")),
                Some(k) if k == ind.kode => out.push(Diagnostic::error("DS-METODE", p.key("realisasi_dari"), "indikator tidak dapat menyalin realisasinya sendiri")),
                Some(k) => match ds.indikator(k) {
                    None => {
                        let mut d = Diagnostic::error("DS-METODE", p.key("realisasi_dari"), format!("indikator sumber \"{k}\" tidak ada"));
                        if let Some(s) = saran_nama(k, &indikator) {
                            d = d.hint(format!("maksud Anda \"{s}\"?"));
                        }
                        out.push(d);
                    }
                    Some(src) if src.metode == Metode::Salin => out.push(Diagnostic::error("DS-METODE", p.key("realisasi_dari"), format!("indikator sumber \"{k}\" juga menyalin; salin langsung dari indikator yang diukur"))),
                    Some(_) => {}
                },
            },
        }
        let data_lain = [
            (ind.ikm.is_some() && ind.metode != Metode::IkmBulanan, "ikm"),
            (
                ind.ikm_responden.is_some() && ind.metode != Metode::IkmResponden,
                "ikm_responden",
            ),
            (ind.ipk.is_some() && ind.metode != Metode::Ipk, "ipk"),
            (ind.iki.is_some() && ind.metode != Metode::Iki, "iki"),
            (ind.rasio.is_some() && ind.metode != Metode::Rasio, "rasio"),
        ];
        for (ada, tabel) in data_lain {
            if ada {
                out.push(Diagnostic::warning("DS-METODE", p.key(tabel), format!("tabel [indikator.{tabel}] diisi tetapi metode indikator bukan {tabel}; data ini tidak dipakai")));
            }
        }

        if let Some(r) = &ind.rasio {
            let rp = p.key("rasio");
            tidak_negatif(Some(r.pembilang), rp.key("pembilang"), "pembilang", out);
            tidak_negatif(Some(r.penyebut), rp.key("penyebut"), "penyebut", out);
            if r.pembilang.0 > r.penyebut.0 {
                out.push(
                    Diagnostic::error("DS-RASIO", rp.key("pembilang"), format!("pembilang ({}) melebihi penyebut ({}): yang ditangani tidak dapat lebih banyak dari yang diterima", r.pembilang, r.penyebut))
                        .related(rp.key("penyebut")),
                );
            }
        }

        if let Some(k) = &ind.renstra
            && !renstra.contains(&k.as_str())
        {
            let mut d = Diagnostic::error(
                "DS-RENSTRA",
                p.key("renstra"),
                format!("indikator Renstra \"{k}\" tidak ada di [[renstra.indikator]]"),
            );
            if let Some(s) = saran_nama(k, &renstra) {
                d = d.hint(format!("maksud Anda \"{s}\"?"));
            }
            out.push(d);
        }
        let mut tahun_riwayat = Vec::new();
        for (j, r) in ind.riwayat.iter().enumerate() {
            let rp = p.key("riwayat").index(j);
            if r.tahun >= ds.tahun {
                out.push(
                    Diagnostic::error(
                        "DS-RIWAYAT",
                        rp.key("tahun"),
                        "riwayat harus untuk tahun sebelum tahun laporan",
                    )
                    .expected_found(format!("< {}", ds.tahun), r.tahun.to_string()),
                );
            }
            if tahun_riwayat.contains(&r.tahun) {
                out.push(Diagnostic::error(
                    "DS-DUPLIKAT",
                    rp.key("tahun"),
                    format!("tahun {} muncul dua kali dalam riwayat", r.tahun),
                ));
            }
            tahun_riwayat.push(r.tahun);
            tidak_negatif(r.target, rp.key("target"), "target", out);
            tidak_negatif(r.realisasi, rp.key("realisasi"), "realisasi", out);
        }
        for (j, b) in ind.pembanding.iter().enumerate() {
            let bp = p.key("pembanding").index(j);
            if !unit.contains(&b.unit.as_str()) {
                let mut d = Diagnostic::error("DS-INDUK", bp.key("unit"), format!("unit pembanding \"{}\" tidak dikenal: tambahkan ke [[organisasi]] atau pakai \"nasional\"", b.unit))
                    .expected_found(unit.join(", "), b.unit.clone());
                if let Some(s) = saran_nama(&b.unit, &unit) {
                    d = d.hint(format!("maksud Anda \"{s}\"?"));
                }
                out.push(d);
            }
            if b.nilai.is_none() && b.capaian.is_none() {
                out.push(Diagnostic::error(
                    "DS-PEMBANDING",
                    bp.clone(),
                    "pembanding memerlukan nilai atau capaian",
                ));
            }
            tidak_negatif(b.nilai, bp.key("nilai"), "nilai pembanding", out);
        }
        for (j, b) in ind.berkala.iter().enumerate() {
            let bp = p.key("berkala").index(j);
            match (b.bulan, b.triwulan) {
                (Some(m), None) if (1..=12).contains(&m) => {}
                (None, Some(t)) if (1..=4).contains(&t) => {}
                _ => out.push(Diagnostic::error(
                    "DS-BULAN",
                    bp,
                    "isi tepat satu: bulan (1–12) atau triwulan (1–4)",
                )),
            }
        }
    }
}
