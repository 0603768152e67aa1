import BetrokkenModel
import BetrokkenScreen
import Foundation

/// A draft in the journal: what is needed to go on with an editor session after a crash or kill -9. Written after
/// every answer; removed on save and when the answers are discarded.
struct EditorDraft: Codable {
  struct Answer: Codable {
    var path: String
    var value: String?
    var source: String
    var section: String?
    var approximate: Bool
    var creates: Bool?
  }

  var draftVersion = 1
  var code: String
  var name: String
  var record: String
  var file: String
  /// The file's bytes when it was read (base64), so a save after restoring still refuses a file changed since.
  var original: String?
  var text: String
  var savedText: String
  var answers: [Answer]
  var position: Int
  var source: String
  var section: String?

  init(_ session: EditorSession) {
    code = session.code
    name = session.name
    record = session.record.description
    file = session.file
    original = session.original.map { Data($0).base64EncodedString() }
    text = session.text
    savedText = session.savedText
    answers = session.answers.map {
      Answer(
        path: $0.path, value: $0.value, source: $0.source, section: $0.section, approximate: $0.approximate,
        creates: $0.creates)
    }
    position = session.position
    source = session.source
    section = session.section
  }

  /// The session again; nil when the draft is not one this version can read.
  var session: EditorSession? {
    guard draftVersion == 1, let date = CalendarDate(record) else { return nil }
    let bytes: [UInt8]?
    if let original {
      guard let data = Data(base64Encoded: original) else { return nil }
      bytes = Array(data)
    } else {
      bytes = nil
    }
    var session = EditorSession(
      code: code, name: name, record: date, file: file, original: bytes, text: text, source: source)
    session.savedText = savedText
    session.section = section
    // A draft is a file: its position is not trusted beyond the questions a record can have.
    session.position = min(max(0, position), 100_000)
    session.answers = answers.map {
      EditorSession.Answer(
        path: $0.path, value: $0.value, source: $0.source, section: $0.section, approximate: $0.approximate,
        creates: $0.creates ?? false)
    }
    return session
  }
}
