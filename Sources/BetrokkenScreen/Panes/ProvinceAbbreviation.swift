/// The usual two-letter province abbreviations, for narrow lists.
enum ProvinceAbbreviation {
  static func of(_ province: String) -> String {
    switch province {
    case "Groningen": "GR"
    case "Friesland", "Fryslân": "FR"
    case "Drenthe": "DR"
    case "Overijssel": "OV"
    case "Flevoland": "FL"
    case "Gelderland": "GD"
    case "Utrecht": "UT"
    case "Noord-Holland": "NH"
    case "Zuid-Holland": "ZH"
    case "Zeeland": "ZE"
    case "Noord-Brabant": "NB"
    case "Limburg": "LB"
    default: String(province.prefix(2))
    }
  }

  /// Every code with the province's names as people write them (both names of Fryslân), for the help.
  static let all: [(code: String, name: String)] = [
    ("DR", "Drenthe"), ("FL", "Flevoland"), ("FR", "Fryslân (Friesland)"), ("GD", "Gelderland"), ("GR", "Groningen"),
    ("LB", "Limburg"), ("NB", "Noord-Brabant"), ("NH", "Noord-Holland"), ("OV", "Overijssel"), ("UT", "Utrecht"),
    ("ZE", "Zeeland"), ("ZH", "Zuid-Holland"),
  ]
}
