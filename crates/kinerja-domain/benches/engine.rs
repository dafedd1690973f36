//! The engine over many unit-years: `cargo bench -p kinerja-domain --bench engine`.
//! Target (issue 2): 1 000 generated unit-years under 1 s.

use kinerja_domain::{Dataset, contoh, hitung};

fn main() {
    divan::main();
}

fn unit_tahun(n: u32) -> Vec<Dataset> {
    (0..n).map(|i| contoh::unit_tahun(i, 2023)).collect()
}

/// Computes every figure of 1 000 unit-years (validation included, as `check` does).
#[divan::bench(sample_count = 10)]
fn seribu_unit_tahun(b: divan::Bencher) {
    let data = unit_tahun(1_000);
    b.bench(|| {
        let mut n = 0;
        for ds in &data {
            let p = hitung(divan::black_box(ds));
            n += p.indikator.len();
        }
        n
    });
}

/// Validation and computation of 1 000 unit-years, as `kinerja check` does for each.
#[divan::bench(sample_count = 10)]
fn seribu_unit_tahun_dengan_validasi(b: divan::Bencher) {
    let data = unit_tahun(1_000);
    b.bench(|| {
        let mut n = 0;
        for ds in &data {
            n += kinerja_domain::validasi::periksa_lengkap(divan::black_box(ds)).len();
        }
        n
    });
}

/// One unit-year.
#[divan::bench]
fn satu_unit_tahun(b: divan::Bencher) {
    let ds = contoh::unit_tahun(7, 2023);
    b.bench(|| hitung(divan::black_box(&ds)));
}
