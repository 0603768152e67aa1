import BetrokkenModel
import BetrokkenScreen

/// `betrokken list --format csv` and `--format csv-nl`: one row per municipality with numbers a spreadsheet can
/// count with: population without grouping, the area with the dialect's decimal separator, the forms in place and
/// how many of those have no known status as two columns. An empty field: no record (or not in the register); `?`:
/// the sources do not say.
enum ListCSV {
  static func text(_ profiles: [Situation], registry: MunicipalityRegistry, dialect: CSVWriter.Dialect) -> String {
    let writer = CSVWriter(dialect)
    var rows: [[String]] = [
      [
        Strings.text("cli.list.column.code"), Strings.text("cli.list.column.name"),
        Strings.text("cli.list.column.province"), Strings.text("cli.list.column.population"),
        Strings.text("cli.list.column.area"), Strings.text("cli.list.column.record"),
        Strings.text("cli.list.column.layer"), Strings.text("cli.list.column.forms"),
        Strings.text("cli.list.column.formsUnknownStatus"), Strings.text("cli.list.column.highestRung"),
      ]
    ]
    for profile in profiles {
      let municipality = registry[profile.code]
      let hasRecord = profile.record != nil
      rows.append([
        profile.code, profile.name, municipality?.province ?? "",
        municipality.map { writer.integer($0.population) } ?? "",
        municipality.map { writer.decimal($0.areaKm2) } ?? "",
        profile.record.map { $0.id.description } ?? "",
        LayerWords.name(of: profile) ?? "",
        hasRecord ? writer.integer(profile.formsInPlace.count) : "",
        hasRecord ? writer.integer(profile.formsOfUnknownStatus.count) : "",
        hasRecord ? profile.highestRung?.label ?? "?" : "",
      ])
    }
    return writer.text(rows)
  }
}
