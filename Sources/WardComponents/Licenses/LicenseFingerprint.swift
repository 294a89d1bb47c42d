/// What identifies one SPDX license: a few distinctive passages (normalised, our own selection of
/// short phrases from the license text). A text matches when it contains every passage of one variant.
public struct LicenseFingerprint: Sendable {
    public let spdx: String
    /// Alternative sets of passages, e.g. the full license text or its standard short notice.
    public let variants: [[String]]

    public init(_ spdx: String, _ variants: [[String]]) {
        self.spdx = spdx
        self.variants = variants
    }

    /// The common licenses of open-source dependencies. Passages that tell close relatives apart
    /// (GPL, LGPL and AGPL; BSD-2 and BSD-3) are the title lines and the clauses one has and the other lacks.
    public static let builtIn: [LicenseFingerprint] = [
        LicenseFingerprint("AGPL-3.0", [[
            "gnu affero general public license version 3 19 november 2007",
            "specifically designed to ensure cooperation with the community in the case of network server software",
            "remote network interaction",
        ]]),
        LicenseFingerprint("Apache-2.0", [
            [
                "apache license version 2 0 january 2004",
                "terms and conditions for use reproduction and distribution",
                "grant of patent license",
                "you must give any other recipients of the work or derivative works a copy of this license",
            ],
            [
                "licensed under the apache license version 2 0 the license",
                "you may not use this file except in compliance with the license",
            ],
        ]),
        LicenseFingerprint("BSD-2-Clause", [[
            "redistribution and use in source and binary forms with or without modification are permitted provided that the following conditions are met",
            "redistributions of source code must retain the above copyright notice this list of conditions and the following disclaimer",
            "redistributions in binary form must reproduce the above copyright notice this list of conditions and the following disclaimer in the documentation and or other materials provided with the distribution",
        ]]),
        LicenseFingerprint("BSD-3-Clause", [[
            "redistribution and use in source and binary forms with or without modification are permitted provided that the following conditions are met",
            "redistributions of source code must retain the above copyright notice this list of conditions and the following disclaimer",
            "redistributions in binary form must reproduce the above copyright notice this list of conditions and the following disclaimer in the documentation and or other materials provided with the distribution",
            "may be used to endorse or promote products derived from this software without specific prior written permission",
        ]]),
        LicenseFingerprint("CC0-1.0", [[
            "cc0 1 0 universal",
            "statement of purpose",
            "the laws of most jurisdictions throughout the world automatically confer exclusive copyright and related rights",
        ]]),
        LicenseFingerprint("GPL-2.0", [[
            "gnu general public license version 2 june 1991",
            "the licenses for most software are designed to take away your freedom to share and change it",
            "by contrast the gnu general public license is intended to guarantee your freedom to share and change free software",
        ]]),
        LicenseFingerprint("GPL-3.0", [[
            "gnu general public license version 3 29 june 2007",
            "the gnu general public license is a free copyleft license for software and other kinds of works",
            "the licenses for most software and other practical works are designed to take away your freedom to share and change the works",
        ]]),
        LicenseFingerprint("ISC", [[
            "permission to use copy modify and or distribute this software for any purpose with or without fee is hereby granted",
            "provided that the above copyright notice and this permission notice appear in all copies",
            "the software is provided as is and the author disclaims all warranties with regard to this software",
        ]]),
        LicenseFingerprint("LGPL-2.1", [[
            "gnu lesser general public license version 2 1 february 1999",
            "this license the lesser general public license applies to some specially designated software packages",
        ]]),
        LicenseFingerprint("LGPL-3.0", [[
            "gnu lesser general public license version 3 29 june 2007",
            "this version of the gnu lesser general public license incorporates the terms and conditions of version 3 of the gnu general public license",
        ]]),
        LicenseFingerprint("MIT", [[
            "permission is hereby granted free of charge to any person obtaining a copy of this software and associated documentation files",
            "to deal in the software without restriction including without limitation the rights to use copy modify merge publish distribute sublicense and or sell copies of the software",
            "the above copyright notice and this permission notice shall be included in all copies or substantial portions of the software",
        ]]),
        LicenseFingerprint("MPL-2.0", [[
            "mozilla public license version 2 0",
            "covered software",
            "means a work that combines covered software with other material in a separate file or files that is not covered software",
        ]]),
        LicenseFingerprint("Unlicense", [[
            "this is free and unencumbered software released into the public domain",
            "anyone is free to copy modify publish use compile sell or distribute this software either in source code form or as a compiled binary",
        ]]),
    ]
}
