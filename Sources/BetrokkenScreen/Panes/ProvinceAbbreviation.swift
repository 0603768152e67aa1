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
}
