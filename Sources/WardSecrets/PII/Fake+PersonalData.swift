/// Generators of personal data that pass their validators: random digits with computed check
/// digits, so rule examples and tests never hold a real person's card, identity or account number.
extension Fake {
    /// A random integer in `0..<bound`.
    private static func number(below bound: Int) -> Int { Int(digits(9))! % bound }

    private static func element<T>(of choices: [T]) -> T { choices[number(below: choices.count)] }

    /// A card number of `network` with a correct Luhn check digit; `length` defaults to the
    /// network's usual 16 digits (15 for American Express).
    public static func cardNumber(network: PaymentCard.Network = .visa, length: Int? = nil) -> String {
        let prefix: String
        switch network {
        case .visa: prefix = "4"
        case .mastercard: prefix = element(of: [String(51 + number(below: 5)), String(2221 + number(below: 500))])
        case .americanExpress: prefix = element(of: ["34", "37"])
        case .jcb: prefix = String(3528 + number(below: 62))
        case .discover:
            prefix = element(of: ["6011", String(644 + number(below: 6)), "65", String(622126 + number(below: 800))])
        case .unionPay:
            // A third digit other than 2 keeps clear of the range co-branded with Discover.
            prefix = element(of: ["62" + element(of: ["0", "1", "3", "4", "5", "6", "7", "8", "9"]), String(8100 + number(below: 72))])
        }
        let count = length ?? (network == .americanExpress ? 15 : 16)
        let payload = Array((prefix + digits(count - prefix.count - 1)).utf8)
        return String(decoding: payload + [PaymentCard.checkDigit(for: payload)], as: UTF8.self)
    }

    /// A PRC resident identity number with a correct check character, born on `birthDate`
    /// (`yyyymmdd`, not checked, so tests can ask for impossible dates) or on a random day.
    public static func residentID(birthDate: String? = nil) -> String {
        let region = String(element(of: ResidentIdentityNumber.provinceCodes.sorted())) + digits(4)
        let date = birthDate ?? String(1940 + number(below: 66)) + twoDigits(1 + number(below: 12)) + twoDigits(1 + number(below: 28))
        let payload = Array((region + date + digits(3)).utf8)
        return String(decoding: payload + [ResidentIdentityNumber.checkCharacter(for: payload)!], as: UTF8.self)
    }

    /// A unified social credit code of a company (`91`) with correct check characters.
    public static func socialCreditCode() -> String {
        let region = String(element(of: ResidentIdentityNumber.provinceCodes.sorted().filter { $0 < 71 })) + digits(4)
        let organisation = Array(string(8, from: String(decoding: UnifiedSocialCreditCode.alphabet, as: UTF8.self)).utf8)
        let payload = Array(("91" + region).utf8) + organisation + [UnifiedSocialCreditCode.organisationCodeCheckCharacter(for: organisation)!]
        return String(decoding: payload + [UnifiedSocialCreditCode.checkCharacter(for: payload)!], as: UTF8.self)
    }

    /// An IBAN of `country` (a key of `IBAN.lengths`) with a numeric account number and correct
    /// check digits; `grouped` prints it in groups of four.
    public static func iban(country: String = "DE", grouped: Bool = false) -> String {
        let bban = digits(IBAN.lengths[country]! - 4)
        let iban = country + IBAN.checkDigits(country: country, bban: bban) + bban
        return grouped ? Fake.grouped(iban, sizes: [4]) : iban
    }

    /// An 11-digit PRC mobile number on an allocated prefix.
    public static func mobileNumber() -> String {
        String(element(of: ChineseMobileNumber.allocatedPrefixes.sorted())) + digits(8)
    }

    /// `value` split into groups of `sizes` (the last size repeating) joined by `separator`, as
    /// numbers are printed: `grouped(card, sizes: [4])`, `grouped(amex, sizes: [4, 6, 5])`.
    public static func grouped(_ value: String, sizes: [Int], separator: String = " ") -> String {
        var groups: [Substring] = []
        var rest = value[...]
        var index = 0
        while !rest.isEmpty {
            let size = sizes[min(index, sizes.count - 1)]
            groups.append(rest.prefix(size))
            rest = rest.dropFirst(size)
            index += 1
        }
        return groups.joined(separator: separator)
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
