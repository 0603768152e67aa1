import Foundation
import Testing

/// The guided editor in the real program, in tmux: a municipality recorded from `new` to a saved record within a
/// keystroke budget, undo and the unsaved-answers question, a kill -9 and the draft restored, a file changed on disk
/// meanwhile, a layer that cannot be written. Each test has its own data and state directories.
@Suite(.serialized) struct EditorEndToEndTests {
  /// A user layer and a state directory of its own, and the environment that points at them.
  final class Home {
    let directory = TemporaryDirectory()
    var data: String { directory.file("data") }
    var state: String { directory.file("state") }
    var file: String { data + "/betrokken/profiles/GM0193.json" }
    /// Whether a draft of Zwolle is in the journal.
    var hasDraft: Bool {
      ((try? FileManager.default.contentsOfDirectory(atPath: state + "/betrokken/drafts")) ?? []).contains {
        $0.hasPrefix("GM0193-")
      }
    }
    var environment: [String: String] {
      var environment = dutchEnvironment(ProcessInfo.processInfo.environment)
      environment["XDG_DATA_HOME"] = data
      environment["XDG_STATE_HOME"] = state
      return environment
    }

    /// `betrokken new Zwolle` on the pinned date.
    init() throws {
      let created = try run(["new", "Zwolle", "--date", testAsOfText], environment: environment)
      #expect(created.status == 0, "\(created.stderr)")
    }

    /// The dashboard on Zwolle; `prefix` goes before the program (setpriv, say), `program` replaces the binary.
    func start(width: Int = 120, height: Int = 40, prefix: String = "", program: String = binary) throws
      -> TmuxSession
    {
      try TmuxSession(
        "\(dutchLanguagePrefix) XDG_DATA_HOME=\(shellQuote(data)) XDG_STATE_HOME=\(shellQuote(state)) \(prefix) "
          + "\(shellQuote(program)) Zwolle --as-of \(testAsOfText)",
        width: width, height: height)
    }
  }

  /// Counts what a user would press: a key, or each character of a text.
  final class Keyboard {
    let session: TmuxSession
    var count = 0
    init(_ session: TmuxSession) { self.session = session }
    func press(_ keys: String...) throws {
      for key in keys { try session.send(key) }
      count += keys.count
    }
    func type(_ text: String) throws {
      try session.type(text)
      count += text.count
    }
    /// Answers in turn: each typed and entered, or skipped with ↓ (nil).
    func answer(_ answers: [String?]) throws {
      for answer in answers {
        if let answer {
          try type(answer)
          try press("Enter")
        } else {
          try press("Down")
        }
      }
    }
  }

  @Test func aMunicipalityRecordedInTheDashboardWithinTheKeystrokeBudget() throws {
    let home = try Home()
    let session = try home.start()
    _ = try session.waitForText("q stop")
    let keys = Keyboard(session)
    try keys.press("e")
    _ = try session.waitForText("Bewerken: Zwolle (record 2026-11-29)")
    // Two sources: the placeholder's title, and one added.
    try keys.type("Verordening 2024")
    try keys.press("Enter", "NPage")
    try keys.type("Jaarverslag")
    try keys.press("Enter", "NPage", "NPage", "NPage")
    // Form 1, cited to source 1, art. 2: advisory council, existing, fixed, indirect, local, advise, three phases.
    try keys.type("Adviesraad")
    try keys.press("Tab")
    try keys.type("1")
    try keys.press("Tab")
    try keys.type("art. 2")
    try keys.press("Enter")
    try keys.answer(["1", "1", nil, nil, "1", "2", "2", "3", "1 2 5"])
    // Form 2, cited to source 2: a citizens' panel that consults.
    try keys.press("NPage")
    try keys.type("Panel")
    try keys.press("Tab")
    try keys.type("2")
    try keys.press("Enter")
    try keys.answer(["5", "1", nil, nil, "2", "1", "2", "2"])
    // A regulation of source 1, art. 1: an ordinance of the council for the Wmo 2015 and the Jeugdwet, read whole,
    // with an article for every legal item.
    try keys.press("NPage", "NPage", "NPage", "NPage")
    _ = try session.waitForText("Nieuwe regeling")
    try keys.type("Verordening")
    try keys.press("Tab")
    try keys.type("1")
    try keys.press("Tab")
    try keys.type("art. 1")
    try keys.press("Enter")
    try keys.answer(["1", "1", nil, nil, nil, "2024-01-01", nil, nil, "1 2", "1"] + (3...8).map({ "art. \($0)" }))
    try keys.press("C-s")
    let saved = try session.waitForText("Bewaard in \(home.file).")
    #expect(!saved.contains("niet bewaard"))
    #expect(keys.count <= 250, "\(keys.count) keystrokes")
    try session.send("Escape")
    _ = try session.waitForText("q stop")
    try session.send("q")
    #expect(session.exitStatus() == 0)

    // validate and check agree with what was entered.
    let validated = try run(["validate", "--as-of", testAsOfText], environment: home.environment)
    #expect(validated.status == 0, "\(validated.stdout)\(validated.stderr)")
    let checked = try run(["check", "Zwolle", "--as-of", testAsOfText], environment: home.environment)
    for (law, article) in [("Wmo 2015 art. 2.1.3 lid 3", 3), ("Jeugdwet art. 2.10", 3)] {
      #expect(
        checked.stdout.contains(
          "  \(law)\n    ✓ (a) voorstellen voor beleid doen: voldaan — geregeld in Verordening, art. \(article)"))
    }
    #expect(checked.stdout.contains("✓ (f) de nodige informatie krijgen: voldaan — geregeld in Verordening, art. 8"))
    let text = try #require(readText(home.file))
    #expect(text.contains("{\"id\": \"bron\", \"title\": \"Verordening 2024\""))
    #expect(text.contains("{\"id\": \"jaarverslag\", \"title\": \"Jaarverslag\""))
    #expect(text.contains("\"name\": \"Adviesraad\"") && text.contains("\"name\": \"Panel\""))
    #expect(text.contains("\"phases\": [\"agenda\", \"formulation\", \"evaluation\"]"))
    #expect(text.contains("\"scope\": [\"wmo2015\", \"youthAct\"]"))
    #expect(!home.hasDraft, "a saved session leaves no draft")
  }

  @Test func undoAndTheQuestionBeforeAnswersAreLost() throws {
    let home = try Home()
    let before = try #require(readText(home.file))
    let session = try home.start()
    _ = try session.waitForText("q stop")
    try session.send("e")
    _ = try session.waitForText("Bewerken: Zwolle")
    try session.type("Verordening 2024")
    try session.send("Enter")
    _ = try session.waitForText("Uitgever")
    try session.send("C-u")
    var screen = try session.waitForText("Laatste antwoord ongedaan gemaakt.")
    #expect(screen.contains("Nog in te vullen: titel van de bron"))
    try session.type("Verordening 2025")
    try session.send("Enter")
    _ = try session.waitForText("niet bewaard")
    try session.send("Escape")
    _ = try session.waitForText("Antwoorden niet bewaard: ^S bewaren en sluiten · ^D weggooien · Esc verder")
    // Another key goes back to the editor and does nothing else.
    try session.send("x")
    screen = try session.waitFor("the editor again") { !$0.contains("Antwoorden niet bewaard") }
    #expect(screen.contains("Bewerken: Zwolle") && screen.contains("Antwoord   ▏"))
    try session.send("Escape")
    _ = try session.waitForText("Antwoorden niet bewaard:")
    try session.send("C-d")
    _ = try session.waitForText("q stop")
    #expect(readText(home.file) == before, "discarded answers are not written")
    #expect(!home.hasDraft, "nor kept as a draft")
  }

  @Test func aKilledEditorLeavesADraftTheNextStartRestores() throws {
    let home = try Home()
    let first = try home.start()
    _ = try first.waitForText("q stop")
    try first.send("e")
    _ = try first.waitForText("Bewerken: Zwolle")
    try first.type("Verordening 2024")
    try first.send("Enter")
    try first.type("Gemeente Zwolle")
    try first.send("Enter")
    _ = try first.waitForText("Verschenen")
    let pid = try #require(try first.programPID())
    kill(pid, SIGKILL)
    #expect(first.exitStatus() == 137)
    let drafts = (try? FileManager.default.contentsOfDirectory(atPath: home.state + "/betrokken/drafts")) ?? []
    #expect(drafts.count == 1 && drafts.first?.hasPrefix("GM0193-") == true, "\(drafts)")
    let draft = try #require(
      readText(home.state + "/betrokken/drafts/" + (drafts.first ?? "")),
      "the draft journal was written before the kill")
    #expect(draft.contains("Gemeente Zwolle"))
    #expect(readText(home.file)?.contains("Gemeente Zwolle") == false, "nothing was saved")

    let second = try home.start()
    var screen = try second.waitForText(
      "Concept Zwolle 2026-11-29, 2 antwoorden: Enter verder · ^D weggooien · Esc later")
    #expect(screen.contains("Bewerken: Zwolle (record 2026-11-29)"))
    try second.send("Enter")
    _ = try second.waitForText("Concept hersteld met 2 niet-bewaarde antwoorden; Ctrl-S bewaart ze.")
    try second.send("C-s")
    screen = try second.waitForText("Bewaard in \(home.file).")
    let text = try #require(readText(home.file))
    #expect(text.contains("\"title\": \"Verordening 2024\", \"publisher\": \"Gemeente Zwolle\""))
    #expect(!home.hasDraft)
  }

  @Test func aFileChangedOnDiskIsNotOverwrittenAndCanBeReadAgain() throws {
    let home = try Home()
    let session = try home.start()
    _ = try session.waitForText("q stop")
    try session.send("e")
    _ = try session.waitForText("Bewerken: Zwolle")
    try session.type("Verordening 2024")
    try session.send("Enter")
    _ = try session.waitForText("Uitgever")
    // Meanwhile, someone else changes the file.
    let other = try run(
      ["set", "Zwolle", "choices.notes", "van elders", "--source", "bron"], environment: home.environment)
    #expect(other.status == 0, "\(other.stderr)")
    let theirs = try #require(readText(home.file))
    try session.send("C-s")
    _ = try session.waitForText("Bestand intussen veranderd. r opnieuw lezen + uw antwoord · w elders bewaren")
    #expect(readText(home.file) == theirs, "the other change is not overwritten")
    // w: saved elsewhere, the file left alone; the question stays answerable.
    try session.send("w")
    _ = try session.waitForText("Bewaard als \(home.state)/betrokken/saved/GM0193-2026-11-29-")
    let saved = try FileManager.default.contentsOfDirectory(atPath: home.state + "/betrokken/saved")
    #expect(saved.count == 1)
    let path = home.state + "/betrokken/saved/" + (saved.first ?? "")
    #expect(readText(path)?.contains("\"title\": \"Verordening 2024\"") == true, "\(path)")
    #expect(readText(home.file) == theirs)
    try session.send("C-s")
    _ = try session.waitForText("Bestand intussen veranderd.")
    try session.send("r")
    _ = try session.waitForText("Opnieuw gelezen; 1 antwoord opnieuw toegepast.")
    try session.send("C-s")
    _ = try session.waitForText("Bewaard in \(home.file).")
    let text = try #require(readText(home.file))
    #expect(text.contains("\"notes\": {\"value\": \"van elders\""), "theirs")
    #expect(text.contains("\"title\": \"Verordening 2024\""), "and ours")
  }

  @Test func aLayerThatCannotBeWrittenKeepsTheAnswersInTheEditor() throws {
    let home = try Home()
    let profiles = home.data + "/betrokken/profiles"
    // As root every directory is writable: then the program runs as nobody, with the layer still root's, from a
    // copy of the binary and the shipped data nobody can read (the checkout may be in a directory only root can).
    var prefix = ""
    var program = binary
    let shared = TemporaryDirectory()
    if geteuid() == 0 {
      prefix = "setpriv --reuid 65534 --regid 65534 --clear-groups"
      _ = try run([binary, shared.path], executable: "/bin/cp")
      _ = try run(["-R", packageRoot + "/Data", shared.path], executable: "/bin/cp")
      _ = try run(["-R", "a+rX", shared.path, home.directory.path], executable: "/bin/chmod")
      chmod(shared.path, 0o755)
      program = shared.file("betrokken")
      try FileManager.default.createDirectory(atPath: home.state, withIntermediateDirectories: true)
      chmod(home.state, 0o777)
    } else {
      chmod(profiles, 0o555)
    }
    defer { chmod(profiles, 0o755) }
    let before = try #require(readText(home.file))
    let session = try home.start(prefix: prefix, program: program)
    _ = try session.waitForText("q stop")
    try session.send("e")
    _ = try session.waitForText("Bewerken: Zwolle")
    try session.type("Verordening 2024")
    try session.send("Enter")
    _ = try session.waitForText("Uitgever")
    try session.send("C-s")
    // The directory named is the first the save could not write in (the backup directory beside profiles/).
    let screen = try session.waitForText("Niet bewaard, uw antwoorden blijven hier: in \(home.data)/betrokken/")
    #expect(screen.contains("niet bewaard"), "the header still says there are unsaved answers")
    #expect(readText(home.file) == before)
    try session.send("Up")
    _ = try session.waitForText("Nu:  Verordening 2024")
  }
}
