//! The `kinerja` command: parse arguments, dispatch to one module per subcommand, print
//! `galat:` messages, set the exit code (0 ok, 1 findings or failure, 2 invalid input).

mod args;
mod commands;
mod keluaran;

use std::process::ExitCode;

use clap::Parser;

/// How a command ended.
pub(crate) enum Hasil {
    /// Success.
    Ok,
    /// The command ran and found something to report (audit findings).
    #[allow(dead_code)] // used once `audit` is wired
    Temuan,
    /// The input was invalid; the message has been printed.
    MasukanTidakSah,
}

fn main() -> ExitCode {
    let args = args::Args::parse();
    let hasil = match args.command {
        args::Command::Check { dataset, format } => commands::check::jalankan(&dataset, format),
        args::Command::Compute { dataset, format } => commands::compute::jalankan(&dataset, format),
        args::Command::Schema => commands::schema::jalankan(),
    };
    match hasil {
        Ok(Hasil::Ok) => ExitCode::SUCCESS,
        Ok(Hasil::Temuan) => ExitCode::from(1),
        Ok(Hasil::MasukanTidakSah) => ExitCode::from(2),
        Err(e) => {
            keluaran::galat(&format!("galat: {e:#}"));
            ExitCode::from(1)
        }
    }
}
