/// A municipality of the 2025 CBS register: the reference data every profile is checked against.
public struct Municipality: Sendable, Equatable {
  public var code: String
  public var name: String
  public var province: String
  public var population: Int
  public var areaKm2: Double
  /// Codes of bordering municipalities.
  public var neighbours: [String]

  public init(code: String, name: String, province: String, population: Int, areaKm2: Double, neighbours: [String]) {
    self.code = code
    self.name = name
    self.province = province
    self.population = population
    self.areaKm2 = areaKm2
    self.neighbours = neighbours
  }
}
