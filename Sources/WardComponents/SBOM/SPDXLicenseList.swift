/// SPDX license identifiers that SBOMs may use as ids (a subset of the SPDX License List: the
/// licenses common among open-source packages, including the deprecated bare GPL-family ids that
/// lockfiles still carry). Anything else goes into an SBOM as a name or a LicenseRef.
enum SPDXLicenseList {
    static let identifiers: [String] = [
        "0BSD", "AFL-2.1", "AFL-3.0", "AGPL-1.0", "AGPL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.0", "Apache-1.1",
        "Apache-2.0", "APSL-2.0", "Artistic-1.0", "Artistic-2.0", "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause",
        "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear", "BSD-4-Clause", "BSL-1.0", "bzip2-1.0.6", "CC-BY-3.0",
        "CC-BY-4.0", "CC-BY-SA-3.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CPL-1.0", "ECL-2.0", "EPL-1.0",
        "EPL-2.0", "EUPL-1.1", "EUPL-1.2", "GPL-1.0", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0", "GPL-2.0-only",
        "GPL-2.0-or-later", "GPL-3.0", "GPL-3.0-only", "GPL-3.0-or-later", "ICU", "ISC", "JSON", "LGPL-2.0", "LGPL-2.0-only",
        "LGPL-2.0-or-later", "LGPL-2.1", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0-only", "LGPL-3.0-or-later",
        "Libpng", "MIT", "MIT-0", "MPL-1.0", "MPL-1.1", "MPL-2.0", "MPL-2.0-no-copyleft-exception", "MS-PL", "MS-RL", "NCSA",
        "ODbL-1.0", "OFL-1.1", "OpenSSL", "PHP-3.0", "PHP-3.01", "PostgreSQL", "PSF-2.0", "Python-2.0", "Ruby", "Unicode-DFS-2016",
        "Unicode-3.0", "Unlicense", "UPL-1.0", "Vim", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
    ]

    private static let byLowercase: [String: String] = Dictionary(identifiers.map { ($0.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })

    /// SPDX ids match case-insensitively.
    static func contains(_ text: String) -> Bool { byLowercase[text.lowercased()] != nil }

    static func canonical(_ text: String) -> String { byLowercase[text.lowercased()] ?? text }
}
