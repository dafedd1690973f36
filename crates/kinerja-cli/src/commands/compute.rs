//! `kinerja compute DATASET`: every computed figure, as a readable Indonesian table or as JSON
//! (numbers as decimal strings with `.`, at their published precision).

use std::fmt::Write as _;
use std::path::Path;

use kinerja_bahasa::{format_angka, format_persen, format_rupiah};
use kinerja_domain::Dataset;
use kinerja_domain::engine::capaian::Capaian;
use kinerja_domain::engine::hasil::Hasil as Nilai;
use kinerja_domain::engine::{HasilIndikator, Perhitungan, Realisasi};
use rust_decimal::Decimal;
use serde_json::{Value, json};

use crate::args::FormatCompute;
use crate::commands::muat_sah;
use crate::{Hasil, keluaran};

pub(crate) fn jalankan(path: &Path, format: FormatCompute) -> anyhow::Result<Hasil> {
    let Some(m) = muat_sah(path) else {
        return Ok(Hasil::MasukanTidakSah);
    };
    let p = kinerja_domain::hitung(&m.dataset);
    let teks = match format {
        FormatCompute::Json => format!(
            "{}\n",
            serde_json::to_string_pretty(&json_keluaran(&m.dataset, &p))?
        ),
        FormatCompute::Text => teks_keluaran(&m.dataset, &p),
    };
    keluaran::cetak(&teks);
    Ok(Hasil::Ok)
}

/// A published value as a JSON decimal string with `.`.
fn s(d: Decimal) -> Value {
    Value::String(d.to_string())
}

fn terbit(h: Option<&Nilai>) -> Value {
    h.map_or(Value::Null, |h| s(h.terbit))
}

fn status_capaian(c: &Capaian) -> Value {
    match c {
        Capaian::Ada { .. } => match c.tercapai() {
            Some(true) => json!("tercapai"),
            _ => json!("belum_tercapai"),
        },
        Capaian::TidakTerdefinisi { alasan } => json!(format!("{alasan:?}").to_lowercase()),
    }
}

fn json_indikator(i: &HasilIndikator) -> Value {
    json!({
        "kode": i.kode,
        "nama": i.nama,
        "sasaran": i.sasaran,
        "satuan": i.satuan,
        "diukur": i.diukur,
        "target": i.target.map(|t| s(t.normalize())),
        "realisasi": terbit(i.realisasi.hasil()),
        "capaian": terbit(i.capaian.hasil()),
        "status": status_capaian(&i.capaian),
        "dibatasi": matches!(i.capaian, Capaian::Ada { dibatasi: true, .. }),
        "tren": i.tren.as_ref().map(|t| json!({
            "dibanding_tahun": t.tahun_sebelumnya,
            "arah": t.arah,
            "selisih": s(t.selisih.terbit),
            "rata_rata": s(t.rata_rata.terbit),
        })),
        "jangka_menengah": i.jangka_menengah.as_ref().map(|j| json!({
            "tahun": j.tahun_akhir,
            "target": s(j.target.normalize()),
            "capaian": terbit(j.capaian.hasil()),
        })),
        "pembanding": i.pembanding.iter().map(|b| json!({
            "unit": b.unit,
            "nama": b.nama,
            "nilai": s(b.nilai.normalize()),
            "selisih": s(b.selisih.terbit),
            "rasio": terbit(b.rasio.as_ref()),
        })).collect::<Vec<_>>(),
    })
}

fn json_keluaran(ds: &Dataset, p: &Perhitungan) -> Value {
    let anggaran = p.anggaran_tahun_ini().map(|a| {
        json!({
            "tahun": a.tahun,
            "pagu": s(a.pagu.terbit),
            "realisasi": s(a.realisasi.terbit),
            "persentase": terbit(a.persentase.as_ref()),
            "sisa": s(a.sisa.terbit),
        })
    });
    let pnbp = p.pnbp_tahun_ini().map(|x| {
        json!({
            "tahun": x.tahun,
            "target": terbit(x.target.as_ref()),
            "realisasi": s(x.realisasi.terbit),
            "persentase": terbit(x.persentase.as_ref()),
        })
    });
    json!({
        "unit": { "kode": ds.unit.kode, "nama": ds.unit.nama },
        "tahun": ds.tahun,
        "indikator": p.indikator.iter().map(json_indikator).collect::<Vec<_>>(),
        "sasaran": p.sasaran.iter().map(|x| json!({
            "kode": x.kode, "nama": x.nama, "rata_rata_capaian": terbit(x.rata_rata.as_ref()),
        })).collect::<Vec<_>>(),
        "rata_rata_capaian": terbit(p.rata_rata.as_ref()),
        "metode_rata_rata": p.metode_rata_rata,
        "anggaran": anggaran,
        "anggaran_per_tahun": p.anggaran.iter().map(|a| json!({
            "tahun": a.tahun, "pagu": s(a.pagu.terbit), "realisasi": s(a.realisasi.terbit),
            "persentase": terbit(a.persentase.as_ref()),
        })).collect::<Vec<_>>(),
        "pnbp": pnbp,
        "smart": p.smart.iter().map(|x| json!({
            "tahun": x.tahun, "nilai_efisiensi": s(x.nilai_efisiensi.terbit), "nilai_kinerja": s(x.nilai_kinerja.terbit),
        })).collect::<Vec<_>>(),
        "ikpa": p.ikpa.iter().map(|x| json!({
            "tahun": x.tahun, "regulasi": x.regulasi, "nilai_total": s(x.nilai_total.terbit),
            "konversi_bobot": s(x.konversi_bobot.terbit), "nilai_akhir": s(x.nilai_akhir.terbit),
            "kategori": x.kategori.0,
            "aspek": x.aspek.iter().map(|(a, h)| json!({ "aspek": a, "nilai": s(h.terbit) })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "akip": p.akip.as_ref().map(|a| json!({ "nilai": s(a.nilai.terbit), "predikat": a.predikat.0 })),
        "temuan": p.temuan,
        "perhitungan": p,
    })
}

fn lebar(s: &str) -> usize {
    s.chars().count()
}

fn potong(s: &str, n: usize) -> String {
    if lebar(s) <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn tabel(judul: &[&str], baris: &[Vec<String>], kanan: &[bool]) -> String {
    let mut w: Vec<usize> = judul.iter().map(|j| lebar(j)).collect();
    for b in baris {
        for (i, c) in b.iter().enumerate() {
            w[i] = w[i].max(lebar(c));
        }
    }
    let baris_teks = |sel: &[String]| -> String {
        let mut out = String::new();
        for (i, c) in sel.iter().enumerate() {
            let pad = w[i] - lebar(c);
            if kanan[i] {
                out.push_str(&" ".repeat(pad));
                out.push_str(c);
            } else {
                out.push_str(c);
                out.push_str(&" ".repeat(pad));
            }
            out.push_str("  ");
        }
        out.trim_end().to_owned() + "\n"
    };
    let mut out = baris_teks(&judul.iter().map(|s| s.to_string()).collect::<Vec<_>>());
    out.push_str(
        &w.iter()
            .map(|n| "─".repeat(*n))
            .collect::<Vec<_>>()
            .join("  "),
    );
    out.push('\n');
    for b in baris {
        out.push_str(&baris_teks(b));
    }
    out
}

/// A target as printed: whole numbers without decimals, others at the published precision.
fn format_target(t: Decimal, presisi: u32) -> String {
    if t.fract().is_zero() {
        format_angka(t, 0)
    } else {
        format_angka(t, presisi.max(t.normalize().scale()))
    }
}

fn teks_realisasi(i: &HasilIndikator) -> String {
    match &i.realisasi {
        Realisasi::Ada { hasil } => hasil.tampil(),
        Realisasi::TidakAdaKasus => "tidak ada kasus".into(),
        Realisasi::BelumTersedia => "belum tersedia".into(),
    }
}

fn teks_capaian(c: &Capaian) -> (String, String) {
    match c {
        Capaian::Ada { hasil, dibatasi } => (
            format!(
                "{}{}",
                format_persen(hasil.terbit, 2),
                if *dibatasi { "*" } else { "" }
            ),
            if c.tercapai() == Some(true) {
                "tercapai".into()
            } else {
                "belum tercapai".into()
            },
        ),
        Capaian::TidakTerdefinisi { .. } => ("—".into(), "tidak dapat dinilai".into()),
    }
}

fn teks_keluaran(ds: &Dataset, p: &Perhitungan) -> String {
    let mut out = String::new();
    let periode = ds.periode_laporan();
    let _ = writeln!(
        out,
        "{} — Tahun {}{}",
        ds.unit.nama,
        ds.tahun,
        periode
            .sebutan
            .map(|s| format!(" ({s})"))
            .unwrap_or_default()
    );
    let _ = writeln!(out);
    let _ = writeln!(out, "CAPAIAN KINERJA");
    let baris: Vec<Vec<String>> = p
        .indikator
        .iter()
        .map(|i| {
            let (c, st) = teks_capaian(&i.capaian);
            vec![
                i.kode.clone(),
                potong(&i.nama, 56),
                i.target
                    .map(|t| format_target(t, i.presisi))
                    .unwrap_or_else(|| "—".into()),
                teks_realisasi(i),
                c,
                st,
            ]
        })
        .collect();
    out.push_str(&tabel(
        &[
            "Kode",
            "Indikator",
            "Target",
            "Realisasi",
            "Capaian",
            "Status",
        ],
        &baris,
        &[false, false, true, true, true, false],
    ));
    if p.indikator
        .iter()
        .any(|i| matches!(i.capaian, Capaian::Ada { dibatasi: true, .. }))
    {
        let _ = writeln!(out, "* capaian dibatasi sesuai ketentuan indikator");
    }
    for s in &p.sasaran {
        if let Some(r) = &s.rata_rata {
            let _ = writeln!(
                out,
                "Rata-rata capaian sasaran {} : {}",
                s.kode,
                format_persen(r.terbit, 2)
            );
        }
    }
    if let Some(r) = &p.rata_rata {
        let _ = writeln!(
            out,
            "Rata-rata capaian keseluruhan ({}): {}",
            match p.metode_rata_rata {
                kinerja_domain::model::MetodeRataRata::Indikator => "rata-rata indikator",
                kinerja_domain::model::MetodeRataRata::Sasaran => "rata-rata sasaran",
            },
            format_persen(r.terbit, 2)
        );
    }

    if !p.anggaran.is_empty() {
        let _ = writeln!(out, "\nREALISASI ANGGARAN");
        let baris: Vec<Vec<String>> = p
            .anggaran
            .iter()
            .map(|a| {
                vec![
                    a.tahun.to_string(),
                    format_rupiah(a.pagu.terbit),
                    format_rupiah(a.realisasi.terbit),
                    a.persentase
                        .as_ref()
                        .map_or("—".into(), |h| format_persen(h.terbit, 2)),
                ]
            })
            .collect();
        out.push_str(&tabel(
            &["Tahun", "Pagu", "Realisasi", "%"],
            &baris,
            &[false, true, true, true],
        ));
    }
    if !p.pnbp.is_empty() {
        let _ = writeln!(out, "\nPNBP");
        let baris: Vec<Vec<String>> = p
            .pnbp
            .iter()
            .map(|a| {
                vec![
                    a.tahun.to_string(),
                    a.target
                        .as_ref()
                        .map_or("—".into(), |t| format_rupiah(t.terbit)),
                    format_rupiah(a.realisasi.terbit),
                    a.persentase
                        .as_ref()
                        .map_or("—".into(), |h| format_persen(h.terbit, 2)),
                ]
            })
            .collect();
        out.push_str(&tabel(
            &["Tahun", "Target", "Realisasi", "%"],
            &baris,
            &[false, true, true, true],
        ));
    }
    if !p.smart.is_empty() {
        let _ = writeln!(out, "\nNILAI KINERJA ANGGARAN (SMART DJA)");
        let baris: Vec<Vec<String>> = p
            .smart
            .iter()
            .map(|a| {
                vec![
                    a.tahun.to_string(),
                    a.nilai_efisiensi.tampil(),
                    a.nilai_kinerja.tampil(),
                ]
            })
            .collect();
        out.push_str(&tabel(
            &["Tahun", "Nilai Efisiensi", "Nilai Kinerja"],
            &baris,
            &[false, true, true],
        ));
    }
    if !p.ikpa.is_empty() {
        let _ = writeln!(out, "\nIKPA");
        let baris: Vec<Vec<String>> = p
            .ikpa
            .iter()
            .map(|a| {
                vec![
                    a.tahun.to_string(),
                    a.regulasi.clone(),
                    a.nilai_total.tampil(),
                    format!("{}%", a.konversi_bobot.tampil()),
                    a.nilai_akhir.tampil(),
                    a.kategori.0.to_owned(),
                ]
            })
            .collect();
        out.push_str(&tabel(
            &[
                "Tahun",
                "Regulasi",
                "Nilai Total",
                "Konversi",
                "Nilai Akhir",
                "Kategori",
            ],
            &baris,
            &[false, false, true, true, true, false],
        ));
    }
    if let Some(a) = &p.akip {
        let _ = writeln!(
            out,
            "\nEVALUASI AKIP {}: nilai {} — predikat {} ({})",
            a.tahun,
            a.nilai.tampil(),
            a.predikat.0,
            a.predikat.1
        );
    }
    if !p.temuan.is_empty() {
        let _ = writeln!(out, "\nCATATAN PERHITUNGAN");
        for t in &p.temuan {
            let _ = writeln!(out, "- [{}] {} ({})", t.code, t.message, t.path);
        }
    }
    out
}
