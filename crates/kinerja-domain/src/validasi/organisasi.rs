//! The organisation, signatories and references between them.

use super::{saran_nama, unik};
use crate::diagnostik::{DataPath, Diagnostic};
use crate::model::{Dataset, JenisUnit};

pub(super) fn periksa(ds: &Dataset, out: &mut Vec<Diagnostic>) {
    let root = DataPath::root();
    unik(
        ds.organisasi.iter().map(|o| o.kode.as_str()),
        |i| root.key("organisasi").index(i).key("kode"),
        "kode organisasi",
        out,
    );
    let mut kode: Vec<&str> = ds.organisasi.iter().map(|o| o.kode.as_str()).collect();
    kode.push(ds.unit.kode.as_str());

    let cek_induk = |induk: &str, path: DataPath, out: &mut Vec<Diagnostic>| {
        if !kode.contains(&induk) {
            let mut d = Diagnostic::error(
                "DS-INDUK",
                path,
                format!("unit induk \"{induk}\" tidak dikenal: tambahkan ke [[organisasi]]"),
            )
            .expected_found(kode.join(", "), induk.to_owned());
            if let Some(s) = saran_nama(induk, &kode) {
                d = d.hint(format!("maksud Anda \"{s}\"?"));
            }
            out.push(d);
        }
    };
    if let Some(induk) = &ds.unit.induk {
        cek_induk(induk, root.key("unit").key("induk"), out);
    }
    for (i, o) in ds.organisasi.iter().enumerate() {
        if let Some(induk) = &o.induk {
            cek_induk(induk, root.key("organisasi").index(i).key("induk"), out);
        }
    }
    if matches!(
        ds.unit.jenis,
        JenisUnit::KantorImigrasi | JenisUnit::Rudenim
    ) && ds.unit.kelas.is_none()
    {
        out.push(Diagnostic::warning(
            "DS-KELAS",
            root.key("unit").key("kelas"),
            "kelas kantor belum diisi",
        ));
    }
    if let Some(k) = ds.unit.kelas
        && !k.punya_tpi()
        && !ds.unit.tpi.is_empty()
    {
        out.push(Diagnostic::error(
            "DS-TPI",
            root.key("unit").key("tpi"),
            format!(
                "kantor {} tidak memiliki Tempat Pemeriksaan Imigrasi, tetapi daftar TPI diisi",
                k.nama()
            ),
        ));
    }

    for (kunci, p) in &ds.pejabat {
        if let Some(nip) = &p.nip
            && let Err(e) = kinerja_bahasa::baca_nip(nip)
        {
            out.push(
                Diagnostic::error(
                    "DS-NIP",
                    root.key("pejabat").key(kunci).key("nip"),
                    format!("NIP {} tidak sah: {e}", p.nama),
                )
                .expected_found(
                    "18 digit: tanggal lahir, TMT, jenis kelamin, nomor urut",
                    nip.clone(),
                ),
            );
        }
    }
    let kunci_pejabat: Vec<&str> = ds.pejabat.keys().map(String::as_str).collect();
    let cek_pejabat = |k: &str, path: DataPath, out: &mut Vec<Diagnostic>| {
        if !ds.pejabat.contains_key(k) {
            let mut d = Diagnostic::error(
                "DS-PEJABAT",
                path,
                format!("pejabat \"{k}\" tidak ada di [pejabat]"),
            )
            .expected_found(kunci_pejabat.join(", "), k.to_owned());
            if let Some(s) = saran_nama(k, &kunci_pejabat) {
                d = d.hint(format!("maksud Anda \"{s}\"?"));
            }
            out.push(d);
        }
    };
    cek_pejabat(
        &ds.laporan.penandatangan,
        root.key("laporan").key("penandatangan"),
        out,
    );
    if let Some(pk) = &ds.perjanjian_kinerja {
        let pp = root.key("perjanjian_kinerja");
        cek_pejabat(&pk.pihak_pertama, pp.key("pihak_pertama"), out);
        cek_pejabat(&pk.pihak_kedua, pp.key("pihak_kedua"), out);
        for (i, a) in pk.anggaran.iter().enumerate() {
            super::tidak_negatif(
                Some(a.pagu),
                pp.key("anggaran").index(i).key("pagu"),
                "anggaran PK",
                out,
            );
        }
        if pk.tanggal.0.format("%Y").to_string() != ds.tahun.to_string() {
            out.push(
                Diagnostic::warning(
                    "DS-TAHUN-PK",
                    pp.key("tanggal"),
                    "tanggal Perjanjian Kinerja tidak berada pada tahun laporan",
                )
                .expected_found(ds.tahun.to_string(), pk.tanggal.to_string()),
            );
        }
    }
    if let Some(pk) = &ds.perjanjian_berikutnya {
        let pp = root.key("perjanjian_berikutnya");
        cek_pejabat(&pk.pihak_pertama, pp.key("pihak_pertama"), out);
        cek_pejabat(&pk.pihak_kedua, pp.key("pihak_kedua"), out);
        if pk.tahun != ds.tahun + 1 {
            out.push(
                Diagnostic::error(
                    "DS-TAHUN-PK",
                    pp.key("tahun"),
                    "PK berikutnya harus untuk tahun setelah tahun laporan",
                )
                .expected_found((ds.tahun + 1).to_string(), pk.tahun.to_string()),
            );
        }
    }
    if let Some(r) = &ds.renstra {
        let rp = root.key("renstra");
        if r.selesai < r.mulai {
            out.push(Diagnostic::error(
                "DS-RENSTRA",
                rp.key("selesai"),
                "tahun selesai Renstra sebelum tahun mulai",
            ));
        }
        unik(
            r.indikator.iter().map(|i| i.kode.as_str()),
            |i| rp.key("indikator").index(i).key("kode"),
            "kode indikator Renstra",
            out,
        );
        for (i, ind) in r.indikator.iter().enumerate() {
            for (th, v) in &ind.target {
                let tp = rp.key("indikator").index(i).key("target").key(th);
                match th.parse::<i32>() {
                    Ok(t) if (r.mulai..=r.selesai).contains(&t) => {}
                    _ => out.push(
                        Diagnostic::error(
                            "DS-RENSTRA",
                            tp.clone(),
                            format!("kunci target \"{th}\" bukan tahun dalam periode Renstra"),
                        )
                        .expected_found(format!("{}–{}", r.mulai, r.selesai), th.clone()),
                    ),
                }
                super::tidak_negatif(Some(*v), tp, "target Renstra", out);
            }
        }
    }
}
