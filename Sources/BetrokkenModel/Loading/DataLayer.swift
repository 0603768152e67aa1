import Foundation

/// One place profiles and shared bodies come from. Layers stack, lowest first: the shipped `Data/`, the user's own
/// layer (`$XDG_DATA_HOME/betrokken`), then each `--data DIR` in the order given. A record in a higher layer
/// replaces the record with the same date in a lower one; records with other dates sit side by side.
public struct DataLayer: Sendable, Equatable {
  /// Where a layer comes from: the shipped data, the user's own layer, or a directory named on the command line.
  public enum Kind: String, Sendable {
    /// The package's `Data/`.
    case shipped
    /// `$XDG_DATA_HOME/betrokken` (default `~/.local/share/betrokken`).
    case user
    /// A directory named with `--data` or `--only-data`.
    case named
  }

  /// Which of the three kinds of layer this is.
  public var kind: Kind
  /// The layer's directory.
  public var path: String

  /// A layer of this kind at `path`; nothing is read until the data is loaded.
  public init(kind: Kind, path: String) {
    self.kind = kind
    self.path = path
  }

  /// The layer as a data directory; `shipped` is the shipped data's path, whose register is used when the layer has
  /// none.
  public func directory(shipped: String?) -> DataDirectory { DataDirectory(path: path, shipped: shipped) }

  /// The user's own layer: `$XDG_DATA_HOME/betrokken`, or `~/.local/share/betrokken`.
  public static func userLayerPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/betrokken" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/betrokken"
  }
}
