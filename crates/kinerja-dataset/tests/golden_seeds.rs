//! Golden tests: every correct computed figure printed in the three seed reports, reproduced
//! from the datasets transcribed from them (`datasets/*.toml`).
//!
//! Each assertion names the seed line it reproduces ("L541" = line 541 of the seed text in
//! `shared/seeds/`). Where the seed prints a wrong figure, the assertion holds the correct
//! value and the comment says what the seed printed (see `shared/seeds/known-findings/`).
//! Figures that the seeds print but the datasets cannot hold (see the dataset comments) are
//! checked by calling the engine directly.

use std::path::{Path, PathBuf};

use kinerja_domain::engine::anggaran::{BarisAnggaran, HasilAnggaran};
use kinerja_domain::engine::capaian::{self, Target};
use kinerja_domain::engine::hasil::Hasil;
use kinerja_domain::engine::iki::HasilIki;
use kinerja_domain::engine::ikm::HasilIkm;
use kinerja_domain::engine::ikpa::{Aspek, HasilIkpa};
use kinerja_domain::engine::ipk::HasilIpk;
use kinerja_domain::engine::perbandingan::Arah;
use kinerja_domain::engine::{HasilIndikator, Rincian};
use kinerja_domain::model::{AnggaranTahun, Angka, JenisKelompok, Polaritas, PosAnggaran};
use kinerja_domain::{DataPath, Dataset, Perhitungan, hitung};
use rust_decimal::Decimal;

// --- Helpers -----------------------------------------------------------------------------------

fn datasets() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../datasets")
}

fn muat(nama: &str) -> (Dataset, Perhitungan) {
    let path = datasets().join(nama);
    let m = kinerja_dataset::baca_berkas(&path)
        .unwrap_or_else(|e| panic!("{} tidak dapat dimuat:\n{e}", path.display()));
    let p = hitung(&m.dataset);
    (m.dataset, p)
}

fn d(s: &str) -> Decimal {
    s.parse()
        .unwrap_or_else(|_| panic!("angka uji tidak sah: {s}"))
}

/// Asserts a published value; one line per printed figure.
#[track_caller]
fn cek(aktual: Option<Decimal>, harapan: &str) {
    assert_eq!(aktual, Some(d(harapan)), "diharapkan {harapan}");
}

/// The published value of a computed figure.
fn t(h: &Hasil) -> Option<Decimal> {
    Some(h.terbit)
}

/// A value rounded half away from zero to `presisi` decimals (for figures the engine keeps at
/// a finer precision than the seed prints).
fn bulat(h: &Hasil, presisi: u32) -> Option<Decimal> {
    Some(kinerja_bahasa::bulatkan(h.nilai, presisi))
}

fn ind<'a>(p: &'a Perhitungan, kode: &str) -> &'a HasilIndikator {
    p.indikator(kode)
        .unwrap_or_else(|| panic!("indikator {kode} tidak ada"))
}

fn realisasi(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode).realisasi.hasil().map(|h| h.terbit)
}

fn capaian(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode).capaian.terbit()
}

fn capaian_tahun(p: &Perhitungan, kode: &str, tahun: i32) -> Option<Decimal> {
    ind(p, kode)
        .tahun
        .iter()
        .find(|x| x.tahun == tahun)
        .and_then(|x| x.capaian.as_ref())
        .and_then(|c| c.terbit())
}

fn rata_rata_tahun(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode).tren.as_ref().map(|x| x.rata_rata.terbit)
}

fn selisih_capaian(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode)
        .tren
        .as_ref()
        .and_then(|x| x.selisih_capaian.as_ref())
        .map(|h| h.terbit)
}

fn jangka_menengah(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode)
        .jangka_menengah
        .as_ref()
        .and_then(|j| j.capaian.terbit())
}

fn selisih_unit(p: &Perhitungan, kode: &str, unit: &str) -> Option<Decimal> {
    ind(p, kode)
        .pembanding
        .iter()
        .find(|x| x.unit == unit)
        .map(|x| x.selisih.terbit)
}

fn rasio_unit(p: &Perhitungan, kode: &str, unit: &str) -> Option<Decimal> {
    ind(p, kode)
        .pembanding
        .iter()
        .find(|x| x.unit == unit)
        .and_then(|x| x.rasio.as_ref())
        .map(|h| h.terbit)
}

fn ikm<'a>(p: &'a Perhitungan, kode: &str) -> &'a HasilIkm {
    match &ind(p, kode).rincian {
        Some(Rincian::Ikm(h)) => h,
        _ => panic!("{kode} tidak memiliki rincian IKM"),
    }
}

fn ipk<'a>(p: &'a Perhitungan, kode: &str) -> &'a HasilIpk {
    match &ind(p, kode).rincian {
        Some(Rincian::Ipk(h)) => h,
        _ => panic!("{kode} tidak memiliki rincian IPK"),
    }
}

fn iki<'a>(p: &'a Perhitungan, kode: &str) -> &'a HasilIki {
    match &ind(p, kode).rincian {
        Some(Rincian::Iki(h)) => h,
        _ => panic!("{kode} tidak memiliki rincian IKI"),
    }
}

fn unsur(daftar: &[(String, Hasil)], nama: &str) -> Option<Decimal> {
    daftar
        .iter()
        .find(|(n, _)| n == nama)
        .map(|(_, h)| h.terbit)
}

fn kelompok_ipk(h: &HasilIpk, jenis: JenisKelompok) -> &Hasil {
    &h.kelompok.iter().find(|k| k.jenis == jenis).unwrap().nilai
}

fn anggaran(p: &Perhitungan, tahun: i32) -> &HasilAnggaran {
    p.anggaran
        .iter()
        .find(|a| a.tahun == tahun)
        .unwrap_or_else(|| panic!("anggaran {tahun} tidak ada"))
}

fn persen(b: &BarisAnggaran) -> Option<Decimal> {
    b.persentase.as_ref().map(|h| h.terbit)
}

fn realisasi_baris(b: &BarisAnggaran) -> Option<Decimal> {
    b.realisasi.as_ref().map(|h| h.terbit)
}

fn sisa_baris(b: &BarisAnggaran) -> Option<Decimal> {
    b.sisa.as_ref().map(|h| h.terbit)
}

/// A line of a breakdown by its name.
fn baris<'a>(daftar: &'a [BarisAnggaran], nama: &str) -> &'a BarisAnggaran {
    daftar
        .iter()
        .find(|b| b.nama == nama)
        .unwrap_or_else(|| panic!("baris anggaran \"{nama}\" tidak ada"))
}

/// An output (or kegiatan) anywhere below the programs, by its name.
fn rincian<'a>(a: &'a HasilAnggaran, nama: &str) -> &'a BarisAnggaran {
    fn cari<'a>(daftar: &'a [BarisAnggaran], nama: &str) -> Option<&'a BarisAnggaran> {
        daftar.iter().find_map(|b| {
            (b.nama == nama)
                .then_some(b)
                .or_else(|| cari(&b.rincian, nama))
        })
    }
    cari(&a.program, nama).unwrap_or_else(|| panic!("rincian anggaran \"{nama}\" tidak ada"))
}

/// Percentage of a jenis belanja line.
fn jb(a: &HasilAnggaran, nama: &str) -> Option<Decimal> {
    persen(baris(&a.jenis_belanja, nama))
}

/// Percentage of a kegiatan or output line below the programs.
fn pr(a: &HasilAnggaran, nama: &str) -> Option<Decimal> {
    persen(rincian(a, nama))
}

fn sisa(daftar: &[BarisAnggaran], nama: &str) -> Option<Decimal> {
    sisa_baris(baris(daftar, nama))
}

fn standar_nasional(p: &Perhitungan, kode: &str) -> Option<Decimal> {
    ind(p, kode).standar_nasional.as_ref().map(|h| h.terbit)
}

fn pnbp_persen(p: &Perhitungan, tahun: i32) -> Option<Decimal> {
    p.pnbp
        .iter()
        .find(|x| x.tahun == tahun)
        .and_then(|x| x.persentase.as_ref())
        .map(|h| h.terbit)
}

fn pnbp_realisasi(p: &Perhitungan, tahun: i32) -> Option<Decimal> {
    p.pnbp
        .iter()
        .find(|x| x.tahun == tahun)
        .map(|x| x.realisasi.terbit)
}

fn smart_ne(p: &Perhitungan, tahun: i32) -> Option<Decimal> {
    p.smart
        .iter()
        .find(|x| x.tahun == tahun)
        .map(|x| x.nilai_efisiensi.terbit)
}

fn smart_nka(p: &Perhitungan, tahun: i32) -> Option<Decimal> {
    p.smart
        .iter()
        .find(|x| x.tahun == tahun)
        .map(|x| x.nilai_kinerja.terbit)
}

fn ikpa(p: &Perhitungan, tahun: i32) -> &HasilIkpa {
    p.ikpa.iter().find(|x| x.tahun == tahun).unwrap()
}

fn aspek(h: &HasilIkpa, a: Aspek) -> Option<Decimal> {
    h.aspek.iter().find(|(x, _)| *x == a).map(|(_, v)| v.terbit)
}

fn komponen_ikpa(h: &HasilIkpa, kode: &str) -> Option<Decimal> {
    h.komponen
        .iter()
        .find(|k| k.kode == kode)
        .and_then(|k| k.nilai_akhir.as_ref())
        .map(|v| v.terbit)
}

/// Column total `kolom` of the statistics table titled `judul`.
fn jumlah_statistik(ds: &Dataset, p: &Perhitungan, judul: &str, kolom: usize) -> Option<Decimal> {
    let i = ds
        .statistik
        .iter()
        .position(|s| s.judul == judul)
        .unwrap_or_else(|| panic!("tabel statistik \"{judul}\" tidak ada"));
    p.statistik
        .iter()
        .find(|s| s.indeks == i)
        .and_then(|s| s.jumlah.get(kolom).cloned().flatten())
        .map(|h| h.terbit)
}

// --- Every dataset passes `kinerja check` --------------------------------------------------

/// Warnings each dataset is expected to carry: each documents a real discrepancy of its seed
/// (an application value that differs from the formula on the printed inputs).
const PERINGATAN_DIKETAHUI: &[(&str, &[&str])] = &[
    (
        "kanim-bandung-2023.toml",
        &["DS-IKPA-BEDA", "DS-SMART-BEDA", "DS-SMART-BEDA"],
    ),
    (
        "kanim-tanjung-balai-karimun-2023.toml",
        &["DS-SMART-BEDA", "DS-SMART-BEDA"],
    ),
    ("kanim-kotabumi-2022.toml", &[]),
    ("contoh-rudenim-2024.toml", &[]),
];

#[test]
fn setiap_dataset_lolos_periksa() {
    let mut berkas: Vec<PathBuf> = std::fs::read_dir(datasets())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    berkas.sort();
    assert!(berkas.len() >= 4, "dataset hilang: {berkas:?}");
    for path in berkas {
        let nama = path.file_name().unwrap().to_string_lossy().into_owned();
        let (_, diag) = kinerja_dataset::periksa_berkas(&path)
            .unwrap_or_else(|e| panic!("{nama} tidak dapat dimuat:\n{e}"));
        let galat: Vec<_> = diag.iter().filter(|x| x.diagnostik.is_error()).collect();
        assert!(
            galat.is_empty(),
            "{nama} tidak sah:\n{}",
            kinerja_dataset::render_teks(&diag)
        );
        let mut kode: Vec<&str> = diag.iter().map(|x| x.diagnostik.code).collect();
        kode.sort_unstable();
        if let Some((_, harapan)) = PERINGATAN_DIKETAHUI.iter().find(|(n, _)| *n == nama) {
            assert_eq!(
                kode,
                harapan.to_vec(),
                "{nama}: peringatan berubah:\n{}",
                kinerja_dataset::render_teks(&diag)
            );
        }
    }
}

#[test]
fn contoh_dalam_dokumentasi_sama_dengan_berkas_contoh() {
    // docs/dataset.md shows the complete annotated example; it must stay the file that passes
    // `kinerja check` (datasets/contoh-rudenim-2024.toml).
    let md = std::fs::read_to_string(datasets().join("../docs/dataset.md")).unwrap();
    let contoh = std::fs::read_to_string(datasets().join("contoh-rudenim-2024.toml")).unwrap();
    let awal = md
        .find("```toml\n# Dataset kinerja: Rumah Detensi Imigrasi")
        .expect("contoh lengkap tidak ditemukan di docs/dataset.md")
        + "```toml\n".len();
    let panjang = md[awal..].find("\n```").unwrap() + 1;
    assert_eq!(&md[awal..awal + panjang], contoh);
}

// --- Bandung 2023 (shared/seeds/lkjip-2023-kanim-bandung.txt) ---------------------------------

#[test]
fn bandung_capaian_dan_rata_rata() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    cek(realisasi(&p, "IKK-1"), "3.99"); // L80, L554, L557
    cek(capaian(&p, "IKK-1"), "122.77"); // L80, L493, L557, L563
    cek(realisasi(&p, "IKK-2"), "3.75"); // L81, L692
    cek(capaian(&p, "IKK-2"), "119.81"); // L81, L494, L692, L698
    cek(realisasi(&p, "IKK-3"), "3.99"); // L82, L833
    cek(capaian(&p, "IKK-3"), "127.48"); // L82, L833, L839, L1249 (L495 prints 124,48%)
    cek(t(p.rata_rata.as_ref().unwrap()), "123.35"); // L78
    // Change of capaian against 2022 (Ikhtisar): 124,38 → 122,77 and 127,88 → 127,48; for the
    // IPK L81 calls the 4,55-point drop of capaian a 4,55% fall of the realisation.
    cek(selisih_capaian(&p, "IKK-1"), "-1.61"); // L80
    cek(selisih_capaian(&p, "IKK-2"), "-4.55"); // L81
    cek(selisih_capaian(&p, "IKK-3"), "-0.40"); // L84
}

#[test]
fn bandung_ikm() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    let h = ikm(&p, "IKK-1");
    cek(t(&h.nilai), "3.99"); // L541 (1.674,59 ÷ 420), L554
    cek(Some(Decimal::from(h.responden)), "420"); // L541, L555
    cek(unsur(&h.unsur, "Informasi"), "3.99"); // L546
    cek(unsur(&h.unsur, "Persyaratan"), "3.99"); // L547
    cek(unsur(&h.unsur, "Prosedur/Alur"), "3.99"); // L548
    cek(unsur(&h.unsur, "Waktu Penyelesaian"), "3.99"); // L549
    cek(unsur(&h.unsur, "Tarif/Biaya"), "3.99"); // L550
    cek(unsur(&h.unsur, "Sarana/Prasarana"), "3.98"); // L551
    cek(unsur(&h.unsur, "Respon"), "3.98"); // L552
    cek(unsur(&h.unsur, "Konsultasi/Pengaduan"), "3.99"); // L553
    assert_eq!(h.unsur_prioritas, ["Sarana/Prasarana", "Respon"]); // L637
    assert_eq!((h.mutu.huruf, h.mutu.kinerja), ('A', "Sangat Baik")); // L577
    cek(capaian_tahun(&p, "IKK-1", 2021), "124.44"); // L583
    cek(capaian_tahun(&p, "IKK-1", 2022), "124.38"); // L583 prints 124,375% (3 decimals)
    cek(rata_rata_tahun(&p, "IKK-1"), "3.96"); // L579 prints 3,99 as the 2021–2023 mean
    cek(jangka_menengah(&p, "IKK-1"), "120.91"); // L585, L591
    cek(selisih_unit(&p, "IKK-1", "kanwil-jawa-barat"), "0.01"); // L593
    cek(rasio_unit(&p, "IKK-1", "kanwil-jawa-barat"), "100.25"); // L593, L596
    cek(selisih_unit(&p, "IKK-1", "ditjen-imigrasi"), "0.07"); // L593
    cek(rasio_unit(&p, "IKK-1", "ditjen-imigrasi"), "101.79"); // L593, L597 (prints the unit as 3,90)
}

#[test]
fn bandung_ipk() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    let h = ipk(&p, "IKK-2");
    cek(bulat(kelompok_ipk(h, JenisKelompok::Internal), 2), "3.82"); // L681
    cek(bulat(kelompok_ipk(h, JenisKelompok::Eksternal), 2), "3.59"); // L681
    // (3,816 × 18 + 3,588 × 7) ÷ 25 = 3,752 → 3,75 (L692); the substitution L688 drops the
    // respondent weights.
    cek(t(&h.nilai), "3.75");
    cek(Some(Decimal::from(h.responden)), "25"); // L658
    cek(capaian_tahun(&p, "IKK-2", 2021), "126.69"); // L709
    cek(capaian_tahun(&p, "IKK-2", 2022), "124.36"); // L709
    cek(rata_rata_tahun(&p, "IKK-2"), "3.86"); // L705 prints 3,91 (the 2021–2022 mean)
    assert_eq!(ind(&p, "IKK-2").tren.as_ref().unwrap().arah, Arah::Turun); // L705 "penurunan"
    cek(jangka_menengah(&p, "IKK-2"), "119.43"); // L711, L717
    cek(selisih_unit(&p, "IKK-2", "kanwil-jawa-barat"), "0.09"); // L719
    cek(rasio_unit(&p, "IKK-2", "kanwil-jawa-barat"), "102.46"); // L719, L722
    cek(selisih_unit(&p, "IKK-2", "ditjen-imigrasi"), "0.04"); // L719
    cek(rasio_unit(&p, "IKK-2", "ditjen-imigrasi"), "101.08"); // L719, L724
}

#[test]
fn bandung_iki() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    let h = iki(&p, "IKK-3");
    cek(t(&h.nilai_integritas), "3.99"); // L799 (4.009,13 ÷ 1.005), L826
    cek(Some(Decimal::from(h.responden)), "1005"); // L799, L827
    cek(t(&h.nilai), "3.99"); // L833 (on the 1–4 scale already: no ÷ 25, cf. L831)
    for (nama, nilai) in &h.variabel {
        cek(Some(nilai.terbit), "3.99"); // L804–825: every variable 3,99
        assert!(!nama.is_empty());
    }
    assert_eq!(h.variabel.len(), 22); // L755 (22 variabel)
    cek(capaian_tahun(&p, "IKK-3", 2021), "127.33"); // L847
    cek(capaian_tahun(&p, "IKK-3", 2022), "127.88"); // L847
    cek(rata_rata_tahun(&p, "IKK-3"), "3.98"); // L843 prints 3,99
    // L843 says "meningkat … konsisten naik"; 2022 and 2023 are both 3,99.
    assert_eq!(ind(&p, "IKK-3").tren.as_ref().unwrap().arah, Arah::Tetap);
    cek(jangka_menengah(&p, "IKK-3"), "127.07"); // L849, L855
    cek(selisih_unit(&p, "IKK-3", "kanwil-jawa-barat"), "0.02"); // L857
    cek(rasio_unit(&p, "IKK-3", "kanwil-jawa-barat"), "100.50"); // L857, L860
}

#[test]
fn bandung_anggaran() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    let a = anggaran(&p, 2023);
    cek(t(&a.pagu), "20578348000"); // L86, L917
    cek(t(&a.realisasi), "20372405794"); // L86, L917 (= Σ jenis belanja, L943)
    cek(t(a.persentase.as_ref().unwrap()), "99.00"); // L86, L917, L924
    let pph = baris(&a.program, "Program Penegakan dan Pelayanan Hukum");
    cek(persen(pph), "98.58"); // L913
    cek(persen(&pph.rincian[0]), "98.58"); // L914
    let dm = baris(&a.program, "Program Dukungan Manajemen");
    // L915 prints realisasi 15.845.110.354 with 99,12%; only 15.909.535.354 gives both 99,12%
    // and the total 20.372.405.794 (the dataset enters that).
    cek(persen(dm), "99.12"); // L915, L916
    cek(jb(a, "Belanja Pegawai"), "99.34"); // L940
    cek(jb(a, "Belanja Barang"), "99.00"); // L941
    cek(jb(a, "Belanja Modal"), "97.80"); // L942

    let a22 = anggaran(&p, 2022);
    cek(t(a22.persentase.as_ref().unwrap()), "97.56"); // L86, L924, L933
    // Σ jenis belanja = 18.414.319.748 (L933); L86 and L923 print ...746.
    cek(t(&a22.realisasi), "18414319748");
    cek(jb(a22, "Belanja Pegawai"), "99.65"); // L930
    cek(jb(a22, "Belanja Barang"), "96.28"); // L931
    cek(jb(a22, "Belanja Modal"), "96.99"); // L932

    let a21 = anggaran(&p, 2021);
    cek(t(a21.persentase.as_ref().unwrap()), "85.08"); // L924, L933
    cek(jb(a21, "Belanja Pegawai"), "99.15"); // L930
    cek(jb(a21, "Belanja Barang"), "76.60"); // L931
    cek(jb(a21, "Belanja Modal"), "96.64"); // L932
}

#[test]
fn bandung_pnbp() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    cek(pnbp_realisasi(&p, 2021), "20193950674"); // L971
    cek(pnbp_realisasi(&p, 2022), "59604795551"); // L971
    // L971; L86 and L1251 print 82.709.074.907.
    cek(pnbp_realisasi(&p, 2023), "82709724907");
    cek(pnbp_persen(&p, 2023), "244.88"); // L86, L1251
}

#[test]
fn bandung_smart() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    cek(smart_ne(&p, 2021), "100.00"); // L997 (efisiensi 20, the upper clamp)
    cek(smart_nka(&p, 2021), "97.45"); // L997
    // 2022 and 2023: the application used the unrounded efficiency; on the printed 7,68 and
    // 3,91 the formula gives the values asserted (L998 prints 69,21 / 89,62; L1000 87,04).
    cek(smart_ne(&p, 2022), "69.20");
    cek(smart_nka(&p, 2022), "89.61");
    cek(smart_ne(&p, 2023), "59.78"); // L1000
    cek(smart_nka(&p, 2023), "87.06");
}

#[test]
fn bandung_ikpa() {
    let (_, p) = muat("kanim-bandung-2023.toml");
    let h22 = ikpa(&p, 2022);
    cek(komponen_ikpa(h22, "revisi_dipa"), "10.00"); // L1041
    cek(komponen_ikpa(h22, "deviasi_halaman_iii_dipa"), "8.58"); // L1041
    cek(komponen_ikpa(h22, "penyerapan_anggaran"), "19.88"); // L1041
    cek(komponen_ikpa(h22, "belanja_kontraktual"), "9.55"); // L1041
    cek(komponen_ikpa(h22, "pengelolaan_up_tup"), "9.76"); // L1041 prints 9,75 (97,55 × 10%)
    cek(komponen_ikpa(h22, "capaian_output"), "25.00"); // L1041
    cek(t(&h22.nilai_total), "97.76"); // L1039 prints 97,86 (its cells sum to 97,76)
    cek(t(&h22.konversi_bobot), "100"); // L1039
    cek(t(&h22.nilai_akhir), "97.76"); // L1039 prints 97,86
    cek(aspek(h22, Aspek::Perencanaan), "92.89"); // L1042 prints 93,39
    cek(aspek(h22, Aspek::Pelaksanaan), "98.51"); // L1042 prints 98,49
    cek(aspek(h22, Aspek::Hasil), "100.00"); // L1042
    let h23 = ikpa(&p, 2023);
    cek(komponen_ikpa(h23, "deviasi_halaman_iii_dipa"), "7.76"); // L1054
    cek(komponen_ikpa(h23, "belanja_kontraktual"), "9.40"); // L1054
    cek(komponen_ikpa(h23, "pengelolaan_up_tup"), "9.50"); // L1054
    cek(t(&h23.nilai_total), "96.66"); // L1052
    cek(t(&h23.nilai_akhir), "96.66"); // L1052, L1057
    assert_eq!(h23.kategori.0, "Sangat Baik"); // L1057
    cek(aspek(h23, Aspek::Perencanaan), "88.80"); // L1055 prints 86,80
    cek(aspek(h23, Aspek::Pelaksanaan), "98.01"); // L1055 prints 97,81
    cek(aspek(h23, Aspek::Hasil), "100.00"); // L1055
}

#[test]
fn bandung_statistik() {
    let (ds, p) = muat("kanim-bandung-2023.toml");
    let pegawai = "Komposisi Pegawai Berdasarkan Jabatan";
    cek(jumlah_statistik(&ds, &p, pegawai, 0), "112"); // L237
    let paspor = "Data Penerbitan Paspor RI";
    cek(jumlah_statistik(&ds, &p, paspor, 0), "114594"); // L1149
    cek(jumlah_statistik(&ds, &p, paspor, 1), "150474"); // L1149
    let izin = "Data Penerbitan Izin Tinggal";
    cek(jumlah_statistik(&ds, &p, izin, 0), "7750"); // L1159 (labelled 2023 there)
    cek(jumlah_statistik(&ds, &p, izin, 1), "7221"); // L1159
    let lintas = "Data Perlintasan";
    cek(jumlah_statistik(&ds, &p, lintas, 0), "2069"); // L1183
    cek(jumlah_statistik(&ds, &p, lintas, 1), "168"); // L1183
    cek(jumlah_statistik(&ds, &p, lintas, 2), "329"); // L1183
    cek(jumlah_statistik(&ds, &p, lintas, 3), "3214"); // L1183
    let tak = "Tindakan Administratif Keimigrasian";
    cek(jumlah_statistik(&ds, &p, tak, 0), "66"); // L1199
    cek(jumlah_statistik(&ds, &p, tak, 1), "98"); // L1199
}

// --- Tanjung Balai Karimun 2023 (shared/seeds/lkjip-2023-kanim-tanjung-balai-karimun.txt) -----

#[test]
fn tanjung_balai_karimun_ikm() {
    let (_, p) = muat("kanim-tanjung-balai-karimun-2023.toml");
    cek(realisasi(&p, "IKK-1"), "3.99"); // L424 (L504 prints 4,00)
    cek(capaian(&p, "IKK-1"), "122.77"); // L424 (L504 prints 123,08%)
}

#[test]
fn tanjung_balai_karimun_ipk() {
    let (_, p) = muat("kanim-tanjung-balai-karimun-2023.toml");
    let h = ipk(&p, "IKK-2");
    cek(bulat(kelompok_ipk(h, JenisKelompok::Internal), 2), "3.80"); // L57
    cek(bulat(kelompok_ipk(h, JenisKelompok::Eksternal), 2), "3.76"); // L57
    cek(Some(Decimal::from(h.responden)), "18"); // L57, L62
    cek(t(&h.nilai), "3.78"); // L64, L67
    cek(capaian(&p, "IKK-2"), "120.77"); // L67, L73, L82, L505 (L425 prints 120,76%)
    cek(capaian_tahun(&p, "IKK-2", 2021), "118.33"); // L82
    cek(capaian_tahun(&p, "IKK-2", 2022), "121.79"); // L82
    cek(rata_rata_tahun(&p, "IKK-2"), "3.75"); // L78 prints 3,78 (the 2023 value)
    assert_eq!(ind(&p, "IKK-2").tren.as_ref().unwrap().arah, Arah::Turun); // L78 "penurunan"
    cek(jangka_menengah(&p, "IKK-2"), "120.38"); // L88, L93
    cek(selisih_unit(&p, "IKK-2", "kanwil-kepulauan-riau"), "0.04"); // L95
    cek(rasio_unit(&p, "IKK-2", "kanwil-kepulauan-riau"), "101.07"); // L95, L98
    cek(selisih_unit(&p, "IKK-2", "ditjen-imigrasi"), "0.07"); // L95
    cek(rasio_unit(&p, "IKK-2", "ditjen-imigrasi"), "101.89"); // L95, L99
}

#[test]
fn tanjung_balai_karimun_iki() {
    let (_, p) = muat("kanim-tanjung-balai-karimun-2023.toml");
    let h = iki(&p, "IKK-3");
    cek(Some(Decimal::from(h.responden)), "431"); // L163, L207
    // Σ(Xᵢ·Yᵢ) ÷ ΣYᵢ = 43.085,26 ÷ 431 = 99,97; L177 prints 43.065,9 ÷ 431 = 99,96 with wrong
    // terms, L206 prints 99,98.
    cek(t(&h.nilai_integritas), "99.97");
    let v = &h.variabel;
    cek(t(&h.nilai), "4.00"); // L213, L506 (IIO ÷ 25, L211)
    cek(capaian(&p, "IKK-3"), "127.80"); // L213, L217, L227, L506 (L426 prints 127,47%)
    cek(unsur(v, "Transparansi"), "99.88"); // L182 prints 99,89 (unweighted mean)
    cek(unsur(v, "Menerima Imbalan"), "99.96"); // L183
    cek(unsur(v, "Perlakuan yang sama"), "99.96"); // L184
    cek(unsur(v, "Prosedur"), "99.96"); // L185
    cek(unsur(v, "Privasi Pelapor"), "99.96"); // L186
    cek(unsur(v, "Proses Pelanggaran"), "100.00"); // L187
    cek(unsur(v, "Pencegahan Korupsi"), "100.00"); // L188
    cek(unsur(v, "Penerimaan Pegawai"), "100.00"); // L189
    cek(unsur(v, "Penempatan"), "99.92"); // L190
    cek(unsur(v, "Promosi Jabatan"), "99.92"); // L191
    cek(unsur(v, "Pengembangan Kompetensi"), "99.96"); // L192
    cek(unsur(v, "Kenaikan Pangkat"), "100.00"); // L193
    cek(unsur(v, "Gaji"), "100.00"); // L194
    cek(unsur(v, "Presensi Pegawai"), "99.96"); // L195
    cek(unsur(v, "Perjalanan Dinas"), "100.00"); // L196
    cek(unsur(v, "PBJ"), "99.88"); // L199 prints 99,89 (unweighted mean)
    cek(unsur(v, "Honorarium"), "100.00"); // L200
    cek(unsur(v, "Bukti Transaksi"), "100.00"); // L201
    cek(unsur(v, "Tanggung jawab"), "100.00"); // L202
    cek(unsur(v, "Pekerjaan Tidak Sesuai Aturan"), "99.92"); // L203
    cek(unsur(v, "Hukuman Pekerjaan Tidak Sesuai Aturan"), "99.92"); // L204
    cek(unsur(v, "Kode Etik"), "100.00"); // L205
    cek(capaian_tahun(&p, "IKK-3", 2021), "126.37"); // L227
    cek(capaian_tahun(&p, "IKK-3", 2022), "127.88"); // L227
    cek(rata_rata_tahun(&p, "IKK-3"), "3.97"); // L221 prints 4,00 (the 2023 value)
    assert_eq!(ind(&p, "IKK-3").tren.as_ref().unwrap().arah, Arah::Naik); // L221 "peningkatan"
    cek(jangka_menengah(&p, "IKK-3"), "127.39"); // L229, L235
    cek(selisih_unit(&p, "IKK-3", "kanwil-kepulauan-riau"), "0.05"); // L237
    cek(rasio_unit(&p, "IKK-3", "kanwil-kepulauan-riau"), "101.27"); // L237, L240 print 101,26%
    cek(selisih_unit(&p, "IKK-3", "ditjen-imigrasi"), "0.09"); // L237
    cek(rasio_unit(&p, "IKK-3", "ditjen-imigrasi"), "102.30"); // L237, L241
}

#[test]
fn tanjung_balai_karimun_anggaran() {
    let (_, p) = muat("kanim-tanjung-balai-karimun-2023.toml");
    let a = anggaran(&p, 2023);
    let pph = baris(&a.program, "Program Penegakan dan Pelayanan Hukum");
    cek(persen(pph), "98.29"); // L288
    cek(persen(&pph.rincian[0]), "98.29"); // L289
    let dm = baris(&a.program, "Program Dukungan Manajemen");
    cek(persen(dm), "99.75"); // L290
    cek(persen(&dm.rincian[0]), "99.75"); // L291
    cek(t(&a.realisasi), "7583289683"); // L292, L507
    cek(t(a.persentase.as_ref().unwrap()), "99.44"); // L292, L299, L316, L507
    cek(jb(a, "Belanja Pegawai"), "99.80"); // L313
    cek(jb(a, "Belanja Barang"), "99.25"); // L314
    cek(jb(a, "Belanja Modal"), "99.54"); // L315

    let a22 = anggaran(&p, 2022);
    cek(t(a22.persentase.as_ref().unwrap()), "98.96"); // L299, L308
    cek(jb(a22, "Belanja Pegawai"), "99.97"); // L305
    cek(jb(a22, "Belanja Barang"), "98.46"); // L305
    // With the pagu 254.984.000 that makes the breakdown sum to the total 7.240.391.000 (L307
    // prints 254.964.000, whose percentage would be 99,64%).
    cek(jb(a22, "Belanja Modal"), "99.63"); // L307

    let a21 = anggaran(&p, 2021);
    cek(t(a21.persentase.as_ref().unwrap()), "89.52"); // L299, L308
    cek(jb(a21, "Belanja Pegawai"), "99.29"); // L305
    cek(jb(a21, "Belanja Barang"), "84.05"); // L306
    cek(jb(a21, "Belanja Modal"), "100.00"); // L307
}

#[test]
fn tanjung_balai_karimun_pnbp_smart_statistik() {
    let (ds, p) = muat("kanim-tanjung-balai-karimun-2023.toml");
    cek(pnbp_realisasi(&p, 2021), "91005504"); // L341
    cek(pnbp_realisasi(&p, 2022), "8944043999"); // L341
    cek(pnbp_realisasi(&p, 2023), "10620099500"); // L341, L508
    cek(pnbp_persen(&p, 2023), "315.23"); // L508

    cek(smart_ne(&p, 2021), "80.88"); // L358
    cek(smart_nka(&p, 2021), "93.36"); // L358
    // 2022, 2023: the application used the unrounded efficiency. On the printed 3,15 and 4,09
    // the formula gives the values asserted; L359 prints 57,87 / 87,72, L360 60,22 / 88,47.
    cek(smart_ne(&p, 2022), "57.88");
    cek(smart_nka(&p, 2022), "87.73");
    cek(smart_ne(&p, 2023), "60.23");
    cek(smart_nka(&p, 2023), "88.48");

    let lintas =
        "Lalu Lintas Keimigrasian melalui TPI Tanjung Balai Karimun Januari s.d. Desember 2023";
    cek(jumlah_statistik(&ds, &p, lintas, 0), "373621"); // L445
    cek(jumlah_statistik(&ds, &p, lintas, 1), "100849"); // L446
    cek(jumlah_statistik(&ds, &p, lintas, 2), "49586"); // L447
}

// --- Kotabumi 2022, Semester I (shared/seeds/lakip-2022-kanim-kotabumi.txt) -----------------

#[test]
fn kotabumi_capaian_output() {
    let (ds, p) = muat("kanim-kotabumi-2022.toml");
    assert_eq!(ds.periode_laporan().sebutan.as_deref(), Some("Semester I")); // L348
    // L351–352 print 100 for 381,30% and 190,00%: the dataset states the 100% cap.
    cek(capaian(&p, "RO-1"), "100.00"); // L351
    assert_eq!(ind(&p, "RO-1").capaian.hasil().unwrap().catatan.len(), 1); // the cap is stated
    cek(capaian(&p, "RO-2"), "100.00"); // L352
    cek(capaian(&p, "RO-3"), "58.33"); // L353 prints 57.52
    cek(capaian(&p, "RO-4"), "85.71"); // L354 prints 85.95
    cek(capaian(&p, "RO-5"), "100.00"); // L358
    cek(capaian(&p, "RO-6"), "0.00"); // L359
    cek(capaian(&p, "RO-7"), "50.00"); // L360
    cek(capaian(&p, "RO-8"), "57.14"); // L361 prints 88.09
    cek(capaian(&p, "RO-9"), "100.00"); // L362
    cek(capaian(&p, "RO-10"), "100.00"); // L363
    cek(capaian(&p, "RO-11"), "100.00"); // L364
    cek(capaian(&p, "RO-12"), "100.00"); // L365
    cek(capaian(&p, "RO-13"), "83.33"); // L366
    cek(capaian(&p, "RO-14"), "100.00"); // L367
    cek(capaian(&p, "RO-15"), "100.00"); // L368
    cek(capaian(&p, "RO-16"), "100.00"); // L369
    cek(capaian(&p, "RO-17"), "100.00"); // L370 prints 50
    // The index "realisations" (target ÷ 2) are left unmeasured.
    assert!(realisasi(&p, "IKK-1").is_none()); // L337
}

#[test]
fn kotabumi_indeks_yang_dibagi_dua() {
    // The dataset leaves these unmeasured (they are target ÷ 2, not survey results); the
    // arithmetic of the printed capaian is checked here on the printed figures.
    let c = |r: &str, target: &str| {
        let h = Hasil::baru("r", "realisasi", d(r), 2);
        capaian::hitung(
            "c",
            &h,
            Target::Nilai(d(target)),
            "t",
            Polaritas::Maksimal,
            None,
        )
        .terbit()
    };
    cek(c("1.63", "3.25"), "50.15"); // L555
    cek(c("1.57", "3.13"), "50.16"); // L556 prints 50,15
    cek(c("1.58", "3.13"), "50.48"); // L557 prints 50,47
}

#[test]
fn kotabumi_anggaran_semester_i() {
    let (_, p) = muat("kanim-kotabumi-2022.toml");
    let a = anggaran(&p, 2022);
    cek(t(&a.pagu), "8234057000"); // L424
    // Σ of the groups; L424 prints 4.463.785.560 and 45.79 (the unspent share of its own total).
    cek(t(&a.realisasi), "3902749878");
    cek(t(a.persentase.as_ref().unwrap()), "47.40");
    let pph = baris(&a.program, "Program Penegakan dan Pelayanan Hukum");
    cek(realisasi_baris(pph), "684470018"); // L430
    cek(persen(pph), "59.66"); // L430
    let dm = baris(&a.program, "Program Dukungan Manajemen");
    cek(realisasi_baris(dm), "3218279860"); // L431 prints 5.339.118.546
    cek(persen(dm), "45.41"); // L431 prints 75.34

    cek(pr(a, "Pelayanan Publik kepada Masyarakat"), "39.17"); // L394
    cek(pr(a, "Layanan Penerbitan Dokumen Perjalanan RI"), "40.15"); // L395
    cek(pr(a, "Layanan Penerbitan Izin Tinggal"), "7.23"); // L396
    cek(pr(a, "Operasi Bidang Keamanan"), "57.45"); // L397
    // With the pagu 337.248.000 implied by L397 and by this percentage (L398 prints pagu
    // 162.992.935, below its realisation).
    let intel = "Penyelidikan Intelijen Keimigrasian di Wilayah";
    cek(pr(a, intel), "57.29"); // L398
    cek(pr(a, "Operasi Mandiri di Wilayah"), "58.21"); // L399
    cek(pr(a, "Operasi Gabungan di Wilayah"), "99.98"); // L400
    let sidik = "Penyidikan Tindak Pidana Keimigrasian di Wilayah";
    cek(pr(a, sidik), "0.00"); // L401
    cek(pr(a, "Pengawasan dan Pengendalian Masyarakat"), "47.17"); // L402
    cek(pr(a, "Tindakan Administratif Keimigrasian"), "47.17"); // L403
    let pantau = "Pemantauan Masyarakat dan Kelompok Masyarakat";
    cek(pr(a, pantau), "89.09"); // L404
    cek(pr(a, "Pengawasan Orang Asing"), "89.09"); // L405
    cek(pr(a, "Layanan Dukungan Manajemen Internal"), "58.63"); // L406
    cek(pr(a, "Layanan BMN"), "8.22"); // L407
    cek(pr(a, "Layanan Umum"), "32.03"); // L408
    cek(pr(a, "Layanan Data dan Informasi"), "53.77"); // L409
    cek(pr(a, "Layanan Perkantoran"), "61.76"); // L410
    cek(pr(a, "Layanan Sarana dan Prasarana Internal"), "34.86"); // L411 prints 92.19
    cek(pr(a, "Layanan Sarana Internal"), "99.50"); // L412
    cek(pr(a, "Layanan Prasarana Internal"), "31.61"); // L413 prints 91.82
    cek(pr(a, "Layanan Manajemen SDM Internal"), "52.33"); // L414
    cek(pr(a, "Layanan Manajemen SDM"), "52.33"); // L415
    cek(pr(a, "Layanan Manajemen Kinerja Internal"), "35.94"); // L416
    cek(pr(a, "Layanan Perencanaan dan Penganggaran"), "24.28"); // L417
    cek(pr(a, "Layanan Manajemen Keuangan"), "61.47"); // L422
    cek(pr(a, "Layanan Reformasi Kinerja"), "17.08"); // L423
}

#[test]
fn kotabumi_jenis_belanja_dan_sumber_dana() {
    // L376–387 rest on the original allocation 4.663.135.000 and cannot share a year with the
    // SAKTI table in the dataset; their printed "Sisa" column is checked with the engine here.
    let pos = |kode: &str, nama: &str, pagu: i64, realisasi: i64| PosAnggaran {
        kode: kode.into(),
        nama: nama.into(),
        pagu: Angka(Decimal::from(pagu)),
        realisasi: Some(Angka(Decimal::from(realisasi))),
    };
    let a = AnggaranTahun {
        tahun: 2022,
        dipa_awal: None,
        revisi: vec![],
        pagu: Some(Angka(Decimal::from(4_663_135_000_i64))), // L273
        realisasi: None,
        program: vec![],
        jenis_belanja: vec![
            pos("51", "Belanja Pegawai", 1_363_436_000, 1_356_096_496),
            pos("52", "Belanja Barang", 3_200_592_000, 3_114_798_352),
            pos("53", "Belanja Modal", 99_107_000, 99_107_000),
        ],
        sumber_dana: vec![
            pos("RM", "Rupiah Murni", 2_690_123_000, 2_660_012_998),
            pos(
                "PNBP",
                "Penerimaan Negara Bukan Pajak",
                1_973_012_000,
                1_909_988_850,
            ),
        ],
        realisasi_bulanan: vec![],
    };
    let mut temuan = Vec::new();
    let h = kinerja_domain::engine::anggaran::hitung(&a, &DataPath::root(), &mut temuan).unwrap();
    assert!(temuan.is_empty(), "{temuan:?}"); // both breakdowns sum to 4.663.135.000 (L273)
    cek(sisa(&h.jenis_belanja, "Belanja Pegawai"), "7339504"); // L377
    cek(sisa(&h.jenis_belanja, "Belanja Barang"), "85793648"); // L378
    cek(sisa(&h.jenis_belanja, "Belanja Modal"), "0"); // L379
    let sd = &h.sumber_dana;
    cek(sisa(sd, "Rupiah Murni"), "30110002"); // L386
    cek(sisa(sd, "Penerimaan Negara Bukan Pajak"), "63023150"); // L387
}

#[test]
fn kotabumi_ikpa_semester_i() {
    let (_, p) = muat("kanim-kotabumi-2022.toml");
    let h = ikpa(&p, 2022);
    cek(komponen_ikpa(h, "revisi_dipa"), "10.00"); // L476
    cek(komponen_ikpa(h, "deviasi_halaman_iii_dipa"), "7.58"); // L476
    cek(komponen_ikpa(h, "penyerapan_anggaran"), "20.00"); // L476
    cek(komponen_ikpa(h, "belanja_kontraktual"), "9.70"); // L476
    cek(komponen_ikpa(h, "penyelesaian_tagihan"), "10.00"); // L476
    cek(komponen_ikpa(h, "pengelolaan_up_tup"), "10.00"); // L476
    cek(komponen_ikpa(h, "dispensasi_spm"), "5.00"); // L476
    cek(komponen_ikpa(h, "capaian_output"), "24.87"); // L476
    cek(t(&h.nilai_total), "97.14"); // L474
    cek(t(&h.konversi_bobot), "100"); // L474
    cek(t(&h.nilai_akhir), "97.14"); // L474 (L479 prints 98,54)
    cek(aspek(h, Aspek::Perencanaan), "87.88"); // L477
    cek(aspek(h, Aspek::Pelaksanaan), "99.45"); // L477 prints 99.40
    cek(aspek(h, Aspek::Hasil), "99.46"); // L477
}

#[test]
fn kotabumi_wilayah_kerja() {
    let (ds, p) = muat("kanim-kotabumi-2022.toml");
    let judul = "Wilayah Kerja Kantor Imigrasi Kelas III Non TPI Kotabumi";
    cek(jumlah_statistik(&ds, &p, judul, 0), "114"); // L166, L176
    cek(jumlah_statistik(&ds, &p, judul, 1), "1084"); // L166, L176
    cek(jumlah_statistik(&ds, &p, judul, 2), "2537891"); // L176
}

// --- The fictional example of docs/dataset.md (datasets/contoh-rudenim-2024.toml) -------------

#[test]
fn contoh_rudenim_sesuai_dokumentasi() {
    // The figures docs/dataset.md and the example's comments quote.
    let (_, p) = muat("contoh-rudenim-2024.toml");
    assert!(capaian(&p, "IKK-1").is_none()); // 0 ÷ 0: tidak ada kasus
    cek(realisasi(&p, "IKK-2"), "92.00");
    cek(capaian(&p, "IKK-2"), "102.22");
    cek(standar_nasional(&p, "IKK-2"), "103.78");
    cek(realisasi(&p, "IKK-3"), "97.20");
    cek(capaian(&p, "IKK-3"), "108.00");
    cek(capaian(&p, "IKK-4"), "90.00");
    cek(capaian(&p, "IKK-5"), "110.32");
    let h = ipk(&p, "IKP-2");
    assert_eq!(h.kelompok.len(), 1);
    cek(t(&h.nilai), "3.71");
    cek(capaian(&p, "IKP-2"), "118.15");
    cek(jangka_menengah(&p, "IKP-2"), "118.15");
    cek(t(p.rata_rata.as_ref().unwrap()), "103.46"); // (102,22 + 108,00 + 100,16) ÷ 3
    cek(t(anggaran(&p, 2024).persentase.as_ref().unwrap()), "98.66");
    cek(pnbp_persen(&p, 2024), "120.00");
    cek(smart_ne(&p, 2024), "66.25");
    cek(smart_nka(&p, 2024), "89.34");
    cek(t(&ikpa(&p, 2024).nilai_akhir), "98.50");
}
