import Foundation

/// Validates the 18-character citizen identity number of the People's Republic of China
/// (GB 11643-1999): a region code, the holder's birth date, a sequence number and an ISO 7064
/// MOD 11-2 check character.
///
/// The 15-digit numbers of first-generation cards (no check character, two-digit year) are not
/// recognised: too many other numbers share their shape.
public enum ResidentIdentityNumber {
    /// Weight of each of the first 17 digits: 2^(17 - position) mod 11.
    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    /// The check character for each weighted sum mod 11.
    static let checkCharacters = Array("10X98765432".utf8)

    /// The first two digits: provinces and province-level regions, plus 71 (Taiwan), 81 (Hong Kong),
    /// 82 (Macao) and 83 (residence permits of Taiwan residents).
    static let provinceCodes: Set<Int> = Set(
        Array(11...15) + Array(21...23) + Array(31...37) + Array(41...46) + Array(50...54) + Array(61...65) + [71, 81, 82, 83])

    /// Birth dates before this are not plausible for a number issued under the 1999 standard.
    public static let earliestBirthDate = 1900_01_01

    /// Whether `number` is a well-formed identity number of someone born by today. Spaces are
    /// ignored and a lowercase `x` check character is accepted.
    public static func isValid(_ number: [UInt8]) -> Bool { isValid(number, today: today()) }

    /// Whether `number` is well formed, with a birth date no later than `today` (as `yyyymmdd`).
    public static func isValid(_ number: [UInt8], today: Int) -> Bool {
        let characters = number.filter { $0 != UInt8(ascii: " ") }.map { $0 == UInt8(ascii: "x") ? UInt8(ascii: "X") : $0 }
        guard characters.count == 18, characters.prefix(17).allSatisfy(PersonalDataCharacters.isDigit) else { return false }
        guard provinceCodes.contains(PersonalDataCharacters.value(of: characters.prefix(2))) else { return false }
        let birthDate = PersonalDataCharacters.value(of: characters[6..<14])
        guard isCalendarDate(birthDate), birthDate >= earliestBirthDate, birthDate <= today else { return false }
        return checkCharacter(for: Array(characters.prefix(17))) == characters[17]
    }

    /// The check character (ASCII `0`–`9` or `X`) for the first 17 digits, or nil if `payload` is
    /// not 17 digits.
    public static func checkCharacter(for payload: [UInt8]) -> UInt8? {
        guard payload.count == 17, payload.allSatisfy(PersonalDataCharacters.isDigit) else { return nil }
        let sum = zip(payload, weights).reduce(0) { $0 + Int($1.0 - UInt8(ascii: "0")) * $1.1 }
        return checkCharacters[sum % 11]
    }

    /// Whether `date`, written `yyyymmdd`, is a day of the Gregorian calendar.
    static func isCalendarDate(_ date: Int) -> Bool {
        let year = date / 10000, month = date / 100 % 100, day = date % 100
        guard (1...12).contains(month), day >= 1 else { return false }
        let isLeapYear = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, isLeapYear ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return day <= lengths[month - 1]
    }

    /// Today's date in China, as `yyyymmdd`.
    static func today() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return (parts.year ?? 0) * 10000 + (parts.month ?? 0) * 100 + (parts.day ?? 0)
    }
}
