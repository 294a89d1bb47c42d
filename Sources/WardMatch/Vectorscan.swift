import CVectorscan

/// One expression for a Vectorscan database.
struct VectorscanExpression {
    var expression: String
    var flags: UInt32
    var id: UInt32
}

/// A compiled Vectorscan block-mode database, shared by all threads.
final class VectorscanDatabase: @unchecked Sendable {
    let database: OpaquePointer

    struct CompileFailure: Error {
        /// Index of the failing expression, when the error is about one expression.
        var expressionIndex: Int?
        var message: String
    }

    init(_ expressions: [VectorscanExpression]) throws(CompileFailure) {
        var cStrings = expressions.map { strdup($0.expression) }
        defer { cStrings.forEach { free($0) } }
        let flags = expressions.map(\.flags)
        let ids = expressions.map(\.id)
        var database: OpaquePointer?
        var error: UnsafeMutablePointer<hs_compile_error_t>?
        let status = cStrings.withUnsafeMutableBufferPointer { strings in
            strings.withMemoryRebound(to: UnsafePointer<CChar>?.self) { pointers in
                hs_compile_multi(pointers.baseAddress, flags, ids, UInt32(expressions.count), UInt32(HS_MODE_BLOCK), nil, &database, &error)
            }
        }
        guard status == HS_SUCCESS, let database else {
            let message = error.flatMap { $0.pointee.message.map { String(cString: $0) } } ?? "status \(status)"
            let index = error.map { Int($0.pointee.expression) }.flatMap { $0 >= 0 ? $0 : nil }
            if let error { hs_free_compile_error(error) }
            throw CompileFailure(expressionIndex: index, message: message)
        }
        self.database = database
    }

    init(adopting database: OpaquePointer) {
        self.database = database
    }

    deinit { hs_free_database(database) }
}

/// Per-thread scratch space for scanning with a database.
final class VectorscanScratch {
    let scratch: OpaquePointer

    init?(for database: VectorscanDatabase) {
        var scratch: OpaquePointer?
        guard hs_alloc_scratch(database.database, &scratch) == HS_SUCCESS, let scratch else { return nil }
        self.scratch = scratch
    }

    deinit { hs_free_scratch(scratch) }
}

/// Escapes a literal for use inside a Vectorscan or PCRE2 expression.
func escapeLiteral(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        if "\\^$.|?*+()[]{}/-".unicodeScalars.contains(scalar) { out.append("\\") }
        if scalar.value < 0x20 || scalar.value > 0x7e {
            for byte in String(scalar).utf8 { out += "\\x" + String(byte, radix: 16).leftPadded(2) }
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return out
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
