//! The one place that prints and writes files: stdout, stderr, and atomic file writes
//! (a temporary file in the same directory, then a rename: nothing is left half-written).

use std::io::Write;
use std::path::Path;

/// Prints to standard output; a closed pipe is not an error.
#[allow(clippy::print_stdout)]
pub(crate) fn cetak(teks: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(teks.as_bytes());
    let _ = out.flush();
}

/// Prints to standard error.
#[allow(clippy::print_stderr)]
pub(crate) fn galat(teks: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(teks.as_bytes());
    if !teks.ends_with('\n') {
        let _ = err.write_all(b"\n");
    }
}

/// Writes `isi` to `path` atomically.
#[allow(dead_code)]
pub(crate) fn tulis_atomik(path: &Path, isi: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let nama = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("keluaran");
    let sementara = dir.join(format!(".{nama}.{}.sementara", std::process::id()));
    let tulis = || -> std::io::Result<()> {
        let mut f = std::fs::File::create(&sementara)?;
        f.write_all(isi)?;
        f.sync_all()?;
        std::fs::rename(&sementara, path)
    };
    tulis().map_err(|e| {
        let _ = std::fs::remove_file(&sementara);
        anyhow::anyhow!("berkas \"{}\" tidak dapat ditulis: {e}", path.display())
    })
}
