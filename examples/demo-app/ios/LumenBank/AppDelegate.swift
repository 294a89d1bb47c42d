import UIKit

@main
final class AppDelegate: UIResponder, UIApplicationDelegate {
    // ward-demo: fake credential, gitleaks:allow, pragma: allowlist secret
    static let firebaseAPIKey = "AIzaiAvYxGJ9Bgi4ycOAw3sI7qijLYLsGhkcfSV"

    func application(_ application: UIApplication, didFinishLaunchingWithOptions options: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {
        Analytics.configure(apiKey: Self.firebaseAPIKey)
        return true
    }
}
