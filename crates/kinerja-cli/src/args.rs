//! Command-line arguments: one `Command` enum; each argument's doc comment is its help text.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// kinerja: akuntabilitas kinerja (SAKIP) unit kerja — dataset, perhitungan, LKjIP, reviu.
#[derive(Debug, Parser)]
#[command(name = "kinerja", version, about, long_about = None)]
pub(crate) struct Args {
    /// Subperintah.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// Output format of `compute`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum FormatCompute {
    /// Tabel yang mudah dibaca.
    Text,
    /// JSON (angka sebagai teks desimal dengan titik).
    Json,
}

/// Output format of `check`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum FormatCheck {
    /// Diagnostik seperti kompilator.
    Text,
    /// JSON.
    Json,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Memeriksa dataset: keluar dengan kode 0 bila sah, 2 bila tidak, dengan setiap masalah dan letaknya.
    Check {
        /// Berkas dataset (TOML).
        dataset: PathBuf,
        /// Format keluaran.
        #[arg(long, value_enum, default_value = "text")]
        format: FormatCheck,
    },
    /// Menghitung dan mencetak setiap angka: capaian, indeks survei, anggaran, PNBP, SMART, IKPA.
    Compute {
        /// Berkas dataset (TOML).
        dataset: PathBuf,
        /// Format keluaran.
        #[arg(long, value_enum, default_value = "text")]
        format: FormatCompute,
    },
    /// Mencetak JSON Schema format dataset (untuk validasi di editor).
    Schema,
}
