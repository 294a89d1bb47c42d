/// Validates international bank account numbers (ISO 13616): a country with a registered IBAN
/// format, that country's length, and the ISO 7064 MOD 97-10 check digits.
public enum IBAN {
    /// The length of an IBAN, in characters, for every country in the SWIFT IBAN registry.
    public static let lengths: [String: Int] = [
        "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BI": 27,
        "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28,
        "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
        "GL": 18, "GR": 27, "GT": 28, "HN": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
        "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
        "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28,
        "NL": 18, "NO": 15, "OM": 23, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22,
        "RU": 33, "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25,
        "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    ]

    /// Whether `iban` is a valid IBAN, in its electronic form or printed in groups with spaces;
    /// lowercase letters are read as capitals.
    public static func isValid(_ iban: [UInt8]) -> Bool {
        let characters = iban.filter { $0 != UInt8(ascii: " ") }.map(PersonalDataCharacters.uppercased)
        let isAlphanumeric = { PersonalDataCharacters.isDigit($0) || PersonalDataCharacters.isUppercaseLetter($0) }
        guard characters.count >= 15, characters.allSatisfy(isAlphanumeric),
              let length = lengths[String(decoding: characters.prefix(2), as: UTF8.self)], characters.count == length,
              characters[2..<4].allSatisfy(PersonalDataCharacters.isDigit)
        else { return false }
        // Computed check digits are 02…98; 00, 01 and 99 only come from typing errors.
        guard (2...98).contains(PersonalDataCharacters.value(of: characters[2..<4])) else { return false }
        return remainder(characters[4...] + characters.prefix(4)) == 1
    }

    /// The two check digits for an account number `bban` in `country`, both uppercase.
    public static func checkDigits(country: String, bban: String) -> String {
        let value = 98 - remainder(Array((bban + country + "00").utf8))
        return value < 10 ? "0\(value)" : "\(value)"
    }

    /// The remainder mod 97 of the number spelled by `characters`, letters counting A = 10 … Z = 35.
    static func remainder(_ characters: some Sequence<UInt8>) -> Int {
        var remainder = 0
        for character in characters {
            if PersonalDataCharacters.isUppercaseLetter(character) {
                remainder = (remainder * 100 + Int(character - UInt8(ascii: "A")) + 10) % 97
            } else {
                remainder = (remainder * 10 + Int(character - UInt8(ascii: "0"))) % 97
            }
        }
        return remainder
    }
}
