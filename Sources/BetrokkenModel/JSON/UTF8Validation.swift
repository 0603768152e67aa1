/// Finds the first byte where `bytes` stops being well-formed UTF-8, or nil when all of it is.
func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
  bytes.withUnsafeBufferPointer { firstInvalidUTF8Offset($0) }
}

private func firstInvalidUTF8Offset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
  var offset = 0
  let count = bytes.count
  let raw = UnsafeRawPointer(bytes.baseAddress)
  while offset < count {
    // Skip ASCII eight bytes at a time.
    if let raw, offset + 8 <= count,
      raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
    {
      offset += 8
      continue
    }
    let lead = bytes[offset]
    if lead < 0x80 {
      offset += 1
      continue
    }
    let length: Int
    var minimum: UInt32
    var scalar: UInt32
    switch lead {
    case 0xC2...0xDF:
      length = 2
      minimum = 0x80
      scalar = UInt32(lead & 0x1F)
    case 0xE0...0xEF:
      length = 3
      minimum = 0x800
      scalar = UInt32(lead & 0x0F)
    case 0xF0...0xF4:
      length = 4
      minimum = 0x10000
      scalar = UInt32(lead & 0x07)
    default: return offset
    }
    if offset + length > count { return offset }
    for i in 1..<length {
      let next = bytes[offset + i]
      if next & 0xC0 != 0x80 { return offset }
      scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return offset }
    offset += length
  }
  return nil
}
