import BetrokkenModel

/// What loading left to say once, in words: files not loaded, version-1 files converted in memory.
public enum LoadWords {
  /// The notices to show once after loading (standard error, or the dashboard's footer).
  public static func notices(_ data: DataSet) -> [String] {
    notices(failedFiles: data.failedFiles.count, convertedProfiles: data.convertedFromVersion1.count)
  }

  static func notices(failedFiles: Int, convertedProfiles: Int) -> [String] {
    var notices: [String] = []
    if failedFiles > 0 {
      notices.append(Strings.text("reports.load.failed", Strings.count(failedFiles, "reports.load.file")))
    }
    if convertedProfiles > 0 {
      notices.append(Strings.text("reports.load.converted", Strings.count(convertedProfiles, "reports.load.profile")))
    }
    return notices
  }
}

extension Notice {
  /// The footer notice after loading, if loading has something to say.
  public static func loaded(_ data: DataSet) -> Notice? {
    let failed = data.failedFiles.count
    let converted = data.convertedFromVersion1.count
    return failed + converted == 0 ? nil : .loaded(failedFiles: failed, convertedProfiles: converted)
  }
}
