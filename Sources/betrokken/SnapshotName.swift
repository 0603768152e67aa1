import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import BetrokkenTerminal
import Foundation

enum SnapshotName {
  static func timestamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    return formatter.string(from: date)
  }
}
