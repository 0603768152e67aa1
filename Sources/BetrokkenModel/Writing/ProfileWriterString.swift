/// JSON string quoting, for tools that write JSON of their own (the schema annotator).
public enum ProfileWriterString {
  /// `s` as a JSON string literal: quotes, backslashes and control characters escaped.
  public static func quote(_ s: String) -> String { ProfileWriter.string(s) }
}
