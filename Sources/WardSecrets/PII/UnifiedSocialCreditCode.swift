/// Validates the unified social credit code (GB 32100-2015) that identifies a company, institution
/// or other organisation registered in the People's Republic of China: 18 characters from a
/// 31-character alphabet, the last a mod-31 check character. Characters 9–17 are the entity's
/// organisation code (GB 11714), which carries a mod-11 check character of its own.
public enum UnifiedSocialCreditCode {
    /// Digits and the capital letters other than I, O, S, V and Z, in value order.
    public static let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
    /// Weight of each of the first 17 characters: 3^position mod 31.
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    /// The registration authority in the first character: 1–9 for the civil registries (9 is
    /// market regulation, which registers businesses), A for the military, N for agriculture,
    /// Y for any other.
    static let registrationAuthorities = Set("123456789ANY".utf8)
    /// Weights of the first eight characters of an organisation code (GB 11714).
    static let organisationCodeWeights = [3, 7, 9, 10, 5, 8, 4, 2]

    /// Whether `code` is a well-formed unified social credit code. Spaces are ignored and lowercase
    /// letters are read as capitals.
    public static func isValid(_ code: [UInt8]) -> Bool {
        let characters = code.filter { $0 != UInt8(ascii: " ") }.map(PersonalDataCharacters.uppercased)
        guard characters.count == 18, registrationAuthorities.contains(characters[0]) else { return false }
        // The organisation category is a digit; the region code is an administrative division code.
        guard (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(characters[1]),
              (UInt8(ascii: "1")...UInt8(ascii: "8")).contains(characters[2]),
              characters[2..<8].allSatisfy(PersonalDataCharacters.isDigit)
        else { return false }
        guard organisationCodeCheckCharacter(for: Array(characters[8..<16])) == characters[16] else { return false }
        return checkCharacter(for: Array(characters.prefix(17))) == characters[17]
    }

    /// The check character (`0`–`9` or `X`) that completes the first eight characters of an
    /// organisation code, or nil if `payload` is not eight characters of the alphabet.
    public static func organisationCodeCheckCharacter(for payload: [UInt8]) -> UInt8? {
        guard payload.count == 8 else { return nil }
        var sum = 0
        for (character, weight) in zip(payload.map(PersonalDataCharacters.uppercased), organisationCodeWeights) {
            // Unlike the credit code's own alphabet, letters count from A = 10 through the whole alphabet.
            if PersonalDataCharacters.isDigit(character) {
                sum += Int(character - UInt8(ascii: "0")) * weight
            } else if alphabet.contains(character) {
                sum += (Int(character - UInt8(ascii: "A")) + 10) * weight
            } else {
                return nil
            }
        }
        switch 11 - sum % 11 {
        case 10: return UInt8(ascii: "X")
        case 11: return UInt8(ascii: "0")
        case let value: return UInt8(ascii: "0") + UInt8(value)
        }
    }

    /// The check character that completes the first 17 characters of a code, or nil if `payload` is
    /// not 17 characters of the alphabet.
    public static func checkCharacter(for payload: [UInt8]) -> UInt8? {
        guard payload.count == 17 else { return nil }
        var sum = 0
        for (character, weight) in zip(payload, weights) {
            guard let value = alphabet.firstIndex(of: PersonalDataCharacters.uppercased(character)) else { return nil }
            sum += value * weight
        }
        return alphabet[(31 - sum % 31) % 31]
    }
}
