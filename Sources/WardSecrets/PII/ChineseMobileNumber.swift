/// Validates mobile telephone numbers of the People's Republic of China: 11 digits whose first three
/// form a prefix allocated to a mobile network, optionally after the country code 86.
public enum ChineseMobileNumber {
    /// Three-digit prefixes of 11-digit numbers assigned to China Mobile, China Unicom, China Telecom,
    /// China Broadnet and their virtual operators, data cards and satellite services. The 140–144,
    /// 146 and 148 blocks hold 13-digit machine-to-machine numbers and are left out.
    public static let allocatedPrefixes: Set<Int> = Set(
        Array(130...139) + [145, 147, 149] + Array(150...153) + Array(155...159) + [162] + Array(165...167)
            + Array(170...178) + Array(180...189) + Array(190...193) + Array(195...199))

    /// Whether `number` is a mobile number on an allocated prefix. Accepts `+86`, `0086` or `86`
    /// before the number and spaces or dashes between digit groups.
    public static func isValid(_ number: [UInt8]) -> Bool {
        guard let digits = nationalNumber(number), digits.count == 11, digits.allSatisfy(PersonalDataCharacters.isDigit) else { return false }
        return allocatedPrefixes.contains(PersonalDataCharacters.value(of: digits.prefix(3)))
    }

    /// `number` without separators and country code.
    static func nationalNumber(_ number: [UInt8]) -> ArraySlice<UInt8>? {
        let characters = number.filter { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "-") }[...]
        if characters.first == UInt8(ascii: "+") {
            return characters.starts(with: "+86".utf8) ? characters.dropFirst(3) : nil
        }
        if characters.count == 15, characters.starts(with: "0086".utf8) { return characters.dropFirst(4) }
        if characters.count == 13, characters.starts(with: "86".utf8) { return characters.dropFirst(2) }
        return characters
    }
}
