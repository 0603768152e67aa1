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

  /// The draft of the session on `file`: named by the code and a hash of the file's path, so sessions on the same
  /// municipality in different layers (`--data A`, `--data B`) keep drafts of their own.
  static func draftPath(code: String, file: String) -> String {
    var hash: UInt32 = 2_166_136_261  // FNV-1a: stable across runs, unlike Hasher
    for byte in file.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return draftsDirectory + "/\(code)-\(String(hash, radix: 16)).json"
  }

  /// The session on the municipality's newest record in the writable layer; when the layer has none, the newest
  /// record of a lower layer copied (in memory) as a new record of the as-of date. A draft of that file is gone on
  /// with instead.
  func open(code: String, data: DataSet) -> Message {
    let path = layer.file(for: code)
    if var session = draft(at: Self.draftPath(code: code, file: path), data: data) {
      session.notice = .restored(answers: session.answers.count)
      return .editorOpened(session)
    }
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
      text: ProfileWriter.json(profile), source: record?.sources.first?.id ?? "")
    // A copied record is not on disk yet: it counts as unsaved until Ctrl-S.
    if notice != nil { session.savedText = "" }
    session.notice = notice
    return .editorOpened(session)
  }

  /// Saves the session's profile over the file it was read from, refusing when the disk changed since. The text is
  /// checked as the loader reads it first (a session restored from a draft was not made by this process).
  func save(_ session: EditorSession, data: DataSet) -> Message {
    guard ProfileLoader.load(text: Array(session.text.utf8), named: session.file, registry: data.registry).0 != nil
    else { return .editorSaveFailed(.other(session.file, errno: EINVAL)) }
    let directory = (session.file as NSString).deletingLastPathComponent
    let layerPath =
      (directory as NSString).lastPathComponent == "profiles"
      ? (directory as NSString).deletingLastPathComponent : directory
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return .editorSaveFailed(.notWritable(directory, errno: EACCES))
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
    discardDraft(code: session.code, file: session.file)
    return .editorSaved(path: session.file, bytes: Array(session.text.utf8))
  }

  /// The file read again and the session's answers applied to it anew. A file that now has errors is not read
  /// again (the session stays as it was); when answers no longer fit, the version from before is kept beside the
  /// drafts first, so nothing typed is lost.
  func reload(_ session: EditorSession, data: DataSet) -> Message {
    guard let snapshot = try? AtomicFile.Snapshot.read(session.file) else {
      return .editorReloadFailed(path: session.file)
    }
    var profile = Profile(code: session.code, name: session.name, records: [], file: session.file)
    if let contents = snapshot.contents {
      guard let loaded = ProfileLoader.load(text: contents, named: session.file, registry: data.registry).0 else {
        return .editorReloadFailed(path: session.file)
      }
      profile = loaded
    }
    if !profile.records.contains(where: { $0.id == session.record }) {
      // The record is not in the file any more: the answers go onto the record as the session had it before them.
      let before = EditorSession.record(
        session.record, of: session.undoBase, file: session.file, data: data)
      if let before { profile.records.append(before) }
      profile.records.sort { $0.id < $1.id }
    }
    let (fresh, dropped) = session.replaying(
      onto: ProfileWriter.json(profile), original: snapshot.contents, data: data)
    var keptAt: String?
    if !dropped.isEmpty, case .editorSavedElsewhere(let path) = saveElsewhere(session) { keptAt = path }
    return .editorReloaded(fresh, dropped: dropped.count, keptAt: keptAt)
  }

  /// The edited profile written beside the drafts, the original file left alone.
  func saveElsewhere(_ session: EditorSession) -> Message {
    let directory = Self.stateDirectory + "/saved"
    let base = directory + "/\(session.code)-\(session.record)-\(SnapshotName.timestamp(Date()))"
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    } catch {
      return .editorSaveFailed(.notWritable(directory, errno: EACCES))
    }
    // A second save in the same second gets -2, -3 …
    for attempt in 1...99 {
      let path = base + (attempt == 1 ? "" : "-\(attempt)") + ".json"
      do {
        try Data(session.text.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
        return .editorSavedElsewhere(path: path)
      } catch CocoaError.fileWriteFileExists {
        continue
      } catch {
        return .editorSaveFailed(.notWritable(directory, errno: EACCES))
      }
    }
    return .editorSaveFailed(.notWritable(directory, errno: EEXIST))
  }

  /// Writes the session to the journal (atomically: a kill mid-write leaves the previous draft whole).
  func writeDraft(_ session: EditorSession) -> Message? {
    let path = Self.draftPath(code: session.code, file: session.file)
    do {
      try FileManager.default.createDirectory(atPath: Self.draftsDirectory, withIntermediateDirectories: true)
      let data = try JSONEncoder().encode(EditorDraft(session))
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
      return nil
    } catch {
      return .draftNotWritten(path: path)
    }
  }

  func discardDraft(code: String, file: String) {
    try? FileManager.default.removeItem(atPath: Self.draftPath(code: code, file: file))
  }

  /// At start: a draft left by an editor that did not end, offered to go on with (Enter), discard (Ctrl-D) or leave
  /// for later; nil when there is none. Drafts that cannot be read, or whose text no longer loads, are left where
  /// they are.
  func restoredDraft(data: DataSet) -> EditorSession? {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: Self.draftsDirectory)) ?? []
    for name in names.sorted() where name.hasSuffix(".json") {
      guard var session = draft(at: Self.draftsDirectory + "/" + name, data: data) else { continue }
      session.prompt = .restore
      return session
    }
    return nil
  }

  /// The session a draft holds: nil when there is none, it cannot be read, or its text does not load as a profile
  /// with that record (a draft is a file like any other and is checked as one).
  func draft(at path: String, data: DataSet) -> EditorSession? {
    guard let bytes = FileManager.default.contents(atPath: path),
      let draft = try? JSONDecoder().decode(EditorDraft.self, from: bytes), let session = draft.session,
      let profile = ProfileLoader.load(text: Array(session.text.utf8), named: session.file, registry: data.registry).0,
      profile.code == session.code, profile.records.contains(where: { $0.id == session.record })
    else { return nil }
    return session
  }
}
