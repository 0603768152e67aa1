import BetrokkenModel
import BetrokkenScreen

/// `betrokken list --format json`: an array with one object per municipality. The keys are stable and the values
/// do not depend on the interface language: vocabulary and layer-kind keys, ISO dates, numbers; `null` where there
/// is no record, the register has no entry, or the sources do not say.
struct ListJSON: Encodable {
  var code: String
  var name: String
  var province: OrNull<String>
  var population: OrNull<Int>
  var areaKm2: OrNull<Double>
  /// The id (date) of the record used.
  var record: OrNull<String>
  /// `shipped`, `user` or `named`: the kind of layer the record comes from.
  var layer: OrNull<String>
  /// The forms that count on the date (existing, pilot, or of unknown status).
  var forms: OrNull<Int>
  /// How many of those have no known status (the `+1?` of the text).
  var unknownStatusForms: OrNull<Int>
  /// The highest rung a form in place reaches, as its vocabulary key.
  var highestRung: OrNull<String>

  init(_ profile: Situation, registry: MunicipalityRegistry) {
    let municipality = registry[profile.code]
    code = profile.code
    name = profile.name
    province = OrNull(municipality?.province)
    population = OrNull(municipality?.population)
    areaKm2 = OrNull(municipality?.areaKm2)
    record = OrNull(profile.record?.id.description)
    layer = OrNull(profile.record?.origin?.layer.kind.rawValue)
    forms = OrNull(profile.record.map { _ in profile.formsInPlace.count })
    unknownStatusForms = OrNull(profile.record.map { _ in profile.formsOfUnknownStatus.count })
    highestRung = OrNull(profile.highestRung?.rawValue)
  }

  /// The array as the commands write JSON (sorted keys, two-space indentation).
  static func text(_ profiles: [Situation], registry: MunicipalityRegistry) throws -> String {
    try JSONOutput.text(profiles.map { ListJSON($0, registry: registry) })
  }
}
