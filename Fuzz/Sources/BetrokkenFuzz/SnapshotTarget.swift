import BetrokkenModel
import BetrokkenScreen

/// `snapshot` rendering of a fuzzed profile at a fuzzed size: the first two bytes are width and height, the rest
/// the profile. Whatever loads is drawn, in both styles and languages, as a screen of exactly that size with no
/// control character, and as the whole-dashboard document.
enum SnapshotTarget: FuzzTarget {
  nonisolated(unsafe) static var shipped: DataSet!

  static func setUp() {
    UpdateStepTarget.setUp()
    shipped = UpdateStepTarget.shipped
  }

  static func run(_ bytes: [UInt8]) {
    var input = FuzzInput(bytes)
    let width = 1 + Int(input.take() % 250)
    let height = 1 + Int(input.take() % 100)
    let profileBytes = input.rest
    let path = FuzzFiles.directory + "/snapshot/" + (FuzzFiles.firstCode(in: profileBytes) ?? "GM0000") + ".json"
    FuzzFiles.write(profileBytes, to: path)
    let (profile, _) = ProfileLoader.loadFile(path, registry: shipped.registry)
    guard let profile else { return }
    var data = shipped!
    data.profiles = [profile]
    let state = DashboardState(selectedCode: profile.code)
    for language in Language.allCases {
      for symbols in [Symbols.unicode, .asciiOnly] {
        Language.$current.withValue(language) {
          let screen = DashboardView.render(data: data, state: state, width: width, height: height, symbols: symbols)
          FuzzCheck.screen(screen, width: width, height: height)
          if symbols == .asciiOnly, !screen.text.unicodeScalars.allSatisfy(\.isASCII) {
            FuzzCheck.fail("non-ASCII in the ASCII style")
          }
        }
      }
    }
    let document = DashboardDocument.render(data: data, state: state, width: max(width, 80), symbols: .unicode)
    FuzzCheck.screen(document, width: max(width, 80), height: document.height)
  }
}
