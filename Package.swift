// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Betrokken",
  products: [
    .executable(name: "betrokken", targets: ["betrokken"]),
    .executable(name: "betrokken-bench", targets: ["BetrokkenBench"]),
    .library(name: "BetrokkenModel", targets: ["BetrokkenModel"]),
    .library(name: "BetrokkenScreen", targets: ["BetrokkenScreen"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-system", from: "1.7.0"),
  ],
  targets: [
    // JSON -> validated model -> analysis. No UI, no C.
    .target(name: "BetrokkenModel", dependencies: [.product(name: "SystemPackage", package: "swift-system")]),
    // Analysis -> screen value (a grid of cells), key handling, text rendering. No C.
    .target(name: "BetrokkenScreen", dependencies: ["BetrokkenModel"]),
    // The system library; only BetrokkenTerminal imports it.
    .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
    // Signal handling and terminal modes that must be async-signal-safe, hence C.
    .target(name: "CTerminalSupport"),
    // The one module that talks to the terminal.
    .target(name: "BetrokkenTerminal", dependencies: ["BetrokkenScreen", "CNcursesw", "CTerminalSupport"]),
    .executableTarget(
      name: "betrokken",
      dependencies: [
        "BetrokkenModel", "BetrokkenScreen", "BetrokkenTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(name: "BetrokkenBench", dependencies: ["BetrokkenModel", "BetrokkenScreen"]),
    .testTarget(name: "BetrokkenModelTests", dependencies: ["BetrokkenModel", "BetrokkenScreen"]),
    .testTarget(name: "BetrokkenScreenTests", dependencies: ["BetrokkenScreen", "BetrokkenModel"]),
    .testTarget(name: "BetrokkenEndToEndTests", dependencies: ["BetrokkenModel", "BetrokkenScreen"]),
  ],
  swiftLanguageModes: [.v6]
)
