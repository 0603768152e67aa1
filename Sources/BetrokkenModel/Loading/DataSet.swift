import Foundation

/// Everything the program works with: the register, the loaded profiles, each municipality's situation on the
/// as-of date, and what went wrong loading them.
public struct DataSet: Sendable {
  /// The municipality register the profiles were checked against.
  public var registry: MunicipalityRegistry
  /// Changing the profiles recomputes the situations.
  public var profiles: [Profile] { didSet { situations = Self.situations(profiles, asOf: asOf, bodies: bodies) } }
  /// Bodies shared by several municipalities (`bodies/`).
  public private(set) var bodies: [SharedBody] = []
  /// The layers the data was read from, lowest first (empty when loaded from one directory).
  public private(set) var layers: [DataLayer] = []
  /// Every error, warning and note loading found, in the files and in references between profiles and bodies.
  public var diagnostics: [Diagnostic]
  /// How many profile files were read, with or without errors.
  public var filesRead: Int
  /// Profile files read without errors: with layers, one municipality may have a file in several.
  public var validFiles: Int
  /// The date every view and check looks at.
  public private(set) var asOf: CalendarDate
  /// One per profile, in the profiles' order: the newest record on or before `asOf`.
  public private(set) var situations: [Situation]

  init(
    registry: MunicipalityRegistry, profiles: [Profile], diagnostics: [Diagnostic], filesRead: Int, asOf: CalendarDate,
    bodies: [SharedBody] = [], layers: [DataLayer] = [], validFiles: Int? = nil
  ) {
    self.registry = registry
    self.validFiles = validFiles ?? profiles.count
    self.profiles = profiles
    self.diagnostics = diagnostics
    self.filesRead = filesRead
    self.asOf = asOf
    self.bodies = bodies
    self.layers = layers
    situations = Self.situations(profiles, asOf: asOf, bodies: bodies)
  }

  static func situations(_ profiles: [Profile], asOf: CalendarDate, bodies: [SharedBody]) -> [Situation] {
    let byID = Dictionary(bodies.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    return profiles.map { Situation($0, asOf: asOf, bodies: byID) }
  }

  /// Loads the register, the shared bodies, then the profiles of `paths` (or the directory's profiles when empty),
  /// and checks the references between profiles and bodies on the as-of date.
  public static func load(directory: DataDirectory, paths: [String] = [], asOf: CalendarDate) -> DataSet {
    let (registry, registryProblems) = MunicipalityRegistry.load(from: directory.registryPath)
    let result = ProfileLoader.load(paths: paths.isEmpty ? [directory.profilesPath] : paths, registry: registry)
    let (bodies, bodyProblems) =
      directory.bodiesPath.map { BodyLoader.load(directory: $0, registry: registry) } ?? ([], [])
    let references = BodyMembershipCheck.diagnostics(
      profiles: result.profiles, bodies: bodies, asOf: asOf,
      bodiesLoaded: directory.bodiesPath != nil)
    return DataSet(
      registry: registry, profiles: result.profiles,
      diagnostics: registryProblems + result.diagnostics + bodyProblems + references,
      filesRead: result.filesRead, asOf: asOf, bodies: bodies)
  }

  /// The same data looked at on another date.
  public func asOf(_ date: CalendarDate) -> DataSet {
    var copy = self
    copy.asOf = date
    copy.situations = Self.situations(profiles, asOf: date, bodies: bodies)
    return copy
  }

  /// The loaded shared body with this id, or nil.
  public func body(withID id: String) -> SharedBody? { bodies.first { $0.id == id } }

  /// Profiles read from version-1 files and converted in memory.
  public var convertedFromVersion1: [Profile] { profiles.filter { $0.fileFormatVersion == 1 } }

  /// How many of the diagnostics are errors.
  public var errorCount: Int { diagnostics.count { $0.severity == .error } }

  /// The files that have errors and so were not loaded (one entry per file, however many errors it has).
  public var failedFiles: [String] {
    var seen = Set<String>()
    return diagnostics.filter { $0.severity == .error }.map(\.file).filter { seen.insert($0).inserted }
  }

  /// How many of the diagnostics are warnings.
  public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

  /// The municipality with a profile a query means (see `MunicipalityQuery`), or why none.
  public func match(_ query: String) -> MunicipalityQuery.Match {
    MunicipalityQuery(situations.map { ($0.code, $0.name) }).match(query)
  }

  /// The situation a query means, when exactly one fits.
  public func situation(matching query: String) -> Situation? {
    guard case .found(let code) = match(query) else { return nil }
    return situation(code: code)
  }

  /// The situation of the municipality with exactly this CBS code, or nil when no profile has it.
  public func situation(code: String) -> Situation? {
    situations.first { $0.code == code }
  }

  /// The names of up to three municipalities with a profile that a query could mean: those its prefix fits, or
  /// close names.
  public func suggestions(for query: String) -> [String] {
    switch match(query) {
    case .found: []
    case .ambiguous(let codes), .none(let codes): codes.compactMap { situation(code: $0)?.name }
    }
  }
}
