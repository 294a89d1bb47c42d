import Foundation

extension AdvisoryDatabase {
    /// The database file's name in the cache directory.
    public static let fileName = "osv.db"

    /// Where the database lives: `--db PATH`, else `WARD_DB`, else `osv.db` in `WARD_CACHE_DIR`,
    /// `$XDG_CACHE_HOME/ward` or `~/.cache/ward`, first that is set.
    public static func defaultPath(
        explicit: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let path = environment["WARD_DB"], !path.isEmpty { return path }
        if let directory = environment["WARD_CACHE_DIR"], !directory.isEmpty {
            return (directory as NSString).appendingPathComponent(fileName)
        }
        if let cache = environment["XDG_CACHE_HOME"], !cache.isEmpty {
            return ((cache as NSString).appendingPathComponent("ward") as NSString).appendingPathComponent(fileName)
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return ((home as NSString).appendingPathComponent(".cache/ward") as NSString).appendingPathComponent(fileName)
    }
}
