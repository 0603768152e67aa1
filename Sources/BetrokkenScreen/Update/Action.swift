/// Everything a key can do, in whichever mode.
enum Action: Equatable, Sendable {
  case up, down, previousPane, nextPane, pageUp, pageDown, top, bottom
  case open, startFilter, snapshot, document, glossary, help, quit
  case checks, overview
  case mark, compare, neighbours, bodyMembers, toggleDifferences
  case olderRecord, newerRecord, difference
  case openCells, openMunicipality
  case sort, jump, clearMarks, paneLeft, paneRight, removeColumn, clearText
  case close
  case edit
  /// The editor's own: take the answer, move between its fields, parts and open questions, undo, end a form,
  /// remove an entry, show the effect, save.
  case answer, nextField, previousField, part, previousPart, openQuestion, undo, endForm, remove, effect, save
  case takeCurrent
}
