import BetrokkenModel

/// What loading left to say once, in words: files not loaded, version-1 files converted in memory.
public enum LoadWords {
  /// The notices to show once after loading (standard error, or the dashboard's message line).
  public static func notices(_ data: DataSet) -> [String] {
    var notices: [String] = []
    let failed = data.failedFiles.count
    if failed > 0 {
      notices.append(Strings.text("reports.load.failed", Strings.count(failed, "reports.load.file")))
    }
    let converted = data.convertedFromVersion1.count
    if converted > 0 {
      notices.append(Strings.text("reports.load.converted", Strings.count(converted, "reports.load.profile")))
    }
    return notices
  }
}
