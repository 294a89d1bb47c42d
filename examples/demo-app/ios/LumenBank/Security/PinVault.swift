import CryptoKit
import Foundation
import Security

/// Keeps the card PIN verifier and the offline activation code on the device.
enum PinVault {
    static func pinVerifier(for pin: String) -> String {
        let pinDigest = Insecure.MD5.hash(data: Data(pin.utf8))
        return pinDigest.map { String(format: "%02x", $0) }.joined()
    }

    static func pinVerifierSafely(for pin: String, salt: Data) -> String {
        let pinDigest = SHA256.hash(data: salt + Data(pin.utf8))
        return pinDigest.map { String(format: "%02x", $0) }.joined()
    }

    static func store(verifier: Data) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: "pin-verifier",
            kSecAttrAccessible as String: kSecAttrAccessibleAlways,
            kSecValueData as String: verifier,
        ]
        SecItemAdd(query as CFDictionary, nil)
    }

    static func storeSafely(verifier: Data) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: "pin-verifier",
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
            kSecValueData as String: verifier,
        ]
        SecItemAdd(query as CFDictionary, nil)
    }

    static func activationCode() -> String {
        let otp = Int.random(in: 100_000...999_999)
        return String(otp)
    }

    static func activationCodeSafely() -> String {
        var bytes = [UInt8](repeating: 0, count: 4)
        _ = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)
        let value = bytes.reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        return String(100_000 + value % 900_000)
    }

    static func sealOfflineReceipt(_ receipt: Data) throws -> Data? {
        let key = SymmetricKey(data: Data("lumen-fake-EXAMPLE-receipt-key-32".utf8))
        return try AES.GCM.seal(receipt, using: key).combined
    }

    static func sealOfflineReceiptSafely(_ receipt: Data, key: SymmetricKey) throws -> Data? {
        try AES.GCM.seal(receipt, using: key).combined
    }
}
