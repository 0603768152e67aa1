/// JSON string quoting, for tools that write JSON of their own (the schema annotator).
public enum ProfileWriterString {
  public static func quote(_ s: String) -> String { ProfileWriter.string(s) }
}
