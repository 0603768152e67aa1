import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken history GEMEENTE`: the records with their dates, layer and sources, and what changed between each
/// consecutive pair.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: Strings.text("cli.history.abstract"),
    discussion: Strings.text("cli.history.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(
    help: ArgumentHelp(Strings.text("cli.help.municipality"), valueName: Strings.text("cli.valueName.municipality")))
  var municipality: String
  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.help.formatTextJsonMarkdown"), valueName: Strings.text("cli.valueName.format"))
  ) var format: RecordOutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    let profile = try RecordLookup.profile(municipality, in: data)
    let bodies = Dictionary(data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let pairs = zip(profile.records, profile.records.dropFirst()).map {
      RecordDiff(profile, from: $0, to: $1, bodies: bodies)
    }
    func layer(_ record: Record) -> String { record.origin.map { LayerWords.name($0.layer) } ?? "–" }
    func forms(_ record: Record) -> Int { Situation(profile, asOf: record.id, bodies: bodies).formsInPlace.count }
    switch format {
    case .json:
      print(try JSONOutput.text(HistoryJSON(profile, formsInPlace: forms, changes: pairs)))
    case .markdown:
      print("## \(profile.name) (\(profile.code)): \(Strings.count(profile.records.count, "cli.history.record"))\n")
      print(
        "| \(Strings.text("cli.history.column.record")) | \(Strings.text("cli.history.column.layer")) | \(Strings.text("cli.history.column.sources")) | \(Strings.text("cli.history.column.formsInPlace")) |"
      )
      print("|---|---|---|---|")
      for record in profile.records {
        print(
          "| \(record.id) | \(layer(record)) | \(record.sources.map { Markdown.cell($0.title) }.joined(separator: "; ")) | \(forms(record)) |"
        )
      }
      if !pairs.isEmpty {
        print("")
        for diff in pairs { print("- \(diff.from.id) → \(diff.to.id): \(Markdown.cell(DiffWords.summary(diff)))") }
      }
    case .text:
      print("\(profile.name) (\(profile.code)): \(Strings.count(profile.records.count, "cli.history.record"))")
      for (i, record) in profile.records.enumerated() {
        let sources = record.sources.map(\.title).joined(separator: "; ")
        print(
          "  \(record.id)  \(layer(record))  \(Strings.count(forms(record), "cli.history.form"))  \(Strings.text("cli.history.sources", sources))"
        )
        if i < pairs.count { print("    → \(pairs[i].to.id): \(DiffWords.summary(pairs[i]))") }
      }
    }
  }
}
