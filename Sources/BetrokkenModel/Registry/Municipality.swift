/// A municipality of the 2025 CBS register: the reference data every profile is checked against.
public struct Municipality: Sendable, Equatable {
  /// The CBS code: `GM` and four digits (`GM0363`).
  public var code: String
  /// The name as the register gives it (control characters replaced).
  public var name: String
  /// The province it lies in, as the register gives it.
  public var province: String
  /// Number of inhabitants, from the register.
  public var population: Int
  /// Area in square kilometres, from the register.
  public var areaKm2: Double
  /// Codes of bordering municipalities.
  public var neighbours: [String]

}
