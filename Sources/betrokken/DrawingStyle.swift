import ArgumentParser

/// `--style`: Unicode lines and symbols (`plain`) or ASCII only.
enum DrawingStyle: String, ExpressibleByArgument, CaseIterable {
  case plain, ascii
}
