import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

/// `betrokken diff GEMEENTE [FROM] [TO]`: what changed between two records.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: Strings.text("cli.diff.abstract"),
    discussion: Strings.text("cli.diff.discussion")
  )

  @OptionGroup var dataOptions: DataOptions
  @Argument(
    help: ArgumentHelp(Strings.text("cli.help.municipality"), valueName: Strings.text("cli.valueName.municipality")))
  var municipality: String
  @Argument(help: ArgumentHelp(Strings.text("cli.diff.fromHelp"), valueName: Strings.text("cli.valueName.from")))
  var from: String?
  @Argument(help: ArgumentHelp(Strings.text("cli.diff.toHelp"), valueName: Strings.text("cli.valueName.to"))) var to:
    String?
  @Option(
    name: .long,
    help: ArgumentHelp(Strings.text("cli.help.formatTextJsonMarkdown"), valueName: Strings.text("cli.valueName.format"))
  ) var format: RecordOutputFormat = .text

  func run() throws {
    let data = dataOptions.load()
    let profile = try RecordLookup.profile(municipality, in: data)
    let first = try from.map { try RecordLookup.record($0, of: profile) } ?? profile.records.first!
    let last = try to.map { try RecordLookup.record($0, of: profile) } ?? profile.records.last!
    let bodies = Dictionary(data.bodies.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let diff = RecordDiff(profile, from: first, to: last, bodies: bodies)
    let title = "\(profile.name) (\(profile.code)): \(first.id) → \(last.id)"
    switch format {
    case .json:
      print(try JSONOutput.text(DiffJSON(diff)))
    case .markdown:
      print("## \(title)\n")
      print("| | \(Strings.text("cli.diff.column.change")) |")
      print("|---|---|")
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("| | \(Strings.text("cli.diff.noDifference")) |") }
      for (sign, text) in lines { print("| \(sign) | \(Markdown.cell(text)) |") }
    case .text:
      print(title)
      let lines = DiffWords.lines(diff)
      if lines.isEmpty { print("  \(Strings.text("cli.diff.noDifference"))") }
      for (sign, text) in lines { print("  \(sign) \(text)") }
      if !diff.verdicts.isEmpty || diff.readiness.from != diff.readiness.to {
        print("  \(Strings.text("cli.diff.verdictsAtOwnDate"))")
      }
    }
  }
}
