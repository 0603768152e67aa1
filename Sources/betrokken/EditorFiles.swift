import BetrokkenModel
import BetrokkenScreen
import Foundation

/// The guided editor's file work, done by the runner for the update step: reading the writable layer's file into a
/// session, saving atomically, the draft journal (`$XDG_STATE_HOME/betrokken/drafts/`), reading again after a
/// conflict, and saving elsewhere.
struct EditorFiles {
  let dataOptions: DataOptions

  var layer: WritableLayer { WritableLayer(layer: dataOptions.writableLayer) }

  /// `$XDG_STATE_HOME/betrokken` (default `~/.local/state/betrokken`).
  static var stateDirectory: String {
    let environment = ProcessInfo.processInfo.environment
    if let xdg = environment["XDG_STATE_HOME"], xdg.hasPrefix("/") { return xdg + "/betrokken" }
    return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state/betrokken"
  }

  static var draftsDirectory: String { stateDirectory + "/drafts" }

  static func draftPath(_ code: String) -> String { draftsDirectory + "/\(code).json" }

  /// The session on the municipality's newest record in the writable layer; when the layer has none, the newest
  /// record of a lower layer copied (in memory) as a new record of the as-of date.
  func open(code: String, data: DataSet) -> Message {
    // Unsaved answers of an earlier session (one that crashed while another municipality's draft was restored at
    // start, say) are gone on with, not overwritten.
    if var session = draft(at: Self.draftPath(code)) {
      session.notice = .restored(answers: session.answers.count)
      return .editorOpened(session)
    }
    let path = layer.file(for: code)
    let snapshot: AtomicFile.Snapshot
    do {
      snapshot = try AtomicFile.Snapshot.read(path)
    } catch {
      return .editorRefused(.notReadable(path: path))
    }
    let name = data.registry[code]?.name ?? data.situation(code: code)?.name ?? code
    var profile: Profile
    if let contents = snapshot.contents {
      guard let existing = ProfileLoader.load(text: contents, named: path, registry: data.registry).0 else {
        return .editorRefused(.fileHasErrors(path: path))
      }
      profile = existing
    } else {
      profile = Profile(code: code, name: name, records: [], file: path)
      profile.schemaReference = layer.schemaReference
    }
    var notice: EditorNotice?
    let target: CalendarDate
    if let newest = profile.records.last {
      target = newest.id
    } else {
      guard var copy = data.situation(code: code)?.profile.records.last else {
        return .editorRefused(.noRecord(municipality: name))
      }
      notice = .copied(from: copy.id, to: data.asOf, layer: copy.origin?.layer.kind ?? .shipped)
      copy.id = data.asOf
      copy.origin = nil
      profile.records.append(copy)
      profile.records.sort { $0.id < $1.id }
      target = data.asOf
    }
    let record = profile.records.first { $0.id == target }
    var session = EditorSession(
      code: code, name: name, record: target, file: path, original: snapshot.contents,
      text: ProfileWriter.json(profile), source: record?.sources.first?.id ?? "bron")
    // A copied record is not on disk yet: it counts as unsaved until Ctrl-S.
    if notice != nil { session.savedText = "" }
    session.notice = notice
    return .editorOpened(session)
  }

  /// Saves the session's profile over the file it was read from, refusing when the disk changed since.
  func save(_ session: EditorSession) -> Message {
    let directory = (session.file as NSString).deletingLastPathComponent
    let layerPath =
      (directory as NSString).lastPathComponent == "profiles"
      ? (directory as NSString).deletingLastPathComponent : directory
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return .editorSaveFailed(.notWritable(session.file, errno: EACCES))
    }
    do {
      _ = try AtomicFile.save(
        session.text, over: AtomicFile.Snapshot(path: session.file, contents: session.original),
        backupDirectory: layerPath + "/.backup")
    } catch let failure as AtomicFile.Failure {
      return .editorSaveFailed(failure)
    } catch {
      return .editorSaveFailed(.other(session.file, errno: EIO))
    }
    WritableLayer(layer: DataLayer(kind: .named, path: layerPath)).refreshSchema()
    discardDraft(session.code)
    return .editorSaved(path: session.file, bytes: Array(session.text.utf8))
  }

  /// The file read again, and the session's answers applied to it one by one (those that no longer fit dropped).
  func reload(_ session: EditorSession, data: DataSet) -> Message {
    let snapshot: AtomicFile.Snapshot
    do {
      snapshot = try AtomicFile.Snapshot.read(session.file)
    } catch {
      return .editorSaveFailed(.notReadable(session.file, errno: EACCES))
    }
    var profile =
      snapshot.contents.flatMap { ProfileLoader.load(text: $0, named: session.file, registry: data.registry).0 }
      ?? Profile(code: session.code, name: session.name, records: [], file: session.file)
    if !profile.records.contains(where: { $0.id == session.record }) {
      profile.records.append(
        Record(
          id: session.record,
          sources: [
            Source(
              id: session.source, title: Source.placeholderTitle, publisher: nil, published: nil, retrieved: nil,
              url: nil)
          ]))
      profile.records.sort { $0.id < $1.id }
    }
    var fresh = session
    fresh.original = snapshot.contents
    fresh.text = ProfileWriter.json(profile)
    fresh.savedText = snapshot.contents.map { String(decoding: $0, as: UTF8.self) } ?? ""
    fresh.answers = []
    var dropped = 0
    for answer in session.answers {
      if let text = EditorSession.applying(
        [answer], to: fresh.text, file: session.file, record: session.record, data: data)
      {
        fresh.text = text
        fresh.answers.append(answer)
      } else {
        dropped += 1
      }
    }
    return .editorReloaded(fresh, dropped: dropped)
  }

  /// The edited profile written beside the drafts, the original file left alone.
  func saveElsewhere(_ session: EditorSession) -> Message {
    let directory = Self.stateDirectory + "/saved"
    let stamp = SnapshotName.timestamp(Date())
    let path = directory + "/\(session.code)-\(session.record)-\(stamp).json"
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try Data(session.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
    } catch {
      return .editorSaveFailed(.notWritable(path, errno: EACCES))
    }
    return .editorSavedElsewhere(path: path)
  }

  /// Writes the session to the journal (atomically: a kill mid-write leaves the previous draft whole).
  func writeDraft(_ session: EditorSession) -> Message? {
    let path = Self.draftPath(session.code)
    do {
      try FileManager.default.createDirectory(atPath: Self.draftsDirectory, withIntermediateDirectories: true)
      let data = try JSONEncoder().encode(EditorDraft(session))
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
      return nil
    } catch {
      return .draftNotWritten(path: path)
    }
  }

  func discardDraft(_ code: String) {
    try? FileManager.default.removeItem(atPath: Self.draftPath(code))
  }

  /// A draft left by an editor that did not end, as a session to go on with; nil when there is none (a draft that
  /// cannot be read is left where it is).
  func restoredDraft(data: DataSet) -> EditorSession? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.draftsDirectory)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") {
      guard var session = draft(at: Self.draftsDirectory + "/" + name) else { continue }
      session.notice = .restored(answers: session.answers.count)
      return session
    }
    return nil
  }

  /// The session a draft holds, or nil when there is none or it cannot be read.
  func draft(at path: String) -> EditorSession? {
    guard let bytes = FileManager.default.contents(atPath: path),
      let draft = try? JSONDecoder().decode(EditorDraft.self, from: bytes)
    else { return nil }
    return draft.session
  }
}
