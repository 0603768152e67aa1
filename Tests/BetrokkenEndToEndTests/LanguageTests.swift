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
    let compare = try run(["compare", "Almere", "Amersfoort", "--width", "80", "--height", "24"] + asOf, environment: english)
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

  @Test(arguments: [
    (["LANG": "en_US.UTF-8"], [String](), "profiles on"),
    (["LANG": "en_GB.UTF-8", "LC_MESSAGES": "nl_NL.UTF-8"], [], "profielen op"),
    (["LC_ALL": "en_US.UTF-8", "LANG": "nl_NL.UTF-8"], [], "profiles on"),
    (["LANG": "en_US.UTF-8"], ["--lang", "nl"], "profielen op"),
    (["LANG": "nl_NL.UTF-8"], ["--lang=en"], "profiles on"),
  ])
  func theLanguageComesFromLangThenTheEnvironment(_ variables: [String: String], _ arguments: [String], _ expected: String) throws {
    let result = try run(["list"] + arguments + asOf, environment: environment(variables))
    #expect(result.status == 0)
    #expect(result.stdout.contains("21 \(expected) 2026-11-29"), "\(result.stdout.suffix(200))")
  }
}
