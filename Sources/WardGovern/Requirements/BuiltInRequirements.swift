/// Ward's own security requirements, one list per area; the library is built from `all`.
public enum BuiltInRequirements {
    /// Every built-in requirement, area by area in id order; one area per line.
    public static var all: [SecurityRequirement] {
        [
            accessControl,
            api,
            architecture,
            authentication,
            batch,
            build,
            communication,
            configuration,
            cryptography,
            dataProtection,
            dependencies,
            input,
            logging,
            mobilePlatform,
            mobileResilience,
            mobileStorage,
            output,
            privacy,
            secrets,
            session,
        ].flatMap { $0 }
    }
}
