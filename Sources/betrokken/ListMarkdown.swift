import BetrokkenModel
import BetrokkenScreen

/// `betrokken list --format markdown`: a heading with the date, the same columns as the text table with every
/// municipality, and the legend below it.
enum ListMarkdown {
  static func text(_ profiles: [Situation], data: DataSet) -> String {
    var document = MarkdownDocument()
    document.heading(Strings.text("cli.list.markdown.heading", DateWords.long(data.asOf)))
    var table = MarkdownTable(
      columns: ListTable.columns.map { MarkdownTable.Column($0.title, alignment: $0.isNumeric ? .right : .left) })
    for profile in profiles { table.append(ListTable.cells(profile, registry: data.registry)) }
    document.table(table)
    document.paragraph(
      Strings.text("cli.list.footer", Strings.count(profiles.count, "cli.list.profile"), "\(data.asOf)"))
    return document.rendered
  }
}
