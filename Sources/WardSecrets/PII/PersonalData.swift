import WardCore

extension SecretRules {
    // Boundaries are written with `\b` wherever a lookaround would say the same (these numbers start
    // and end with word characters): Vectorscan enforces `\b` exactly but drops lookarounds in
    // prefilter mode, and without the boundary every digit run in a file became a candidate
    // (IBAN alone went from 221 to 777 MB/s, with 7 prefilter hits instead of 542,000).

    /// Not preceded by a letter, digit, underscore or decimal point, nor by a digit group and a
    /// separator: the number must not be the tail of a longer number, identifier or hex string.
    static let numberStart = #"\b(?<!\.)(?<![0-9][ -])"#
    /// Not followed by a letter, digit, underscore or decimal fraction.
    static let numberEnd = #"\b(?!\.[0-9])"#
    /// After digit groups: not followed by another four-digit group either.
    static let groupedNumberEnd = #"\b(?!\.[0-9]|[ -][0-9]{4})"#
    /// Digit groups inside a run of hex groups (code point tables, hex dumps) are not card numbers.
    static let hexGroupBefore = #"(?<![0-9A-Fa-f]{4}[ -])"#
    static let hexGroupAfter = #"(?![ -][0-9A-Fa-f]{4,6}(?![G-Zg-z]))"#

    static let paymentCardPattern = numberStart + "(?:"
        + #"[2-68][0-9]{12,18}"# + numberEnd
        + "|" + hexGroupBefore + #"(?:[2-68][0-9]{3}(?: [0-9]{4}){3}(?: [0-9]{3})?|[2-68][0-9]{3}(?:-[0-9]{4}){3}(?:-[0-9]{3})?"#
        + #"|3[47][0-9]{2}(?: [0-9]{6} [0-9]{5}|-[0-9]{6}-[0-9]{5}))"# + groupedNumberEnd + hexGroupAfter
        + ")"

    /// Any two capitals as the country: the validator checks the country and its length. Listing the
    /// 89 country codes made Vectorscan stop at every capital pair in a file, at half the speed.
    static let ibanPattern = #"\b[A-Z]{2}[0-9]{2}(?: ?[0-9A-Z]{4}){2,7}(?: ?[0-9A-Z]{1,3})?\b"#

    /// `value` with its last character replaced, which breaks every check digit used here.
    private static func withWrongCheck(_ value: String) -> String {
        String(value.dropLast()) + (value.last == "0" ? "1" : "0")
    }

    static let personalData: [SecretRule] = [
        SecretRule(
            id: "pii-payment-card-number", title: "Payment card number",
            summary: "A Visa, Mastercard, American Express, JCB, Discover or UnionPay card number in the issuer's "
                + "range and length with a valid Luhn check digit. Card numbers are cardholder data under PCI DSS; "
                + "published test numbers match too and can be allowed where they belong to fixtures.",
            severity: .medium, confidence: .medium, cwe: [359, 312],
            remediation: "Remove the card number from the repository and its history, and keep cardholder data out of "
                + "source, logs and fixtures: store only a token or the last four digits. If it belongs to a real card, "
                + "ask the issuer to replace the card. Use the networks' published test numbers in tests, marked as allowed.",
            tags: ["pii", "financial", "payment-card"],
            references: ["https://en.wikipedia.org/wiki/Payment_card_number", "https://en.wikipedia.org/wiki/Luhn_algorithm"],
            keywords: ["2", "3", "4", "5", "6", "8"],
            pattern: paymentCardPattern, secretGroup: 0,
            validator: { PaymentCard.isValid($0) },
            triggering: [
                Example("card_number: ↓\(Fake.cardNumber(network: .visa))"),
                Example("\"pan\": \"↓\(Fake.grouped(Fake.cardNumber(network: .mastercard), sizes: [4]))\""),
                Example("amex,↓\(Fake.grouped(Fake.cardNumber(network: .americanExpress), sizes: [4, 6, 5]))"),
                Example("jcb=↓\(Fake.grouped(Fake.cardNumber(network: .jcb), sizes: [4], separator: "-"))"),
                Example("Card ↓\(Fake.grouped(Fake.cardNumber(network: .visa), sizes: [4])) accepted"),
                Example("<card>↓\(Fake.cardNumber(network: .discover))</card>"),
                Example("银行卡号：↓\(Fake.cardNumber(network: .unionPay, length: 19))"),
            ],
            nonTriggering: [
                Example("card_number: \(withWrongCheck(Fake.cardNumber(network: .visa)))"),
                Example("order_id=\(Fake.cardNumber(network: .visa))\(Fake.digits(4))"),
                Example("order_id=9\(Fake.cardNumber(network: .mastercard))"),
                Example("sha: \(Fake.hex(8))\(Fake.cardNumber(network: .visa))"),
                Example("ratio = 0.\(Fake.cardNumber(network: .visa))"),
                Example("serial: 1234 \(Fake.grouped(Fake.cardNumber(network: .visa), sizes: [4]))"),
                Example("0x00: 84AF \(Fake.grouped(Fake.cardNumber(network: .visa), sizes: [4]))"),
                Example("\(Fake.grouped(Fake.cardNumber(network: .visa), sizes: [4])) 20BBF 56DD"),
                "timestamp: 1700000000000000",
            ]),
        SecretRule(
            id: "pii-prc-resident-id", title: "PRC resident identity number",
            summary: "An 18-character citizen identity number of the People's Republic of China: a valid region, a real "
                + "birth date and a correct check character. It names one person for life and is the key to their "
                + "bank, telecom and government records.",
            severity: .medium, cwe: [359, 312],
            remediation: "Remove the number from the repository and its history; it identifies a real person and cannot be "
                + "changed. Keep personal data in a protected store, mask it (first and last digits only) wherever it "
                + "is displayed or logged, and generate test identities with computed check characters.",
            tags: ["pii", "national-id", "china"],
            references: ["https://en.wikipedia.org/wiki/Resident_Identity_Card"],
            keywords: ["19", "20"],
            pattern: numberStart + #"[1-8][0-9]{5}(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx]"# + numberEnd,
            secretGroup: 0,
            validator: { ResidentIdentityNumber.isValid($0) }, priority: 12,
            triggering: [
                Example("id_card: ↓\(Fake.residentID())"),
                Example("身份证号：↓\(Fake.residentID())"),
                Example("{\"idNo\":\"↓\(Fake.residentID())\"}"),
            ],
            nonTriggering: [
                Example("id_card: \(withWrongCheck(Fake.residentID()))"),
                Example("id_card: \(Fake.residentID(birthDate: "19990230"))"),
                Example("id_card: \(Fake.residentID(birthDate: "20990101"))"),
                Example("id_card: \(Fake.residentID(birthDate: "18800101"))"),
                Example("trace: 9\(Fake.residentID())"),
            ]),
        SecretRule(
            id: "pii-unified-social-credit-code", title: "Unified social credit code",
            summary: "An 18-character unified social credit code with correct check characters: the registration number "
                + "of a company or organisation in China. Mostly public, but codes of sole traders (92…) point to a person.",
            severity: .low, confidence: .medium, cwe: [359],
            remediation: "Check whether the code belongs to a sole trader or a customer rather than to your own "
                + "organisation; if so, move it to a protected data store and use generated codes in tests.",
            tags: ["pii", "business-id", "china"],
            references: ["https://en.wikipedia.org/wiki/Unified_Social_Credit_Identifier"],
            keywords: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "a", "n", "y"],
            pattern: numberStart + #"[1-9ANY][1-9][1-8][0-9]{5}[0-9A-HJ-NP-RTUW-Y]{10}"# + numberEnd,
            secretGroup: 0,
            validator: { UnifiedSocialCreditCode.isValid($0) }, priority: 8,
            triggering: [
                Example("统一社会信用代码：↓\(Fake.socialCreditCode())"),
                Example("credit_code = \"↓\(Fake.socialCreditCode())\""),
            ],
            nonTriggering: [
                Example("credit_code = \"\(withWrongCheck(Fake.socialCreditCode()))\""),
                Example("credit_code = \"\(Fake.socialCreditCode())9\""),
                Example("id = \"\(Fake.upperHex(4))\(Fake.socialCreditCode())\""),
            ]),
        SecretRule(
            id: "pii-iban", title: "International bank account number (IBAN)",
            summary: "An IBAN of a country in the SWIFT registry, of that country's length and with valid mod-97 check "
                + "digits, electronic or printed in groups of four. It identifies a person's or company's bank account.",
            severity: .medium, cwe: [359, 312],
            remediation: "Remove the account number from the repository and its history, and keep customers' bank "
                + "details in a protected store, masked when displayed or logged. Use generated IBANs in tests.",
            tags: ["pii", "financial", "bank-account"],
            references: ["https://en.wikipedia.org/wiki/International_Bank_Account_Number"],
            keywords: IBAN.lengths.keys.sorted().map { $0.lowercased() },
            pattern: ibanPattern, secretGroup: 0,
            validator: { IBAN.isValid($0) },
            triggering: [
                Example("iban: ↓\(Fake.iban(country: "DE"))"),
                Example("IBAN ↓\(Fake.iban(country: "GB", grouped: true)), BIC NWBKGB2L"),
                Example("\"account\": \"↓\(Fake.iban(country: "FR", grouped: true))\""),
                Example("konto=↓\(Fake.iban(country: "NO"))"),
            ],
            nonTriggering: [
                Example("iban: \(withWrongCheck(Fake.iban(country: "DE")))"),
                Example("iban: \(Fake.iban(country: "DE"))\(Fake.digits(2))"),
                Example("iban: XX\(Fake.digits(20))"),
                "iban: DE00 0000 0000 0000 0000 00",
            ]),
        SecretRule(
            id: "pii-prc-mobile-number", title: "PRC mobile phone number",
            summary: "An 11-digit mobile number of the People's Republic of China on an allocated prefix, with or "
                + "without +86 and digit-group separators. Mobile numbers are tied to a real-name registration.",
            severity: .low, confidence: .medium, cwe: [359],
            remediation: "Remove the phone number from the repository unless it is a published service number; keep "
                + "customers' contact details in a protected store, masked (138****8000) when displayed or logged.",
            tags: ["pii", "contact", "china"],
            keywords: ["13", "14", "15", "16", "17", "18", "19"],
            pattern: #"(?:(?<![0-9A-Za-z_.+])\+86[ -]?|\b(?<![.+])(?<![0-9][ -])(?:0086[ -]?|86[ -])?)1[3-9][0-9](?:[0-9]{8}|-[0-9]{4}-[0-9]{4}| [0-9]{4} [0-9]{4})"#
                + groupedNumberEnd,
            secretGroup: 0,
            validator: { ChineseMobileNumber.isValid($0) },
            triggering: [
                Example("mobile: ↓\(Fake.mobileNumber())"),
                Example("tel: ↓+86 \(Fake.grouped(Fake.mobileNumber(), sizes: [3, 4]))"),
                Example("phone=↓\(Fake.grouped(Fake.mobileNumber(), sizes: [3, 4], separator: "-"))"),
                Example("联系电话：↓0086\(Fake.mobileNumber())"),
            ],
            nonTriggering: [
                Example("mobile: 154\(Fake.digits(8))"),
                Example("mobile: 140\(Fake.digits(8))"),
                Example("order: 2024\(Fake.mobileNumber())"),
                Example("mobile: \(Fake.mobileNumber())\(Fake.digits(1))"),
                Example("build \(Fake.hex(6))\(Fake.mobileNumber())"),
            ]),
    ]
}
