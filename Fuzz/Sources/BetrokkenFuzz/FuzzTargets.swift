/// The targets by the name `BETROKKEN_FUZZ_TARGET` and `Fuzz/run` use.
enum FuzzTargets {
  static let all: [String: FuzzTarget.Type] = [
    "json": JSONParserTarget.self,
    "profile": ProfileFileTarget.self,
    "directory": DataDirectoryTarget.self,
    "register": RegisterTarget.self,
    "update": UpdateStepTarget.self,
    "snapshot": SnapshotTarget.self,
    "editor": EditorStepTarget.self,
  ]
}
