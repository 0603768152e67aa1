import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

enum Markdown {
  static func cell(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
}
