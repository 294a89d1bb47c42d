import Testing
@testable import WardSecrets

/// Each personal-data validator against published sample numbers, the same numbers with one
/// mistake, and the values `Fake` generates for rule examples.
@Suite struct PersonalDataValidatorTests {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// `payload` completed with its Luhn check digit.
    static func withLuhnDigit(_ payload: String) -> String {
        payload + String(UnicodeScalar(PaymentCard.checkDigit(for: bytes(payload))))
    }

    /// `payload` completed with its GB 11643 check character.
    static func withIDCheck(_ payload: String) -> String {
        payload + String(UnicodeScalar(ResidentIdentityNumber.checkCharacter(for: bytes(payload))!))
    }

    // MARK: - Payment cards

    @Test(arguments: [
        ("4111111111111111", PaymentCard.Network.visa),
        ("4012888888881881", .visa),
        ("4222222222222", .visa),
        ("4111 1111 1111 1111", .visa),
        ("4111-1111-1111-1111", .visa),
        ("5555555555554444", .mastercard),
        ("5105105105105100", .mastercard),
        ("2223003122003222", .mastercard),
        ("378282246310005", .americanExpress),
        ("3782 822463 10005", .americanExpress),
        ("371449635398431", .americanExpress),
        ("3530111333300000", .jcb),
        ("3566002020360505", .jcb),
        ("6011111111111117", .discover),
        ("6011000990139424", .discover),
        ("6200000000000005", .unionPay),
    ])
    func publishedTestCardsAreValid(number: String, network: PaymentCard.Network) {
        #expect(PaymentCard.network(of: Self.bytes(number)) == network)
        #expect(PaymentCard.isValid(Self.bytes(number)))
    }

    @Test(arguments: [
        "4111111111111112",  // last digit changed
        "4111111111111211",  // one digit changed
        "378282246301005",  // adjacent digits swapped
        "5555555555554445",
        "411111111111111",  // Visa has no 15-digit numbers
        "41111111111111111111",  // too long
        "1111111111111117",  // no network starts with 1
        "601111111111111A",
        "6011 1111 1111 111",
        "",
    ])
    func mistypedCardsAreInvalid(number: String) {
        #expect(!PaymentCard.isValid(Self.bytes(number)))
    }

    @Test(arguments: [
        ("222100000000000", PaymentCard.Network?.some(.mastercard)),
        ("222000000000000", nil),
        ("272099999999999", .mastercard),
        ("272100000000000", nil),
        ("352800000000000", .jcb),
        ("352700000000000", nil),
        ("358999999999999", .jcb),
        ("359000000000000", nil),
        ("643000000000000", nil),
        ("644000000000000", .discover),
        ("622126000000000", .discover),
        ("622925999999999", .discover),
        ("622125999999999", .unionPay),
        ("622926000000000", .unionPay),
        ("622926000000000000", .unionPay),
        ("817100000000000", .unionPay),
        ("817200000000000", nil),
        ("5100000000000", nil),  // Mastercard numbers have 16 digits
        ("4000000000000", nil),  // Visa has 13, 16 or 19, not 14
        ("400000000000000000", .visa),
    ])
    func issuerRangesHaveTheirBounds(payload: String, network: PaymentCard.Network?) {
        #expect(PaymentCard.network(of: Self.bytes(Self.withLuhnDigit(payload))) == network)
    }

    // MARK: - PRC resident identity numbers

    @Test(arguments: [
        "11010519491231002X",  // the sample in GB 11643
        "11010519491231002x",
        "110105 19491231 002X",
    ])
    func sampleIdentityNumbersAreValid(number: String) {
        #expect(ResidentIdentityNumber.isValid(Self.bytes(number)))
    }

    @Test(arguments: [
        "110105194912310021",  // wrong check character
        "11010519491213002X",  // day and month digits swapped
        "11010519491231003X",  // sequence changed
        "11010519491231002",  // 17 characters
        "11010519491231002XX",
        "1101051949123100X2",
        "440524188001010014",  // correct check character, born before 1900
        "11010519491231002Y",
        withIDCheck("11010519990230123"),  // 30 February
        withIDCheck("11010520010229123"),  // 2001 was not a leap year
        withIDCheck("11010519991301123"),  // month 13
        withIDCheck("11010520990101123"),  // born in the future
        withIDCheck("99010519491231002"),  // no province 99
        withIDCheck("01010519491231002"),
    ])
    func malformedIdentityNumbersAreInvalid(number: String) {
        #expect(!ResidentIdentityNumber.isValid(Self.bytes(number)))
    }

    @Test func leapDaysAndTodayAreAccepted() {
        #expect(ResidentIdentityNumber.isValid(Self.bytes(Self.withIDCheck("11010520000229123"))))
        #expect(ResidentIdentityNumber.isValid(Self.bytes(Self.withIDCheck("11010519000101123"))))
        let today = Self.withIDCheck("11010520240315123")
        #expect(ResidentIdentityNumber.isValid(Self.bytes(today), today: 2024_03_15))
        #expect(!ResidentIdentityNumber.isValid(Self.bytes(today), today: 2024_03_14))
    }

    // MARK: - Unified social credit codes

    /// `payload` (17 characters) completed with its credit-code check character.
    static func withCreditCodeCheck(_ payload: String) -> String {
        payload + String(UnicodeScalar(UnifiedSocialCreditCode.checkCharacter(for: bytes(payload))!))
    }

    @Test(arguments: ["91350100M000100Y43", "91110000600037341L", "91350100m000100y43", "9135 0100 M000 100Y 43"])
    func sampleCreditCodesAreValid(code: String) {
        #expect(UnifiedSocialCreditCode.isValid(Self.bytes(code)))
    }

    @Test(arguments: [
        "91350100M000100Y44",  // wrong check character
        "91350100M000010Y43",  // adjacent characters swapped
        "91350100M000100Y4",  // 17 characters
        "91350100M000100Y433",
        "91350100M000100I43",  // I is not in the alphabet
        "91350100M000100O43",
        "B1350100M000100Y43",  // no registration authority B
        "90350100M000100Y43",  // no organisation category 0
        "91950100M000100Y43",  // no region 95
        withCreditCodeCheck("91350100M000100Y5"),  // organisation code with a wrong check character
        withCreditCodeCheck("911100006000373X1"),
    ])
    func malformedCreditCodesAreInvalid(code: String) {
        #expect(!UnifiedSocialCreditCode.isValid(Self.bytes(code)))
    }

    // MARK: - IBANs

    @Test(arguments: [
        "GB82WEST12345698765432",
        "GB82 WEST 1234 5698 7654 32",
        "gb82 west 1234 5698 7654 32",
        "DE89370400440532013000",
        "DE89 3704 0044 0532 0130 00",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "BE68539007547034",
        "CH9300762011623852957",
        "NO9386011117947",
        "AT611904300234573201",
        "ES9121000418450200051332",
        "IT60X0542811101000000123456",
        "PL61109010140000071219812874",
        "MT84MALT011000012345MTLCAST001S",
        "SA0380000000608010167519",
    ])
    func registryExampleIBANsAreValid(iban: String) {
        #expect(IBAN.isValid(Self.bytes(iban)))
    }

    @Test(arguments: [
        "GB82WEST12345698765433",  // one digit changed
        "GB28WEST12345698765432",  // check digits swapped
        "GB82WEST12345698765423",  // adjacent digits swapped
        "DE8937040044053201300",  // one character short for Germany
        "DE890370400440532013000",
        "XX89370400440532013000",  // no such country
        "DE89-3704-0044-0532-0130-00",
        "GB82WEST1234569876543!",
        "",
    ])
    func mistypedIBANsAreInvalid(iban: String) {
        #expect(!IBAN.isValid(Self.bytes(iban)))
    }

    @Test func everyRegisteredCountryHasAPlausibleLength() {
        #expect(IBAN.lengths.count >= 40)
        #expect(IBAN.lengths.values.allSatisfy { (15...34).contains($0) })
        #expect(IBAN.lengths.keys.allSatisfy { $0.count == 2 && $0 == $0.uppercased() })
    }

    // MARK: - PRC mobile numbers

    @Test(arguments: [
        "13800138000",
        "138 0013 8000",
        "138-0013-8000",
        "+8613800138000",
        "+86 138 0013 8000",
        "0086 13800138000",
        "86-13800138000",
        "14712345678",
        "16612345678",
        "19912345678",
    ])
    func mobileNumbersOnAllocatedPrefixesAreValid(number: String) {
        #expect(ChineseMobileNumber.isValid(Self.bytes(number)))
    }

    @Test(arguments: [
        "12345678901",  // no mobile prefix 12
        "15412345678",  // 154 is not allocated
        "14012345678",  // 140 holds 13-digit machine numbers
        "19412345678",
        "16012345678",
        "1380013800",  // 10 digits
        "138001380001",  // 12 digits
        "+8713800138000",  // another country
        "+86 1380013800",
        "1380013800A",
    ])
    func otherNumbersAreNotMobileNumbers(number: String) {
        #expect(!ChineseMobileNumber.isValid(Self.bytes(number)))
    }

    // MARK: - Generators

    @Test(arguments: PaymentCard.Network.allCases)
    func generatedCardsAreValid(network: PaymentCard.Network) {
        for index in 0..<200 {
            let length: Int? = network == .americanExpress || network == .mastercard ? nil : [16, 17, 18, 19][index % 4]
            let number = Fake.cardNumber(network: network, length: network == .visa ? [13, 16, 19][index % 3] : length)
            #expect(PaymentCard.network(of: Self.bytes(number)) == network, "\(number)")
        }
    }

    @Test func generatedPersonalDataIsValid() {
        for _ in 0..<200 {
            let id = Fake.residentID()
            #expect(ResidentIdentityNumber.isValid(Self.bytes(id)), "\(id)")
            let code = Fake.socialCreditCode()
            #expect(UnifiedSocialCreditCode.isValid(Self.bytes(code)), "\(code)")
            let mobile = Fake.mobileNumber()
            #expect(ChineseMobileNumber.isValid(Self.bytes(mobile)), "\(mobile)")
        }
    }

    @Test(arguments: IBAN.lengths.keys.sorted())
    func generatedIBANsAreValid(country: String) {
        for index in 0..<200 {
            let iban = Fake.iban(country: country, grouped: index % 2 == 0)
            #expect(IBAN.isValid(Self.bytes(iban)), "\(iban)")
        }
    }

    @Test(arguments: [("M000100Y", "4"), ("60003734", "1")])
    func organisationCodeCheckCharacters(payload: String, check: String) {
        #expect(UnifiedSocialCreditCode.organisationCodeCheckCharacter(for: Self.bytes(payload)) == Self.bytes(check).first)
    }

    @Test func groupingSplitsFromTheLeft() {
        #expect(Fake.grouped("378282246310005", sizes: [4, 6, 5]) == "3782 822463 10005")
        #expect(Fake.grouped("13800138000", sizes: [3, 4], separator: "-") == "138-0013-8000")
    }
}
