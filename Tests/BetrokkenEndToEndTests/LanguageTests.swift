import Foundation
import Testing

/// The commands in English: from `--lang en`, or from LANG (LC_ALL and LC_MESSAGES unset); `--lang` wins over the
/// environment; JSON does not change. Goldens pinned to the date.
@Suite struct LanguageTests {
  func environment(_ variables: [String: String]) -> [String: String] {
    var environment = isolatedEnvironment
    for (key, value) in variables { environment[key] = value }
    return environment
  }

  @Test func englishGoldensOfTheCommands() throws {
    let english = environment(["LANG": "en_US.UTF-8"])
    let check = try run(["check", "Heerenveen", "peel en maas"] + asOf, environment: english)
    #expect(check.status == 0)
    expectGoldenOutput(check.stdout, "check-heerenveen-peel-en-maas-en.txt")
    let compare = try run(
      ["compare", "Almere", "Amersfoort", "--width", "80", "--height", "24"] + asOf, environment: english)
    expectGoldenOutput(compare.stdout, "compare-2-80x24-en.txt")
    let overview = try run(["overview"] + asOf, environment: english)
    expectGoldenOutput(overview.stdout, "overview-100-cli-en.txt")
    let help = try run(["--help"], environment: english)
    expectGoldenOutput(help.stdout, "help-en.txt")
    let checkHelp = try run(["check", "--help"], environment: english)
    expectGoldenOutput(checkHelp.stdout, "help-check-en.txt")
    // JSON is the same in both languages.
    let jsonEnglish = try run(["check", "Heerenveen", "--format", "json"] + asOf, environment: english)
    let jsonDutch = try run(["check", "Heerenveen", "--format", "json"] + asOf)
    #expect(jsonEnglish.stdout == jsonDutch.stdout)
  }

  @Test func usageErrorsInTheChosenLanguage() throws {
    let english = try run(["list", "--as-of", "gisteren", "--lang", "en"])
    #expect(english.status == 64)
    #expect(english.stderr.contains("--as-of expects a date"), "\(english.stderr)")
    let dutch = try run(["list", "--as-of", "gisteren"])
    #expect(dutch.stderr.contains("--as-of verwacht een datum"), "\(dutch.stderr)")
    let unknown = try run(["list", "--lang", "fr"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr == "--lang verwacht nl of en; gevonden \"fr\".\n")
  }

  /// swift-argument-parser writes its help titles, its options and its parse errors in English; in Dutch they come
  /// from our table, values and exit codes unchanged.
  @Test func theParsersOwnWordsInDutch() throws {
    let help = try run(["--help"])
    #expect(help.status == 0)
    expectGoldenOutput(help.stdout, "help-nl.txt")
    let checkHelp = try run(["check", "--help"])
    expectGoldenOutput(checkHelp.stdout, "help-check-nl.txt")
    for english in ["USAGE:", "OPTIONS:", "ARGUMENTS:", "SUBCOMMANDS:", "Show help", "values:", "default"] {
      #expect(!(help.stdout + checkHelp.stdout).contains(english), "\(english)")
    }
    let unknownOption = try run(["check", "--bogus"])
    #expect(unknownOption.status == 64)
    #expect(
      unknownOption.stderr.hasPrefix("Fout: Onbekende optie '--bogus'\nGebruik: betrokken check "),
      "\(unknownOption.stderr)")
    #expect(
      unknownOption.stderr.hasSuffix("  Zie 'betrokken check --help' voor meer informatie.\n"),
      "\(unknownOption.stderr)")
    let missing = try run(["set"])
    #expect(missing.status == 64)
    #expect(
      missing.stderr.hasPrefix("Fout: Argument ontbreekt: '<GEMEENTE>'\nHulp:  <GEMEENTE>  Gemeente: code of naam.\n"),
      "\(missing.stderr)")
    let badValue = try run(["check", "--format", "xml"])
    #expect(badValue.status == 64)
    #expect(
      badValue.stderr.hasPrefix(
        "Fout: De waarde 'xml' is ongeldig voor '--format <FORMAAT>'. Kies een van 'text', 'json' of 'markdown'.\n"),
      "\(badValue.stderr)")
    let ours = try run(["list", "--as-of", "gisteren"])
    #expect(ours.stderr.hasPrefix("Fout: --as-of verwacht een datum"), "\(ours.stderr)")
    // In English the library's text is left as it wrote it.
    let english = try run(["check", "--bogus", "--lang", "en"])
    #expect(english.status == 64)
    #expect(english.stderr.hasPrefix("Error: Unknown option '--bogus'\nUsage: betrokken check "), "\(english.stderr)")
  }

  /// `validate` names file, line, column and what was expected, in the interface language; `--format json` does
  /// not change with it.
  @Test func validateErrorsInBothLanguages() throws {
    let bad = packageRoot + "/Tests/Fixtures/bad"
    let dutch = try run(["validate", "--only-data", bad] + asOf)
    #expect(dutch.status == 1)
    let english = try run(["validate", "--only-data", bad, "--lang", "en"] + asOf)
    #expect(english.status == 1)
    expectGoldenOutput(dutch.stdout.replacingOccurrences(of: packageRoot, with: "ROOT"), "validate-bad-nl.txt")
    expectGoldenOutput(english.stdout.replacingOccurrences(of: packageRoot, with: "ROOT"), "validate-bad-en.txt")
    let jsonDutch = try run(["validate", "--only-data", bad, "--format", "json"] + asOf)
    let jsonEnglish = try run(["validate", "--only-data", bad, "--format", "json", "--lang", "en"] + asOf)
    #expect(jsonDutch.stdout == jsonEnglish.stdout)
    #expect(jsonDutch.stdout.contains("\"problem\""))
  }

  @Test(arguments: [
    (["LANG": "en_US.UTF-8"], [String](), "profiles on"),
    (["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"], [], "profielen op"),
    (["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"], [], "profiles on"),
    (["LANG": "en_US.UTF-8"], ["--lang", "nl"], "profielen op"),
    (["LANG": "nl_NL.UTF-8"], ["--lang=en"], "profiles on"),
  ])
  func theLanguageComesFromLangThenTheEnvironment(
    _ variables: [String: String], _ arguments: [String], _ expected: String
  ) throws {
    let result = try run(["list"] + arguments + asOf, environment: environment(variables))
    #expect(result.status == 0)
    #expect(result.stdout.contains("21 \(expected) 2026-11-29"), "\(result.stdout.suffix(200))")
  }
}
