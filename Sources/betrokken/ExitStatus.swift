import ArgumentParser

/// The exit codes, one per meaning, the same in every command (listed in the README).
enum ExitStatus {
  /// A finding: a legal item not met (`check`), invalid data (`validate`, a refused edit, a stale schema).
  static let finding = ExitCode(1)
  /// The dashboard refused to start (not a terminal, no usable `TERM`).
  static let refused = ExitCode(2)
  /// An unknown or ambiguous municipality, or a record that is not there.
  static let unknownName = ExitCode(3)
  /// Wrong use of the command line.
  static let usage = ExitCode(64)
  /// A file or directory that cannot be read or written.
  static let io = ExitCode(74)
}
