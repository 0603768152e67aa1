import Foundation
import Testing

@testable import BetrokkenModel
@testable import BetrokkenScreen

/// The guided editor as a pure function of (state, key): answers by number and label, refusals with the loader's
/// words, new entries, undo, ending and removing, leaving, and what the runner's outcomes do.
@Suite struct EditorTests {
  static let file = "/layer/profiles/GM0193.json"

  /// Zwolle with a record as `betrokken new` makes it: every fact unknown, one source to fill in.
  static func newRecordSession() -> EditorSession {
    let record = Record(
      id: testAsOf,
      sources: [
        Source(
          id: "bron", title: Source.placeholderTitle, publisher: nil, published: nil, retrieved: nil, url: nil)
      ])
    let profile = Profile(code: "GM0193", name: "Zwolle", records: [record], file: file)
    return EditorSession(
      code: "GM0193", name: "Zwolle", record: testAsOf, file: file, original: nil,
      text: ProfileWriter.json(profile), source: "bron")
  }

  static func editing(_ session: EditorSession = newRecordSession()) -> DashboardState {
    DashboardState(selectedCode: "GM0034", mode: .editor(session))
  }

  /// Keys, and the effects of the last one.
  static func press(_ keys: [Key], _ state: DashboardState, width: Int = 120, height: Int = 40)
    -> (DashboardState, [Effect])
  {
    var state = state
    var effects: [Effect] = []
    for key in keys {
      let viewport = DashboardView.frame(data: shippedData, state: state, width: width, height: height).viewport
      (state, effects) = Update.update(state, .key(key), data: shippedData, viewport: viewport)
    }
    return (state, effects)
  }

  static func typing(_ text: String) -> [Key] { text.map { .character($0) } }

  static func session(_ state: DashboardState) -> EditorSession {
    guard case .editor(let session) = state.mode else {
      Issue.record("not in the editor: \(state.mode)")
      return newRecordSession()
    }
    return session
  }

  static func question(_ state: DashboardState) -> EditorQuestion? {
    let session = session(state)
    return EditorDocument(session, data: shippedData).question(session.position)
  }

  /// Moves to the question with this path.
  static func at(_ path: String, _ state: DashboardState) -> DashboardState {
    var state = state
    var session = session(state)
    let questions = EditorDocument(session, data: shippedData).questions
    session.position = questions.firstIndex { $0.path == path } ?? -1
    #expect(session.position >= 0, "no question \(path)")
    session.input = ""
    state.mode = .editor(session)
    return state
  }

  static func record(_ state: DashboardState) -> String {
    session(state).text
  }

  @Test func eOpensTheEditorThroughTheRunner() {
    let (state, effects) = Self.press([.character("e")], DashboardState(selectedCode: "GM0150"))
    #expect(effects == [.openEditor(code: "GM0150")] && state.mode == .list)
    // What the runner read comes back as a message; a file with errors is said in the footer.
    let (opened, _) = Update.update(
      state, .editorOpened(Self.newRecordSession()), data: shippedData, viewport: Viewport())
    #expect(opened.mode == .editor(Self.newRecordSession()))
    let (refused, _) = Update.update(
      state, .editorRefused(.fileHasErrors(path: Self.file)), data: shippedData, viewport: Viewport())
    #expect(
      DashboardView.render(data: shippedData, state: refused, width: 120, height: 40).lines.last?.contains(
        "Bewerken kan niet: \(Self.file) bevat fouten; betrokken validate noemt ze.") == true)
  }

  @Test func theRecordsWarningsAreShownAsYouGo() {
    let warning = "Waarschuwing: records[0].sources[0].title: de bron heeft nog"
    let start = Self.at("sources[bron].title", Self.editing())
    #expect(DashboardView.render(data: shippedData, state: start, width: 120, height: 40).text.contains(warning))
    let (answered, _) = Self.press(Self.typing("Verordening 2024") + [.enter], start)
    #expect(!DashboardView.render(data: shippedData, state: answered, width: 120, height: 40).text.contains(warning))
  }

  @Test func theNavigationKeys() {
    let start = Self.at("choices.direction", Self.editing())
    #expect(Self.question(Self.press([.down], start).0)?.path == "choices.existingStructures")
    #expect(Self.question(Self.press([.up], start).0)?.path == "choices.citizenMotives")
    // PgDn: the next part (a source, the choices, a form, a new entry …); PgUp: the start of this one, then the one
    // before.
    #expect(Self.question(Self.press([.pageDown], start).0)?.path == "forms")
    #expect(Self.question(Self.press([.pageUp], start).0)?.path == "choices.motives")
    #expect(Self.question(Self.press([.pageUp, .pageUp], start).0)?.path == "sources")
    // Ctrl-F: the next question still unknown (the source's publisher is; its title is filled in below).
    var (state, _) = Self.press(Self.typing("Verordening") + [.enter], Self.at("sources[bron].title", Self.editing()))
    (state, _) = Self.press([.control("f")], Self.at("sources[bron].title", state))
    #expect(Self.question(state)?.path == "sources[bron].publisher")
    // F1: the editor's keys, over the editor.
    let (help, _) = Self.press([.function(1)], start)
    #expect(help.overlay == .help && help.mode.editorSession != nil)
    let screen = DashboardView.render(data: shippedData, state: help, width: 120, height: 40).text
    #expect(screen.contains("het laatste antwoord ongedaan maken"))
    // Ctrl-E at a narrow size shows the effect instead of the questions.
    let (effect, _) = Self.press([.control("e")], start, width: 80, height: 24)
    #expect(Self.session(effect).showsEffect)
  }

  @Test func optionsByNumberOrByTheStartOfALabelInEitherLanguage() {
    var (state, effects) = Self.press(
      Self.typing("1 3") + [.enter], Self.at("choices.motives", Self.editing()))
    #expect(
      Self.record(state).contains(
        "\"motives\": {\"value\": [\"legalMinimum\", \"quality\"], \"source\": \"bron\", \"section\": null}"))
    #expect(effects == [.writeDraft(Self.session(state))], "every accepted answer is journalled")
    #expect(Self.question(state)?.path == "choices.citizenMotives", "and the next question follows")
    (state, _) = Self.press(Self.typing("ook") + [.enter], Self.at("choices.agendaSetting", state))
    #expect(Self.record(state).contains("\"agendaSetting\": {\"value\": \"citizensToo\""))
    (state, _) = Self.press(Self.typing("bottom-up") + [.enter], Self.at("choices.direction", state))
    #expect(Self.record(state).contains("\"direction\": {\"value\": [\"bottomUp\"]"))
    // "0" and "?" are unknown.
    (state, _) = Self.press(Self.typing("0") + [.enter], Self.at("choices.motives", state))
    #expect(Self.record(state).contains("\"motives\": null"))
  }

  @Test func refusedAnswersSayWhyAndKeepWhatWasTyped() {
    let start = Self.at("choices.motives", Self.editing())
    let cases: [(String, String)] = [
      ("9", "'9' is geen van de keuzes: typ een nummer of het begin van een woord."),
      ("zzz", "'zzz' is geen van de keuzes: typ een nummer of het begin van een woord."),
    ]
    for (typed, message) in cases {
      let (state, effects) = Self.press(Self.typing(typed) + [.enter], start)
      let session = Self.session(state)
      #expect(session.problem.map(EditorWords.problem) == message)
      #expect(session.input == typed && session.text == Self.session(start).text && effects.isEmpty)
      let screen = DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text
      #expect(screen.contains("'\(typed)' is geen van de keuzes:"), "the message is on the screen")
    }
    // A prefix of two labels is ambiguous.
    let (ambiguous, _) = Self.press(Self.typing("ervarings") + [.enter], Self.at("choices.inputKinds", start))
    #expect(
      Self.session(ambiguous).problem.map(EditorWords.problem)
        == "'ervarings' past bij meer keuzes (ervaringskennis, ervaringsdeskundigheid): typ meer letters of het nummer."
    )
  }

  @Test func aNewFormAsksItsFactsNextCitedAsChosen() {
    var (state, _) = Self.press(
      Self.typing("Adviesraad Sociaal Domein") + [.tab] + Self.typing("1") + [.tab] + Self.typing("art. 2") + [.enter],
      Self.at("forms", Self.editing()))
    #expect(Self.question(state)?.path == "forms[adviesraad-sociaal-domein].kind")
    #expect(Self.record(state).contains("\"name\": \"Adviesraad Sociaal Domein\""))
    #expect(Self.record(state).contains("\"source\": \"bron\",\n          \"section\": \"art. 2\""))
    // The form's facts cite the form's own citation plainly; another section is written with its own.
    (state, _) = Self.press(Self.typing("1") + [.enter], state)
    #expect(Self.record(state).contains("\"kind\": \"advisoryCouncil\""))
    (state, _) = Self.press(
      Self.typing("3") + [.tab, .tab] + Self.typing("art. 4") + [.enter],
      Self.at("forms[adviesraad-sociaal-domein].rung", state))
    #expect(
      Self.record(state).contains("\"rung\": {\"value\": \"advise\", \"source\": \"bron\", \"section\": \"art. 4\"}"))
    // An estimate.
    (state, _) = Self.press(
      Self.typing("ca. 1200") + [.enter], Self.at("forms[adviesraad-sociaal-domein].members", state))
    #expect(
      Self.record(state).contains(
        "\"members\": {\"value\": 1200, \"source\": \"bron\", \"section\": \"art. 4\", \"approximate\": true}"))
    // A source typed by its title is added inline and cited.
    (state, _) = Self.press(
      [.tab] + Self.typing("Jaarverslag 2025") + [.tab] + Self.typing("p. 3") + [.backTab, .backTab]
        + Self.typing("2") + [.enter],
      Self.at("forms[adviesraad-sociaal-domein].contact", state))
    #expect(Self.record(state).contains("{\"id\": \"jaarverslag-2025\", \"title\": \"Jaarverslag 2025\""))
    #expect(
      Self.record(state).contains(
        "\"contact\": {\"value\": \"indirect\", \"source\": \"jaarverslag-2025\", \"section\": \"p. 3\"}"))
  }

  @Test func anAnswerTheLoaderRefusesIsNotTakenAndTheLoaderSaysWhy() {
    var (state, _) = Self.press(Self.typing("Raad") + [.enter], Self.at("forms", Self.editing()))
    (state, _) = Self.press(Self.typing("2024-05-01") + [.enter], Self.at("forms[raad].from", state))
    let before = Self.record(state)
    (state, _) = Self.press(Self.typing("2020-01-01") + [.enter], Self.at("forms[raad].until", state))
    #expect(Self.record(state) == before)
    #expect(
      Self.session(state).problem.map(EditorWords.problem)
        == "Antwoord niet overgenomen: het record zou ongeldig worden. records[0].forms[0].until: verwacht een datum op of na from (2024-05-01); gevonden 2020-01-01"
    )
    (state, _) = Self.press(Self.typing("31-12-2026") + [.enter], Self.at("forms[raad].until", state))
    #expect(Self.session(state).problem == .notADate("31-12-2026"))
  }

  @Test func undoEndAndRemove() {
    var (state, _) = Self.press(Self.typing("Raad") + [.enter], Self.at("forms", Self.editing()))
    (state, _) = Self.press(Self.typing("1") + [.enter], state)
    #expect(Self.record(state).contains("\"kind\": \"advisoryCouncil\""))
    (state, _) = Self.press([.control("u")], state)
    #expect(!Self.record(state).contains("advisoryCouncil") && Self.record(state).contains("\"name\": \"Raad\""))
    #expect(Self.question(state)?.path == "forms[raad].kind", "undo goes back to the question it undid")
    #expect(Self.session(state).notice == .undone)
    // Ctrl-X ends the form and asks for its last day.
    (state, _) = Self.press([.control("x")], state)
    #expect(Self.record(state).contains("\"status\": \"ended\""))
    #expect(Self.question(state)?.path == "forms[raad].until")
    // Ctrl-D removes it; Ctrl-U brings it back.
    (state, _) = Self.press([.control("d")], state)
    #expect(!Self.record(state).contains("\"raad\""))
    (state, _) = Self.press([.control("u")], state)
    #expect(Self.record(state).contains("\"status\": \"ended\""))
    (state, _) = Self.press([.control("u"), .control("u"), .control("u")], state)
    #expect(Self.session(state).notice == .nothingToUndo)
    #expect(Self.record(state) == Self.newRecordSession().text)
    // Ctrl-X on a question that is not about a form.
    (state, _) = Self.press([.control("x")], Self.at("choices.motives", state))
    #expect(Self.session(state).problem == .notAForm)
  }

  @Test func everyKeyIsTextHereAndEscAsksBeforeAnswersAreLost() {
    var (state, effects) = Self.press(Self.typing("q?e/"), Self.at("choices.notes", Self.editing()))
    #expect(Self.session(state).input == "q?e/" && effects.isEmpty)
    // Moving on with text typed and not entered would lose it: the editor says so and stays.
    let (stayed, _) = Self.press([.down], state)
    #expect(Self.session(stayed).problem == .notEntered && Self.session(stayed).input == "q?e/")
    #expect(Self.question(stayed)?.path == "choices.notes")
    // Without answers, Esc closes at once.
    (state, effects) = Self.press([.escape], Self.editing())
    #expect(state.mode == .list && effects == [.discardDraft(code: "GM0193", file: Self.file)])
    (state, _) = Self.press(Self.typing("korte toelichting") + [.enter], Self.at("choices.notes", Self.editing()))
    (state, effects) = Self.press([.escape], state)
    #expect(Self.session(state).prompt == .leave && effects.isEmpty)
    let footer = DashboardView.render(data: shippedData, state: state, width: 160, height: 40).lines.last ?? ""
    #expect(
      footer.contains(
        "Antwoorden niet bewaard: ^S bewaren en sluiten · ^D weggooien · Esc verder"), "\(footer)")
    // Esc, or any other key, goes back, and does nothing else: Esc never throws answers away.
    for key in [Key.escape, .character("x")] {
      let (back, effects) = Self.press([key], state)
      #expect(Self.session(back).prompt == nil && Self.session(back).input == "" && effects.isEmpty)
      #expect(Self.session(back).isDirty)
    }
    // Ctrl-S saves and closes once saved; Ctrl-D discards and closes.
    let (saving, save) = Self.press([.control("s")], state)
    #expect(save.count == 1 && Self.session(saving).prompt == nil)
    let (closed, _) = Update.update(
      saving, .editorSaved(path: Self.file, bytes: []), data: shippedData, viewport: Viewport())
    #expect(closed.mode == .list && closed.notice == .edited(path: Self.file))
    (state, effects) = Self.press([.control("d")], state)
    #expect(state.mode == .list && effects == [.discardDraft(code: "GM0193", file: Self.file)])
  }

  @Test func citationsAsChosenAndNoFurther() {
    var (state, _) = Self.press(
      Self.typing("Raad") + [.tab] + Self.typing("1") + [.tab] + Self.typing("art. 2") + [.enter],
      Self.at("forms", Self.editing()))
    // A number that is none of the sources is refused, not taken for a title.
    let (refused, _) = Self.press([.tab] + Self.typing("7") + [.enter], state)
    #expect(Self.session(refused).problem.map(EditorWords.problem)?.hasPrefix("'7' is geen van de bronnen") == true)
    #expect(!Self.record(refused).contains("\"title\": \"7\""))
    // A new source inline: cited without the last document's section, and the next question is the one after.
    (state, _) = Self.press([.tab] + Self.typing("Jaarverslag") + [.backTab] + Self.typing("1") + [.enter], state)
    #expect(
      Self.record(state).contains(
        "\"kind\": {\"value\": \"advisoryCouncil\", \"source\": \"jaarverslag\", \"section\": null}"))
    #expect(Self.question(state)?.path == "forms[raad].status")
    // A regulation's own citation does not become the one the next answers cite.
    (state, _) = Self.press(
      Self.typing("Verordening") + [.tab] + Self.typing("1") + [.tab] + Self.typing("art. 1") + [.enter],
      Self.at("regulations", state))
    (state, _) = Self.press([.enter, .enter], state)
    #expect(Self.session(state).source == "bron" && Self.session(state).section == "art. 1")
    (state, _) = Self.press(Self.typing("1") + [.enter], Self.at("regulationLists.wmo2015", state))
    #expect(
      Self.record(state).contains(
        "\"wmo2015\": {\"value\": \"complete\", \"source\": \"bron\", \"section\": \"art. 1\"}"))
    // Delegation: a number out of range, and an article left out.
    (state, _) = Self.press(Self.typing("Nadere regels") + [.enter], Self.at("regulations", state))
    let delegation = Self.at("regulations[nadere-regels].delegatedBy", state)
    let (outOfRange, _) = Self.press(Self.typing("99999999999999999999 art. 1") + [.enter], delegation)
    #expect(Self.session(outOfRange).problem != nil)
    let (noArticle, _) = Self.press(Self.typing("1") + [.enter], delegation)
    #expect(Self.session(noArticle).problem == .articleMissing("1"))
  }

  @Test func answersReplayedOntoAFileThatTookTheirIds() {
    // Ours: a form "Raad" with a rung. Theirs, saved meanwhile: a form with the same id.
    var (ours, _) = Self.press(Self.typing("Raad") + [.enter], Self.at("forms", Self.editing()))
    (ours, _) = Self.press(Self.typing("adv") + [.enter], Self.at("forms[raad].rung", ours))
    var (theirs, _) = Self.press(Self.typing("Raad!") + [.enter], Self.at("forms", Self.editing()))
    (theirs, _) = Self.press(Self.typing("1") + [.enter], Self.at("forms[raad].kind", theirs))
    let (fresh, dropped) = Self.session(ours).replaying(
      onto: Self.record(theirs), original: nil, data: shippedData)
    #expect(dropped.isEmpty)
    #expect(fresh.text.contains("\"name\": \"Raad!\"") && fresh.text.contains("\"name\": \"Raad\""))
    #expect(fresh.answers.map(\.path) == ["forms[raad-2].name", "forms[raad-2].rung"])
    #expect(fresh.text.contains("\"rung\": \"advise\""))
    #expect(fresh.isDirty && fresh.prompt == nil)
  }

  @Test func aFormSucceedsFormsOfTheEarlierRecord() throws {
    // Groningen's newest shipped record, as `e` copies it into the user layer; its earlier record, of 2015, has eight forms.
    let groningen = try #require(shippedData.situation(code: "GM0014")?.profile)
    var record = try #require(groningen.records.last)
    record.origin = nil
    let file = "/layer/profiles/GM0014.json"
    let profile = Profile(code: "GM0014", name: "Groningen", records: [record], file: file)
    let session = EditorSession(
      code: "GM0014", name: "Groningen", record: record.id, file: file, original: nil,
      text: ProfileWriter.json(profile), source: record.sources[0].id)
    let earlier = try #require(groningen.records.first { $0.id < record.id })
    let form = try #require(record.forms.first)
    let state = Self.at("forms[\(form.id)].replaces", Self.editing(session))
    let screen = DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text
    #expect(screen.contains("1 \(earlier.forms[0].name)"))
    let (answered, _) = Self.press(Self.typing("1") + [.enter], state)
    #expect(Self.record(answered).contains("\"replaces\": [\"\(earlier.forms[0].id)\"]"), "written plain")
  }

  @Test func theCurrentValueTakenOverToChange() {
    var (state, _) = Self.press(
      Self.typing("Verordening 2024") + [.enter], Self.at("sources[bron].title", Self.editing()))
    (state, _) = Self.press([.right], Self.at("sources[bron].title", state))
    #expect(Self.session(state).input == "Verordening 2024")
    (state, _) = Self.press([.backspace] + Self.typing("5") + [.enter], state)
    #expect(Self.record(state).contains("\"title\": \"Verordening 2025\""))
    // Options come back as their numbers, an estimate with its word.
    (state, _) = Self.press(Self.typing("1 3") + [.enter], Self.at("choices.motives", state))
    (state, _) = Self.press([.right], Self.at("choices.motives", state))
    #expect(Self.session(state).input == "1 3")
    (state, _) = Self.press(Self.typing("Raad") + [.enter], Self.at("forms", Self.editing()))
    (state, _) = Self.press(Self.typing("ca. 40") + [.enter], Self.at("forms[raad].members", state))
    (state, _) = Self.press([.right], Self.at("forms[raad].members", state))
    #expect(Self.session(state).input == "ca. 40")
    // Never over what is being typed.
    (state, _) = Self.press(Self.typing("x") + [.right], Self.at("forms[raad].name", state))
    #expect(Self.session(state).input == "x")
  }

  @Test func countsAndCodes() {
    let cases: [(String, EditorQuestion.Answer, Result<EditorAnswerParser.Parsed, EditorProblem>)] = [
      ("1.200", .count, .success(.init(value: "1200"))),
      ("ongeveer 40", .count, .success(.init(value: "40", approximate: true))),
      ("2,5", .count, .failure(.notACount("2,5"))),
      ("99999999999", .count, .failure(.notACount("99999999999"))),
      ("0150 GM0148", .codes, .success(.init(value: "[\"GM0150\",\"GM0148\"]"))),
      ("GM-123", .codes, .failure(.notACode("GM-123"))),
      (",", .many(vocabulary: "phase", options: Phase.allKeys), .failure(.notAnOption(","))),
    ]
    for (typed, answer, expected) in cases {
      #expect(EditorAnswerParser.parse(typed, answer) == expected, "\(typed)")
    }
  }

  @Test func aDraftAtStartIsOfferedNotImposed() {
    var session = Self.newRecordSession()
    session.prompt = .restore
    let offered = Self.editing(session)
    let footer = DashboardView.render(data: shippedData, state: offered, width: 160, height: 40).lines.last ?? ""
    #expect(
      footer.contains("Concept Zwolle 2026-11-29, 0 antwoorden: Enter verder · ^D weggooien · Esc later"),
      "\(footer)")
    let (kept, _) = Self.press([.enter], offered)
    #expect(Self.session(kept).prompt == nil && Self.session(kept).notice == .restored(answers: 0))
    let (later, laterEffects) = Self.press([.character("x")], offered)
    #expect(later.mode == .list && laterEffects.isEmpty, "the draft stays for later")
    let (discarded, discardEffects) = Self.press([.control("d")], offered)
    #expect(discarded.mode == .list && discardEffects == [.discardDraft(code: "GM0193", file: Self.file)])
  }

  @Test func theRunnersOutcomes() {
    var (state, effects) = Self.press(Self.typing("1") + [.enter], Self.at("choices.motives", Self.editing()))
    (state, effects) = Self.press([.control("s")], state)
    #expect(effects == [.saveEditor(Self.session(state))])
    // Refused because the file changed: r reads it again (with the answers), w saves elsewhere.
    (state, _) = Update.update(
      state, .editorSaveFailed(.changedOnDisk(Self.file)), data: shippedData, viewport: Viewport())
    #expect(Self.session(state).prompt == .conflict)
    #expect(
      DashboardView.render(data: shippedData, state: state, width: 120, height: 40).text.contains(
        "Bestand intussen veranderd. r opnieuw lezen + uw antwoord · w elders bewaren"))
    let (afterR, reload) = Self.press([.character("r")], state)
    #expect(reload == [.reloadEditor(Self.session(afterR))])
    let (afterW, elsewhere) = Self.press([.character("w")], state)
    #expect(elsewhere == [.saveEditorElsewhere(Self.session(afterW))])
    // Any other key goes on editing; the answers stay.
    (state, _) = Self.press([.character("x")], state)
    #expect(Self.session(state).prompt == nil && Self.session(state).isDirty)
    // A read-only layer: the answers stay.
    (state, _) = Update.update(
      state, .editorSaveFailed(.notWritable(Self.file, errno: 13)), data: shippedData, viewport: Viewport())
    #expect(Self.session(state).isDirty && Self.session(state).prompt == nil)
    // Saved: nothing unsaved any more.
    (state, _) = Update.update(
      state, .editorSaved(path: Self.file, bytes: Array(Self.session(state).text.utf8)), data: shippedData,
      viewport: Viewport())
    #expect(!Self.session(state).isDirty && Self.session(state).notice == .saved(path: Self.file))
    (state, effects) = Self.press([.escape], state)
    #expect(state.mode == .list)
  }

  @Test func everyFieldOfTheFormatIsAsked() {
    var (state, _) = Self.press(Self.typing("Raad") + [.enter], Self.at("forms", Self.editing()))
    (state, _) = Self.press(Self.typing("Verordening") + [.enter], Self.at("regulations", state))
    let paths = Set(EditorDocument(Self.session(state), data: shippedData).questions.map(\.path))
    for field in FormField.allCases { #expect(paths.contains("forms[raad].\(field.rawValue)"), "\(field)") }
    for key in [
      "kind", "adoptedBy", "title", "identifier", "url", "adopted", "inForceFrom", "inForceUntil", "legalBases",
      "scope", "readWhole", "inspraak",
    ] {
      #expect(paths.contains("regulations[verordening].\(key)"), "\(key)")
    }
    for item in LegalItem.allCases { #expect(paths.contains("regulations[verordening].legalItems.\(item.rawValue)")) }
    for item in ParticipationItem.allCases {
      #expect(paths.contains("regulations[verordening].participationItems.\(item.rawValue)"))
    }
    for key in ["title", "publisher", "published", "retrieved", "url"] {
      #expect(paths.contains("sources[bron].\(key)"))
    }
    for key in ["wmo2015", "youthAct", "participationAct", "participationOrdinance"] {
      #expect(paths.contains("regulationLists.\(key)"))
    }
    #expect(paths.contains("formsComplete") && paths.contains("sharedBodies"))
    // Delegation names another regulation of the record: with only one, it is not asked (a second one below).
    #expect(!paths.contains("regulations[verordening].delegatedBy"))
    // Every question has its words in both languages.
    for question in EditorDocument(Self.session(state), data: shippedData).questions {
      for language in Language.allCases {
        let key = "editor.question.\(question.wordsKey)"
        #expect(Strings.table(language)[key] != nil && Strings.table(language)[key + ".label"] != nil, "\(key)")
      }
    }
  }

  @Test func aRegulationsArticlesAndItsDelegation() {
    var (state, _) = Self.press(
      Self.typing("Verordening") + [.tab] + Self.typing("1") + [.tab] + Self.typing("art. 1") + [.enter],
      Self.at("regulations", Self.editing()))
    (state, _) = Self.press(Self.typing("ordinance") + [.enter], state)
    (state, _) = Self.press(Self.typing("1 2") + [.enter], Self.at("regulations[verordening].scope", state))
    (state, _) = Self.press(
      Self.typing("art. 4 lid 2") + [.enter], Self.at("regulations[verordening].legalItems.b", state))
    #expect(Self.record(state).contains("\"scope\": [\"wmo2015\", \"youthAct\"]"))
    let itemScreen = DashboardView.render(
      data: shippedData, state: Self.at("regulations[verordening].legalItems.c", state), width: 120, height: 40
    ).text
    #expect(itemScreen.contains("Geldt voor elke wet in de reikwijdte: Wmo 2015, Jeugdwet."))
    #expect(Self.record(state).contains("\"legalItems\": {\"b\": \"art. 4 lid 2\"}"))
    // Further rules delegated by it.
    (state, _) = Self.press(Self.typing("Nadere regels") + [.enter], Self.at("regulations", state))
    (state, _) = Self.press(Self.typing("nadere") + [.enter], state)
    (state, _) = Self.press(
      Self.typing("1 art. 9") + [.enter], Self.at("regulations[nadere-regels].delegatedBy", state))
    #expect(Self.record(state).contains("\"delegatedBy\": {\"regulation\": \"verordening\", \"article\": \"art. 9\"}"))
    // A regulation has one citation for all it says: it is shown, not chosen.
    let question = Self.question(Self.at("regulations[nadere-regels].url", state))
    #expect(question?.citing == .entry(source: "bron", section: "art. 1"))
  }

  @Test func editorScreensInBothLanguagesAtTwoSizes() {
    var (state, _) = Self.press(
      Self.typing("Verordening cliëntenparticipatie 2024") + [.enter], Self.at("sources[bron].title", Self.editing()))
    (state, _) = Self.press(
      Self.typing("Adviesraad") + [.tab] + Self.typing("1") + [.tab] + Self.typing("art. 2") + [.enter],
      Self.at("forms", state))
    (state, _) = Self.press(Self.typing("1") + [.enter] + Self.typing("1") + [.enter], state)
    state = Self.at("forms[adviesraad].rung", state)
    (state, _) = Self.press(Self.typing("3"), state)
    for language in Language.allCases {
      Language.$current.withValue(language) {
        for (width, height) in [(80, 24), (120, 40)] {
          let text = DashboardView.render(data: shippedData, state: state, width: width, height: height).text
          expectGolden(text, "editor-GM0193-\(width)x\(height)-\(language.rawValue).txt")
        }
      }
    }
    // At 80×24 the effect is a key away.
    let (effect, _) = Self.press([.control("e")], state, width: 80, height: 24)
    expectGolden(
      DashboardView.render(data: shippedData, state: effect, width: 80, height: 24).text,
      "editor-GM0193-80x24-effect-nl.txt")
  }
}
