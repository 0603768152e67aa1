import Foundation

/// A data directory: `municipalities.csv` (the register) and `profiles/` (one JSON file per municipality).
/// A directory without a `profiles/` folder is taken to hold the profiles itself; one without a register
/// uses the shipped register.
public struct DataDirectory: Sendable {
  /// The directory as given.
  public var path: String
  /// Where the profiles are: `profiles/` inside the directory, or the directory itself when it has none.
  public var profilesPath: String
  var registryPath: String
  /// The directory's own `municipalities.csv`, when it has one.
  public var ownRegistryPath: String?
  /// `bodies/` beside `profiles/`, when there is one.
  public var bodiesPath: String?

  /// Looks at what `path` holds. `shipped` is the shipped data directory, whose register is used when `path` has none;
  /// without it a missing register is reported when the data is loaded.
  public init(path: String, shipped: String?) {
    self.path = path
    let base = path.hasSuffix("/") ? String(path.dropLast()) : path
    if case .success(.directory) = FileSystem.kind(of: base + "/profiles") {
      profilesPath = base + "/profiles"
    } else {
      profilesPath = base
    }
    if case .success(.directory) = FileSystem.kind(of: base + "/bodies") { bodiesPath = base + "/bodies" }
    let ownRegistry = base + "/municipalities.csv"
    if case .success(.file) = FileSystem.kind(of: ownRegistry) {
      registryPath = ownRegistry
      ownRegistryPath = ownRegistry
    } else if let shipped {
      registryPath = shipped + "/municipalities.csv"
    } else {
      registryPath = ownRegistry
    }
  }

  /// Whether `path` looks like the shipped data directory.
  public static func isDataDirectory(_ path: String) -> Bool {
    if case .success(.file) = FileSystem.kind(of: path + "/municipalities.csv") { return true }
    return false
  }
}
