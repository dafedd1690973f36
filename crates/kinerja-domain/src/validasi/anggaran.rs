//! Budget, PNBP, SMART, IKPA and AKIP inputs: signs, ranges, weights, duplicate years.

use rust_decimal::Decimal;

use super::{dalam_rentang, tidak_negatif};
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{Dataset, PosAnggaran};

fn tahun_unik(
    tahun: impl Iterator<Item = i32>,
    nama: &str,
    path: impl Fn(usize) -> DataPath,
    out: &mut Vec<Diagnostic>,
) {
    let mut dilihat = Vec::new();
    for (i, t) in tahun.enumerate() {
        if dilihat.contains(&t) {
            out.push(Diagnostic::error(
                "DS-DUPLIKAT",
                path(i),
                format!("{nama} tahun {t} diisi lebih dari sekali"),
            ));
        }
        dilihat.push(t);
    }
}

fn pos(daftar: &[PosAnggaran], path: DataPath, out: &mut Vec<Diagnostic>) {
    for (i, p) in daftar.iter().enumerate() {
        let pp = path.index(i);
        tidak_negatif(Some(p.pagu), pp.key("pagu"), "pagu", out);
        tidak_negatif(p.realisasi, pp.key("realisasi"), "realisasi", out);
        if let Some(r) = p.realisasi {
            lebih(r.0, p.pagu.0, pp.key("realisasi"), &p.nama, out);
        }
    }
}

fn lebih(realisasi: Decimal, pagu: Decimal, path: DataPath, nama: &str, out: &mut Vec<Diagnostic>) {
    if realisasi > pagu {
        out.push(Diagnostic::warning(
            "DS-MELEBIHI-PAGU",
            path,
            format!(
                "realisasi \"{nama}\" ({}) melebihi pagunya ({}); periksa kembali angkanya",
                kinerja_bahasa::format_rupiah(realisasi),
                kinerja_bahasa::format_rupiah(pagu)
            ),
        ));
    }
}

pub(super) fn periksa(ds: &Dataset, out: &mut Vec<Diagnostic>) {
    let root = DataPath::root();
    tahun_unik(
        ds.anggaran.iter().map(|a| a.tahun),
        "anggaran",
        |i| root.key("anggaran").index(i).key("tahun"),
        out,
    );
    tahun_unik(
        ds.pnbp.iter().map(|a| a.tahun),
        "PNBP",
        |i| root.key("pnbp").index(i).key("tahun"),
        out,
    );
    tahun_unik(
        ds.smart.iter().map(|a| a.tahun),
        "SMART",
        |i| root.key("smart").index(i).key("tahun"),
        out,
    );
    tahun_unik(
        ds.ikpa.iter().map(|a| a.tahun),
        "IKPA",
        |i| root.key("ikpa").index(i).key("tahun"),
        out,
    );

    for (i, a) in ds.anggaran.iter().enumerate() {
        let ap = root.key("anggaran").index(i);
        tidak_negatif(a.pagu, ap.key("pagu"), "pagu", out);
        tidak_negatif(a.realisasi, ap.key("realisasi"), "realisasi", out);
        tidak_negatif(a.dipa_awal, ap.key("dipa_awal"), "DIPA awal", out);
        if a.program.is_empty()
            && a.jenis_belanja.is_empty()
            && a.sumber_dana.is_empty()
            && (a.pagu.is_none() || a.realisasi.is_none())
        {
            out.push(Diagnostic::error(
                "DS-ANGGARAN-KOSONG",
                ap.clone(),
                format!(
                    "anggaran tahun {} memerlukan pagu dan realisasi, atau rinciannya",
                    a.tahun
                ),
            ));
        }
        if let (Some(awal), Some(pagu)) = (a.dipa_awal, a.pagu) {
            let revisi: Decimal = a.revisi.iter().map(|r| r.perubahan.0).sum();
            if awal.0 + revisi != pagu.0 {
                out.push(
                    Diagnostic::error(
                        "DS-RINCIAN-JUMLAH",
                        ap.key("pagu"),
                        "DIPA awal ditambah revisi tidak sama dengan pagu",
                    )
                    .expected_found(
                        kinerja_bahasa::format_rupiah(awal.0 + revisi),
                        kinerja_bahasa::format_rupiah(pagu.0),
                    )
                    .related(ap.key("dipa_awal"))
                    .related(ap.key("revisi")),
                );
            }
        }
        for (j, p) in a.program.iter().enumerate() {
            let pp = ap.key("program").index(j);
            tidak_negatif(p.pagu, pp.key("pagu"), "pagu", out);
            tidak_negatif(p.realisasi, pp.key("realisasi"), "realisasi", out);
            for (k, keg) in p.kegiatan.iter().enumerate() {
                let kp = pp.key("kegiatan").index(k);
                tidak_negatif(keg.pagu, kp.key("pagu"), "pagu", out);
                tidak_negatif(keg.realisasi, kp.key("realisasi"), "realisasi", out);
                if let (Some(pg), Some(r)) = (keg.pagu, keg.realisasi) {
                    lebih(r.0, pg.0, kp.key("realisasi"), &keg.nama, out);
                }
                for (o, op) in keg.output.iter().enumerate() {
                    let oo = kp.key("output").index(o);
                    tidak_negatif(Some(op.pagu), oo.key("pagu"), "pagu", out);
                    tidak_negatif(Some(op.realisasi), oo.key("realisasi"), "realisasi", out);
                    tidak_negatif(op.volume, oo.key("volume"), "volume", out);
                    lebih(
                        op.realisasi.0,
                        op.pagu.0,
                        oo.key("realisasi"),
                        &op.nama,
                        out,
                    );
                }
            }
        }
        pos(&a.jenis_belanja, ap.key("jenis_belanja"), out);
        pos(&a.sumber_dana, ap.key("sumber_dana"), out);
        let mut bulan_lalu: Option<Decimal> = None;
        for (j, b) in a.realisasi_bulanan.iter().enumerate() {
            let bp = ap.key("realisasi_bulanan").index(j);
            if !(1..=12).contains(&b.bulan) {
                out.push(Diagnostic::error(
                    "DS-BULAN",
                    bp.key("bulan"),
                    "bulan harus 1–12",
                ));
            }
            tidak_negatif(Some(b.realisasi), bp.key("realisasi"), "realisasi", out);
            if bulan_lalu.is_some_and(|x| b.realisasi.0 < x) {
                out.push(Diagnostic::error(
                    "DS-KUMULATIF",
                    bp.key("realisasi"),
                    "realisasi kumulatif menurun dari bulan sebelumnya",
                ));
            }
            bulan_lalu = Some(b.realisasi.0);
        }
    }
    for (i, p) in ds.pnbp.iter().enumerate() {
        let pp = root.key("pnbp").index(i);
        tidak_negatif(p.target, pp.key("target"), "target PNBP", out);
        tidak_negatif(p.realisasi, pp.key("realisasi"), "realisasi PNBP", out);
        super::unik(
            p.akun.iter().map(|a| a.kode.as_str()),
            |j| pp.key("akun").index(j).key("kode"),
            "kode akun",
            out,
        );
        for (j, a) in p.akun.iter().enumerate() {
            let ak = pp.key("akun").index(j);
            tidak_negatif(
                Some(a.realisasi),
                ak.key("realisasi"),
                "realisasi akun",
                out,
            );
            tidak_negatif(a.target, ak.key("target"), "target akun", out);
            if a.kode.len() != 6 || !a.kode.bytes().all(|b| b.is_ascii_digit()) {
                out.push(
                    Diagnostic::error("DS-AKUN", ak.key("kode"), "kode akun PNBP harus 6 digit")
                        .expected_found("6 digit, mis. 425211", a.kode.clone()),
                );
            }
        }
    }
    let (nol, seratus) = (Decimal::ZERO, Decimal::ONE_HUNDRED);
    for (i, s) in ds.smart.iter().enumerate() {
        let sp = root.key("smart").index(i);
        for (k, v) in [
            ("penyerapan", s.penyerapan),
            ("konsistensi", s.konsistensi),
            ("capaian_output", s.capaian_output),
        ] {
            dalam_rentang(v.0, nol, seratus, sp.key(k), k, "DS-SKALA", out);
        }
    }
    for (i, p) in ds.ikpa.iter().enumerate() {
        let pp = root.key("ikpa").index(i);
        super::unik(
            p.komponen.iter().map(|k| k.kode.as_str()),
            |j| pp.key("komponen").index(j).key("kode"),
            "komponen IKPA",
            out,
        );
        for (j, k) in p.komponen.iter().enumerate() {
            if let Some(v) = k.nilai {
                dalam_rentang(
                    v.0,
                    nol,
                    seratus,
                    pp.key("komponen").index(j).key("nilai"),
                    "nilai komponen IKPA",
                    "DS-SKALA",
                    out,
                );
            }
            tidak_negatif(
                k.bobot,
                pp.key("komponen").index(j).key("bobot"),
                "bobot",
                out,
            );
        }
        if p.komponen.iter().any(|k| k.bobot.is_some())
            && let Some(t) = crate::engine::ikpa::tabel(&p.regulasi)
        {
            let total: Decimal = t
                .komponen
                .iter()
                .map(|c| {
                    p.komponen
                        .iter()
                        .find(|k| k.kode == c.kode)
                        .and_then(|k| k.bobot)
                        .map(|b| b.0)
                        .unwrap_or(Decimal::from(c.bobot))
                })
                .sum();
            if total != seratus {
                out.push(
                    Diagnostic::error(
                        "DS-BOBOT",
                        pp.key("komponen"),
                        "bobot komponen IKPA (dengan pengganti) harus berjumlah 100",
                    )
                    .expected_found("100", crate::engine::teks::apa_adanya(total)),
                );
            }
        }
    }
    if let Some(a) = &ds.akip {
        let ap = root.key("akip");
        if !a.komponen.is_empty() {
            let total: Decimal = a.komponen.iter().map(|k| k.bobot.0).sum();
            if total != seratus {
                out.push(
                    Diagnostic::error(
                        "DS-BOBOT",
                        ap.key("komponen"),
                        "bobot komponen AKIP harus berjumlah 100",
                    )
                    .expected_found("100", crate::engine::teks::apa_adanya(total)),
                );
            }
            for (j, k) in a.komponen.iter().enumerate() {
                dalam_rentang(
                    k.nilai.0,
                    nol,
                    k.bobot.0,
                    ap.key("komponen").index(j).key("nilai"),
                    &format!("nilai komponen {} (paling tinggi sebesar bobotnya)", k.nama),
                    "DS-SKALA",
                    out,
                );
            }
        }
        if let Some(n) = a.nilai {
            dalam_rentang(
                n.0,
                nol,
                seratus,
                ap.key("nilai"),
                "nilai AKIP",
                "DS-SKALA",
                out,
            );
        }
        if a.komponen.is_empty() && a.nilai.is_none() {
            out.push(Diagnostic::error(
                "DS-AKIP",
                ap,
                "isi nilai AKIP atau rincian komponennya",
            ));
        }
    }
    for (i, s) in ds.statistik.iter().enumerate() {
        for (j, b) in s.baris.iter().enumerate() {
            if b.nilai.len() != s.kolom.len() {
                out.push(
                    Diagnostic::error(
                        "DS-KOLOM",
                        root.key("statistik")
                            .index(i)
                            .key("baris")
                            .index(j)
                            .key("nilai"),
                        format!("baris \"{}\" tidak memiliki satu nilai per kolom", b.nama),
                    )
                    .expected_found(s.kolom.len().to_string(), b.nilai.len().to_string()),
                );
            }
        }
    }
}
