import ArgumentParser
import BetrokkenModel
import BetrokkenScreen
import Foundation

enum RecordOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, markdown
}
