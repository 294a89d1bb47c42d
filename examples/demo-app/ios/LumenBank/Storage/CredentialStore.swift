import Foundation

/// Remembers the customer's sign-in between launches.
enum CredentialStore {
    static func remember(user: String, password: String) {
        UserDefaults.standard.set(user, forKey: "username")
        UserDefaults.standard.set(password, forKey: "password")
    }

    static var rememberedPassword: String? {
        UserDefaults.standard.string(forKey: "password")
    }
}
