// swift-tools-version: 6.0
import Foundation
import PackageDescription

// libFuzzer targets for Betrokken, in a package of their own: their product has no `main` (libFuzzer brings it), so
// it must stay out of the main package's `swift build`. Build and run them with `Fuzz/run` (see the README).

// A path dependency is named after its directory, which differs between checkouts.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let rootIdentity = root.lastPathComponent.lowercased()

let package = Package(
  name: "BetrokkenFuzz",
  dependencies: [.package(path: "..")],
  targets: [
    .executableTarget(
      name: "BetrokkenFuzz",
      dependencies: [
        .product(name: "BetrokkenModel", package: rootIdentity),
        .product(name: "BetrokkenScreen", package: rootIdentity),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
