import BetrokkenModel
import Foundation
import Testing

/// The exports of `check`, `compare`, `overview` and `list`: Markdown documents (goldens, and every table line with
/// as many cells as its header), CSV in both dialects read back by Python's csv module from the program's own bytes,
/// and the list as JSON.
@Suite struct ExportTests {
  static let fourMunicipalities = ["Almere", "Amersfoort", "Peel en Maas", "Deventer"]

  // MARK: Markdown

  @Test func checkAsMarkdown() throws {
    let result = try run(["check", "Heerenveen", "peel en maas", "--format", "markdown"] + asOf)
    #expect(result.status == 0, "the exit code is the text report's: \(result.stderr)")
    expectGoldenOutput(result.stdout, "check-heerenveen-peel-en-maas-markdown.md")
    expectWellFormedTables(result.stdout)
    #expect(result.stdout.hasPrefix("## Heerenveen (GM0074), op 29 november 2026\n"))
    #expect(result.stdout.contains("\n## Peel en Maas (GM1894), op 29 november 2026\n"))
    #expect(result.stdout.contains("(CVDR339679/1), art. 1"), "the regulation with identifier and article")
    for rule in AttentionRule.allCases {
      #expect(!result.stdout.contains("| \(rule.rawValue) |"), "attention points by title, not by id")
    }
  }

  @Test func compareAsMarkdown() throws {
    let result = try run(["compare"] + Self.fourMunicipalities + ["--format", "markdown"] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    expectGoldenOutput(result.stdout, "compare-4-markdown.md")
    let header = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("| ") })
    #expect(header == "| dimensie | Almere | Amersfoort | Peel en Maas | Deventer | verschil |")
    let full = expectWellFormedTables(result.stdout)
    #expect(full.contains { !isInformationOrLabel($0) && $0.last == "" }, "rows that are the same show no mark")
    // Only the differences: every compared row says how it differs.
    let differences = try run(
      ["compare"] + Self.fourMunicipalities + ["--format", "markdown", "--differences-only"] + asOf)
    #expect(differences.status == 0)
    let rows = expectWellFormedTables(differences.stdout)
    #expect(rows.count < full.count)
    for row in rows where !isInformationOrLabel(row) {
      #expect(row.last != "", "\(row)")
    }
  }

  @Test func overviewAsMarkdown() throws {
    let result = try run(["overview", "--format", "markdown"] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    expectGoldenOutput(result.stdout, "overview-markdown.md")
    expectWellFormedTables(result.stdout)
    #expect(result.stdout.hasPrefix("## Overzicht van alle gemeenten op 29 november 2026\n"))
    // The comparison of two dates stays text only: asking for it in Markdown is a usage error.
    let both = try run(["overview", "--format", "markdown", "--compare-with", "2015-09-30"] + asOf)
    #expect(both.status == 64)
    #expect(both.stderr.contains("--format markdown gaat niet samen met --compare-with"), "\(both.stderr)")
  }

  @Test func listAsMarkdown() throws {
    let result = try run(["list", "--format", "markdown"] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    expectGoldenOutput(result.stdout, "list-markdown.md")
    let rows = expectWellFormedTables(result.stdout)
    #expect(rows.count == 21, "every municipality, below the header")
    #expect(rows.contains { $0.first == "GM0034" && $0[1] == "Almere" })
    #expect(result.stdout.contains("|---|---|---|---:|---|---|---:|---|\n"), "numbers aligned right")
  }

  // MARK: CSV and JSON

  @Test func compareAsDutchSpreadsheetCSV() throws {
    let dutch = try parsedCSV(["compare"] + Self.fourMunicipalities + ["--format", "csv-nl"] + asOf, delimiter: ";")
    #expect(dutch.byteOrderMark)
    #expect(dutch.lineEnds == dutch.rows.count, "every row ends in CRLF")
    let header = try #require(dutch.rows.first)
    #expect(header.count == 3 + 4)
    #expect(header.last == "Deventer (GM0150)", "the last municipality is the last column")
    #expect(dutch.rows.allSatisfy { $0.count == header.count })
    // The same rows as the RFC 4180 CSV.
    let rfc = try parsedCSV(["compare"] + Self.fourMunicipalities + ["--format", "csv"] + asOf, delimiter: nil)
    #expect(!rfc.byteOrderMark)
    #expect(rfc.rows == dutch.rows)
  }

  @Test func listAsDutchSpreadsheetCSV() throws {
    let csv = try parsedCSV(["list", "--format", "csv-nl"] + asOf, delimiter: ";")
    #expect(csv.byteOrderMark)
    #expect(csv.lineEnds == csv.rows.count)
    let header = try #require(csv.rows.first)
    #expect(csv.rows.count == 1 + 21)
    #expect(csv.rows.allSatisfy { $0.count == header.count })
    let lastCode = try lastCodeInJSON()
    #expect(csv.rows.last?.first == lastCode, "the last row is the last municipality")
    let almere = try #require(csv.rows.first { $0.first == "GM0034" })
    #expect(almere[3] == "232650", "whole numbers without grouping")
    #expect(almere[4] == "129,19", "decimal comma")
  }

  @Test func listAsCSV() throws {
    let csv = try parsedCSV(["list", "--format", "csv"] + asOf, delimiter: nil)
    #expect(!csv.byteOrderMark)
    let header = try #require(csv.rows.first)
    #expect(csv.rows.count == 1 + 21)
    #expect(csv.rows.allSatisfy { $0.count == header.count })
    let lastCode = try lastCodeInJSON()
    #expect(csv.rows.last?.first == lastCode)
    let almere = try #require(csv.rows.first { $0.first == "GM0034" })
    #expect(almere[3] == "232650")
    #expect(almere[4] == "129.19")
  }

  @Test func listAsJSON() throws {
    let entries = try listJSON()
    #expect(entries.count == 21)
    let keys: Set<String> = [
      "code", "name", "province", "population", "areaKm2", "record", "layer", "forms", "unknownStatusForms",
      "highestRung",
    ]
    for entry in entries { #expect(Set(entry.keys) == keys, "\(entry)") }
    let almere = try #require(entries.first { $0["code"] as? String == "GM0034" })
    #expect(almere["population"] as? Int == 232_650)
    #expect(abs((almere["areaKm2"] as? Double ?? 0) - 129.19) < 0.001)
    #expect(almere["layer"] as? String == "shipped")
    #expect(almere["highestRung"] as? String == "advise")
    #expect(almere["forms"] as? Int == 1)
    #expect(almere["unknownStatusForms"] as? Int == 1)
    // The same in English: JSON does not depend on the interface language.
    var english = isolatedEnvironment
    english["LANG"] = "en_GB.UTF-8"
    let inEnglish = try run(["list", "--format", "json"] + asOf, environment: english)
    let inDutch = try run(["list", "--format", "json"] + asOf)
    #expect(inEnglish.stdout == inDutch.stdout)
  }

  // MARK: Helpers

  /// The rows of every table, as cells without the escaping, after checking that each table has a header, an
  /// alignment row, and as many cells in each line as in its header. Returns the data rows of all tables.
  @discardableResult
  func expectWellFormedTables(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [[String]] {
    var rows: [[String]] = []
    var lineInTable = 0
    var headerCells = 0
    var tables = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        lineInTable = 0
        continue
      }
      let cells = markdownCells(line)
      switch lineInTable {
      case 0:
        headerCells = cells.count
        tables += 1
      case 1:
        #expect(
          cells.allSatisfy { $0 == "---" || $0 == "---:" }, "alignment row: \(line)", sourceLocation: sourceLocation)
        #expect(cells.count == headerCells, "\(line)", sourceLocation: sourceLocation)
      default:
        #expect(cells.count == headerCells, "as many cells as the header: \(line)", sourceLocation: sourceLocation)
        rows.append(cells)
      }
      lineInTable += 1
    }
    #expect(tables > 0, "at least one table", sourceLocation: sourceLocation)
    return rows
  }

  /// A table line's cells, split at the pipes that are not escaped, trimmed.
  func markdownCells(_ line: Substring) -> [String] {
    #expect(line.hasSuffix("|"), "\(line)")
    var cells: [String] = []
    var current = ""
    var previous: Character?
    for character in line.dropFirst() {
      if character == "|" && previous != "\\" {
        cells.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
      } else {
        current.append(character)
      }
      previous = character
    }
    return cells
  }

  /// The comparison's rows that compare nothing: who each column is, and the bold section labels.
  func isInformationOrLabel(_ row: [String]) -> Bool {
    guard let first = row.first else { return true }
    return first.hasPrefix("**") || ["code", "provincie", "inwoners 2025", "record"].contains(first)
  }

  /// A CSV output as Python's csv module reads it from the program's bytes: whether it starts with a UTF-8
  /// byte-order mark, how many CRLF line ends it has, and the rows. `delimiter` nil: the module's default dialect.
  func parsedCSV(_ arguments: [String], delimiter: String?) throws -> (
    byteOrderMark: Bool, lineEnds: Int, rows: [[String]]
  ) {
    let script = """
      import csv, io, json, subprocess, sys
      delimiter = sys.argv[1]
      raw = subprocess.run(sys.argv[2:], capture_output=True, check=True).stdout
      text = raw.decode("utf-8-sig")
      stream = io.StringIO(text, newline="")
      rows = list(csv.reader(stream) if delimiter == "default" else csv.reader(stream, delimiter=delimiter))
      print(json.dumps({"bom": raw.startswith(b"\\xef\\xbb\\xbf"), "crlf": raw.count(b"\\r\\n"), "rows": rows}))
      """
    let result = try run(
      ["python3", "-c", script, delimiter ?? "default", binary] + arguments, executable: "/usr/bin/env")
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return (
      object["bom"] as? Bool ?? false, object["crlf"] as? Int ?? -1, object["rows"] as? [[String]] ?? []
    )
  }

  func listJSON() throws -> [[String: Any]] {
    let result = try run(["list", "--format", "json"] + asOf)
    #expect(result.status == 0, "\(result.stderr)")
    return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
  }

  func lastCodeInJSON() throws -> String? {
    try listJSON().last?["code"] as? String
  }
}
