/// Validates payment card numbers (ISO/IEC 7812 primary account numbers): the issuer range and
/// length of a known network, then the Luhn check digit.
/// (ward:ignore pii-payment-card-number: the published test number on the next line)
/// Published test numbers (`4111 1111 1111 1111` and the like) pass: they are valid by Luhn and
/// card-shaped, and a repository that holds them in fixtures is better served by an allow marker
/// than by a validator that guesses which numbers are "only tests".
public enum PaymentCard {
    public enum Network: String, Sendable, CaseIterable {
        case visa
        case mastercard
        case americanExpress
        case jcb
        case discover
        case unionPay
    }

    /// A block of issuer identification numbers: every number whose first digits lie in `prefixes`.
    struct IssuerRange: Sendable {
        var network: Network
        var prefixes: ClosedRange<Int>
        var lengths: Set<Int>

        /// How many leading digits `prefixes` speaks about.
        var prefixLength: Int { String(prefixes.lowerBound).count }
    }

    /// Checked in order: the first range that fits wins, so narrow ranges come before the wide ones
    /// that contain them (Discover's co-branded 622126–622925 before UnionPay's 62).
    static let issuerRanges: [IssuerRange] = [
        IssuerRange(network: .visa, prefixes: 4...4, lengths: [13, 16, 19]),
        IssuerRange(network: .mastercard, prefixes: 51...55, lengths: [16]),
        IssuerRange(network: .mastercard, prefixes: 2221...2720, lengths: [16]),
        IssuerRange(network: .americanExpress, prefixes: 34...34, lengths: [15]),
        IssuerRange(network: .americanExpress, prefixes: 37...37, lengths: [15]),
        IssuerRange(network: .jcb, prefixes: 3528...3589, lengths: Set(16...19)),
        IssuerRange(network: .discover, prefixes: 6011...6011, lengths: Set(16...19)),
        IssuerRange(network: .discover, prefixes: 644...649, lengths: Set(16...19)),
        IssuerRange(network: .discover, prefixes: 65...65, lengths: Set(16...19)),
        // UnionPay cards that Discover's network also accepts.
        IssuerRange(network: .discover, prefixes: 622126...622925, lengths: Set(16...19)),
        IssuerRange(network: .unionPay, prefixes: 62...62, lengths: Set(16...19)),
        IssuerRange(network: .unionPay, prefixes: 8100...8171, lengths: Set(16...19)),
    ]

    /// Whether `number` is a card number of a known network with a correct check digit. Spaces and
    /// dashes between digit groups are ignored.
    public static func isValid(_ number: [UInt8]) -> Bool { network(of: number) != nil }

    /// The network of `number`, or nil when no network issues numbers of that shape or the Luhn
    /// check digit is wrong.
    public static func network(of number: [UInt8]) -> Network? {
        let digits = number.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }
        guard (12...19).contains(digits.count), digits.allSatisfy(PersonalDataCharacters.isDigit) else { return nil }
        guard luhnSum(digits) % 10 == 0 else { return nil }
        return issuer(of: digits)
    }

    /// The network whose ranges and lengths fit `digits` (ASCII digits), without the checksum.
    static func issuer(of digits: [UInt8]) -> Network? {
        issuerRanges.first { range in
            range.lengths.contains(digits.count) && range.prefixes.contains(PersonalDataCharacters.value(of: digits.prefix(range.prefixLength)))
        }?.network
    }

    /// The Luhn check digit (ASCII) that completes `payload`, the card number without its last digit.
    public static func checkDigit(for payload: [UInt8]) -> UInt8 {
        let sum = luhnSum(payload + [UInt8(ascii: "0")])
        return UInt8(ascii: "0") + UInt8((10 - sum % 10) % 10)
    }

    /// The Luhn sum: every second digit from the right doubled, with the digits of each product added.
    static func luhnSum(_ digits: [UInt8]) -> Int {
        var sum = 0
        for (offset, digit) in digits.reversed().enumerated() {
            var value = Int(digit &- UInt8(ascii: "0"))
            if offset % 2 == 1 {
                value *= 2
                if value > 9 { value -= 9 }
            }
            sum += value
        }
        return sum
    }
}
