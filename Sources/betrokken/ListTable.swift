import BetrokkenModel
import BetrokkenScreen

/// The columns of `betrokken list` and each municipality's cells in words, shared by the text table and the
/// Markdown table: code, name, province, population, the record used, its layer, the forms that count, the highest
/// rung.
enum ListTable {
  /// A column's title and whether it holds numbers (aligned right).
  struct Column {
    var title: String
    var isNumeric = false
  }

  static var columns: [Column] {
    [
      Column(title: Strings.text("cli.list.column.code")), Column(title: Strings.text("cli.list.column.name")),
      Column(title: Strings.text("cli.list.column.province")),
      Column(title: Strings.text("cli.list.column.population"), isNumeric: true),
      Column(title: Strings.text("cli.list.column.record")), Column(title: Strings.text("cli.list.column.layer")),
      Column(title: Strings.text("cli.list.column.forms"), isNumeric: true),
      Column(title: Strings.text("cli.list.column.highestRung")),
    ]
  }

  /// One row: "–" where there is no record, "?" where the register or the sources do not say.
  static func cells(_ profile: Situation, registry: MunicipalityRegistry) -> [String] {
    let municipality = registry[profile.code]
    return [
      profile.code, profile.name, municipality?.province ?? "?",
      municipality.map { DutchNumber.format($0.population) } ?? "?",
      profile.record.map { $0.id.description } ?? Strings.text("cli.list.noRecord"),
      LayerWords.name(of: profile) ?? "–", FormWords.count(profile),
      profile.record == nil ? "–" : profile.highestRung?.label ?? "?",
    ]
  }

  /// The text table, each line ending in a newline.
  static func text(_ profiles: [Situation], registry: MunicipalityRegistry) -> String {
    var table = TextTable(
      columns: columns.map { TextTable.Column($0.title, alignment: $0.isNumeric ? .right : .left) })
    for profile in profiles { table.append(cells(profile, registry: registry)) }
    return table.rendered
  }
}
