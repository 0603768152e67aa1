import BetrokkenScreen
import Testing

struct TerminalCharsetTests {
  @Test(arguments: [
    ([:], false),
    (["LANG": "C"], false),
    (["LANG": "POSIX"], false),
    (["LANG": "nl_NL.UTF-8"], true),
    (["LANG": "nl_NL.utf8"], true),
    (["LANG": "nl_NL.UTF-8@euro"], true),
    (["LANG": "nl_NL.ISO-8859-15@euro"], false),
    (["LANG": "en_US.UTF-16"], false),
    (["LANG": "utf8"], false),
    // POSIX order: LC_ALL before LC_CTYPE before LANG; an empty value does not count.
    (["LC_ALL": "C", "LANG": "nl_NL.UTF-8"], false),
    (["LC_ALL": "", "LC_CTYPE": "C.UTF-8", "LANG": "C"], true),
    (["LC_CTYPE": "", "LANG": "C.UTF-8"], true),
    (["LC_MESSAGES": "C.UTF-8", "LANG": "C"], false),
  ])
  func theLocaleNameDecides(_ environment: [String: String], _ utf8: Bool) {
    #expect(TerminalCharset.isUTF8(environment: environment) == utf8)
  }
}
