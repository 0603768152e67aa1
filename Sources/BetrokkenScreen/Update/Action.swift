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
}
