/// The standard normal distribution's CDF Φ and quantile Φ⁻¹, and the `log` and `exp` they
/// need, in plain Swift (the model imports no libraries).
public enum StandardNormal {
    /// Φ⁻¹(p), Wichura's algorithm AS 241 (PPND16): relative error about 1e-16 over (0, 1).
    /// −∞ at p ≤ 0 and +∞ at p ≥ 1.
    public static func quantile(_ p: Double) -> Double {
        if p <= 0 { return -.infinity }
        if p >= 1 { return .infinity }
        let q = p - 0.5
        if abs(q) <= 0.425 {
            let r = 0.180625 - q * q
            return q * horner(r, a) / horner(r, b)
        }
        var r = q < 0 ? p : 1 - p
        r = (-log(r)).squareRoot()
        let x: Double
        if r <= 5 {
            x = horner(r - 1.6, c) / horner(r - 1.6, d)
        } else {
            x = horner(r - 5, e) / horner(r - 5, f)
        }
        return q < 0 ? -x : x
    }

    /// Φ(x), the probability that a standard normal is at most x; accurate to a few units in
    /// the last place in the lower tail, where truncation bounds need it.
    public static func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x < -38.5 { return 0 }
        if x > 8.5 { return 1 }
        if x < -2.5 { return lowerTail(-x) }
        if x > 2.5 { return 1 - lowerTail(x) }
        // Marsaglia's series: Φ(x) = 1/2 + φ(x)·(x + x³/3 + x⁵/(3·5) + …).
        var term = x, sum = x
        let x2 = x * x
        var n = 1.0
        while true {
            n += 2
            term *= x2 / n
            let next = sum + term
            if next == sum { break }
            sum = next
        }
        return 0.5 + density(x) * sum
    }

    /// φ(x), the standard normal density.
    public static func density(_ x: Double) -> Double {
        exp(-0.5 * x * x) * 0.398_942_280_401_432_7
    }

    /// Φ(−t) for t > 2.5 by the continued fraction of Mills' ratio, evaluated from the back.
    static func lowerTail(_ t: Double) -> Double {
        var f = t
        var n = 400.0
        while n >= 1 {
            f = t + n / f
            n -= 1
        }
        return density(t) / f
    }

    // MARK: Elementary functions

    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10

    /// Natural logarithm of a positive finite number, to about one unit in the last place.
    public static func log(_ x: Double) -> Double {
        if x.isNaN || x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return .infinity }
        var m = x.significand
        var k = Double(x.exponent)
        if m > 1.414_213_562_373_095_1 { m *= 0.5; k += 1 }
        let s = (m - 1) / (m + 1)
        let s2 = s * s
        var p = 1.0 / 25
        var j = 23.0
        while j >= 1 {
            p = p * s2 + 1 / j
            j -= 2
        }
        return k * ln2Hi + (k * ln2Lo + 2 * s * p)
    }

    /// e^x, to about one unit in the last place.
    public static func exp(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if x > 709.782712893384 { return .infinity }
        if x < -745.2 { return 0 }
        let k = (x / 0.693_147_180_559_945_3).rounded()
        let r = (x - k * ln2Hi) - k * ln2Lo
        var p = 1.0
        var n = 17.0
        while n >= 1 {
            p = 1 + p * r / n
            n -= 1
        }
        var e = Int(k)
        var result = p
        while e > 1000 { result *= Double(sign: .plus, exponent: 1000, significand: 1); e -= 1000 }
        while e < -1000 { result *= Double(sign: .plus, exponent: -1000, significand: 1); e += 1000 }
        return result * Double(sign: .plus, exponent: e, significand: 1)
    }

    /// c₀ + c₁x + … by Horner's rule.
    static func horner(_ x: Double, _ c: [Double]) -> Double {
        var v = 0.0
        for k in c.indices.reversed() { v = v * x + c[k] }
        return v
    }

    // AS 241's coefficients (Applied Statistics 37 (1988) 477–484).
    static let a = [3.3871328727963666080e0, 1.3314166789178437745e2, 1.9715909503065514427e3,
                    1.3731693765509461125e4, 4.5921953931549871457e4, 6.7265770927008700853e4,
                    3.3430575583588128105e4, 2.5090809287301226727e3]
    static let b = [1, 4.2313330701600911252e1, 6.8718700749205790830e2, 5.3941960214247511077e3,
                    2.1213794301586595867e4, 3.9307895800092710610e4, 2.8729085735721942674e4,
                    5.2264952788528545610e3]
    static let c = [1.42343711074968357734e0, 4.63033784615654529590e0, 5.76949722146069140550e0,
                    3.64784832476320460504e0, 1.27045825245236838258e0, 2.41780725177450611770e-1,
                    2.27238449892691845833e-2, 7.74545014278341407640e-4]
    static let d = [1, 2.05319162663775882187e0, 1.67638483018380384940e0, 6.89767334985100004550e-1,
                    1.48103976427480074590e-1, 1.51986665636164571966e-2, 5.47593808499534494600e-4,
                    1.05075007164441684324e-9]
    static let e = [6.65790464350110377720e0, 5.46378491116411436990e0, 1.78482653991729133580e0,
                    2.96560571828504891230e-1, 2.65321895265761230930e-2, 1.24266094738807843860e-3,
                    2.71155556874348757815e-5, 2.01033439929228813265e-7]
    static let f = [1, 5.99832206555887937690e-1, 1.36929880922735805310e-1, 1.48753612908506148525e-2,
                    7.86869131145613259100e-4, 1.84631831751005468180e-5, 1.42151175831644588870e-7,
                    2.04426310338993978564e-15]
}
