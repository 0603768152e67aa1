import BetrokkenModel

/// Footer notices in words.
enum NoticeWords {
  static func text(_ notice: Notice) -> String {
    switch notice {
    case .loaded(let failed, let converted):
      LoadWords.notices(failedFiles: failed, convertedProfiles: converted).first ?? ""
    case .markFirst(let marked): Strings.text("screen.message.markFirst", String(marked))
    case .tooManyMarked(let marked): Strings.text("screen.message.tooManyMarked", String(marked))
    case .noNeighbours(let municipality, let neighbours):
      neighbours.isEmpty
        ? Strings.text("screen.message.noNeighboursAtAll", municipality)
        : Strings.text("screen.message.noNeighbours", municipality, neighbours.joined(separator: ", "))
    case .firstNeighbours(let shown, let total):
      Strings.text("screen.message.firstNeighbours", String(shown), String(total))
    case .chooseSharedBody: Strings.text("screen.message.chooseSharedBody")
    case .onlyMemberWithProfile(let body): Strings.text("screen.message.onlyMemberWithProfile", body)
    case .firstMembers(let shown, let total, let body):
      Strings.text("screen.message.firstMembers", String(shown), String(total), body)
    case .noRecord(let municipality, let asOf):
      Strings.text("screen.message.noRecord", municipality, DateWords.long(asOf))
    case .oldestRecord(let municipality): Strings.text("screen.message.oldestRecord", municipality)
    case .newestRecord(let asOf): Strings.text("screen.message.newestRecord", DateWords.long(asOf))
    case .snapshotWritten(let path): Strings.text("screen.message.snapshotSaved", path)
    case .snapshotFailed(let directory): Strings.text("screen.message.snapshotNotSaved", directory)
    case .cannotEdit(.fileHasErrors(let path)): Strings.text("screen.message.cannotEditFile", path)
    case .cannotEdit(.notReadable(let path)): Strings.text("screen.message.cannotEditRead", path)
    case .cannotEdit(.noRecord(let name)): Strings.text("screen.message.cannotEditNoRecord", name)
    case .edited(let path): Strings.text("screen.message.edited", path)
    }
  }
}
