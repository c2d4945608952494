/// Writes JSON into bytes as it goes, in the canonical layout of `JSONWriter` (two-space
/// indent, `": "`, one member or element per line) or its compact layout (one line, no spaces).
///
/// The caller writes object members in canonical order (keys sorted by UTF-8 bytes); the writer
/// adds commas, line breaks and indentation.
public struct JSONByteWriter: Sendable {
    /// The text so far.
    public var text: ByteText
    /// Canonical multi-line layout (true) or compact one-line layout (false).
    public let pretty: Bool
    /// Nesting depth: indentation is two spaces per level.
    private var depth: Int
    /// No member or element written yet in the innermost open container.
    private var first = true

    /// A writer whose outermost value starts at `indent` levels (used for elements of an array
    /// written around it).
    public init(pretty: Bool, indent: Int = 0, capacity: Int = 0) {
        self.text = ByteText(capacity: capacity)
        self.pretty = pretty
        self.depth = indent
    }

    private mutating func separate() {
        if !first { text.append(byte: 0x2C) }
        first = false
        if pretty {
            text.append(byte: 0x0A)
            text.appendSpaces(2 * depth)
        }
    }

    /// `{`.
    public mutating func beginObject() { text.append(byte: 0x7B); depth += 1; first = true }

    /// `}` (an empty object is written `{}`).
    public mutating func endObject() { end(0x7D) }

    /// `[`.
    public mutating func beginArray() { text.append(byte: 0x5B); depth += 1; first = true }

    /// `]` (an empty array is written `[]`).
    public mutating func endArray() { end(0x5D) }

    private mutating func end(_ bracket: UInt8) {
        depth -= 1
        if !first, pretty {
            text.append(byte: 0x0A)
            text.appendSpaces(2 * depth)
        }
        text.append(byte: bracket)
        first = false
    }

    /// A member's key (plain ASCII that needs no escaping); its value comes next.
    public mutating func key(_ k: StaticString) {
        separate()
        text.append(byte: 0x22)
        text.append(k)
        text.append(byte: 0x22)
        if pretty { text.append(": ") } else { text.append(byte: 0x3A) }
    }

    /// A member's key from a string.
    public mutating func key(_ k: String) {
        separate()
        text.append(jsonString: k)
        if pretty { text.append(": ") } else { text.append(byte: 0x3A) }
    }

    /// Starts an array element; its value comes next.
    public mutating func element() { separate() }

    /// A number value.
    public mutating func number(_ v: Double) { text.append(jsonNumber: v) }

    /// A string value.
    public mutating func string(_ s: String) { text.append(jsonString: s) }

    /// A boolean value.
    public mutating func bool(_ b: Bool) { text.append(bool: b) }

    /// `null`.
    public mutating func null() { text.append("null") }

    /// Members `key: number`.
    public mutating func member(_ k: StaticString, _ v: Double) { key(k); number(v) }

    /// Members `key: "string"`.
    public mutating func member(_ k: StaticString, _ s: String) { key(k); string(s) }

    /// Members `key: true|false`.
    public mutating func member(_ k: StaticString, _ b: Bool) { key(k); bool(b) }
}
