/// Counter-based random numbers for Monte Carlo draws: the uniform number of draw i for an
/// input depends only on (seed, i, the input's key), never on the order in which draws are
/// made or how many threads make them.
public enum DrawRandom {
    /// A stable 64-bit hash of a key (FNV-1a over its UTF-8 bytes, then mixed): the same on
    /// every machine and in every run, unlike `Hasher`.
    public static func keyHash(_ key: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return mix(h)
    }

    /// A uniform number in the open interval (0, 1) for draw `draw` of the input whose key
    /// hashes to `keyHash`, under `seed`.
    @inline(__always)
    public static func uniform(seed: UInt64, draw: UInt64, keyHash: UInt64) -> Double {
        uniform(stream: stream(seed: seed, keyHash: keyHash), drawWord: drawWord(draw))
    }

    /// The part of `uniform` that depends only on (seed, key): computed once per input and run.
    @inline(__always)
    public static func stream(seed: UInt64, keyHash: UInt64) -> UInt64 {
        mix(mix(seed &+ 0x9e37_79b9_7f4a_7c15) ^ keyHash)
    }

    /// The part of `uniform` that depends only on the draw: computed once per draw.
    @inline(__always)
    public static func drawWord(_ draw: UInt64) -> UInt64 {
        mix(draw &+ 0xd1b5_4a32_d192_ed03)
    }

    /// `uniform(seed:draw:keyHash:)` from its two precomputed parts.
    @inline(__always)
    public static func uniform(stream: UInt64, drawWord: UInt64) -> Double {
        (Double(mix(stream ^ drawWord) >> 11) + 0.5) * 0x1p-53
    }

    /// SplitMix64's finaliser: a bijection of 64-bit words that scatters every input bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
