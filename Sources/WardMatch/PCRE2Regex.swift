import CPCRE2

/// A pattern that failed to compile, with the byte offset of the problem.
public struct PatternError: Error, Sendable, CustomStringConvertible {
    public var pattern: String
    public var offset: Int?
    public var message: String

    public init(pattern: String, offset: Int?, message: String) {
        self.pattern = pattern
        self.offset = offset
        self.message = message
    }

    public var description: String {
        if let offset { return "invalid pattern at offset \(offset): \(message)" }
        return "invalid pattern: \(message)"
    }
}

/// A PCRE2 pattern compiled for 8-bit, non-UTF subjects and JIT-compiled when the platform allows.
/// Immutable after creation, so one instance is shared by all threads.
public final class PCRE2Regex: @unchecked Sendable {
    public let pattern: String
    let code: OpaquePointer
    /// Number of capturing groups.
    public let captureCount: Int

    public init(_ pattern: String, multiline: Bool = true) throws(PatternError) {
        self.pattern = pattern
        var errorCode: Int32 = 0
        var errorOffset = 0
        let bytes = Array(pattern.utf8)
        let options = UInt32(multiline ? PCRE2_MULTILINE : 0)
        let compiled = bytes.withUnsafeBufferPointer { buffer in
            pcre2_compile_8(buffer.baseAddress, buffer.count, options, &errorCode, &errorOffset, nil)
        }
        guard let compiled else {
            throw PatternError(pattern: pattern, offset: errorOffset, message: Self.message(for: errorCode))
        }
        code = compiled
        _ = pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE))
        var count: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
        captureCount = Int(count)
    }

    deinit { pcre2_code_free_8(code) }

    /// The number of the group called `name`, if the pattern has one.
    public func groupNumber(named name: String) -> Int? {
        let number = Array(name.utf8 + [0]).withUnsafeBufferPointer { pcre2_substring_number_from_name_8(code, $0.baseAddress) }
        return number > 0 ? Int(number) : nil
    }

    static func message(for errorCode: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(errorCode, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "error \(errorCode)"
    }
}

/// One thread's match state: match data sized for the largest pattern, a JIT stack and limits that
/// stop catastrophic backtracking on hostile input.
public final class PCRE2Matcher {
    private let matchData: OpaquePointer
    private let context: OpaquePointer
    private let jitStack: OpaquePointer?
    /// Matches abandoned because a limit was hit (hostile or pathological input).
    public private(set) var limitHits = 0

    public init(maxCaptureCount: Int = 32) {
        matchData = pcre2_match_data_create_8(UInt32(maxCaptureCount + 1), nil)
        context = pcre2_match_context_create_8(nil)
        jitStack = pcre2_jit_stack_create_8(32 * 1024, 1024 * 1024, nil)
        if let jitStack { pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack)) }
        pcre2_set_match_limit_8(context, 2_000_000)
        pcre2_set_depth_limit_8(context, 100_000)
    }

    deinit {
        pcre2_match_data_free_8(matchData)
        pcre2_match_context_free_8(context)
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
    }

    /// Visits every non-overlapping match of `regex` that starts in `start..<end` of `subject`.
    /// Bytes before `start` are visible to lookbehind; the subject ends at `end`.
    public func forEachMatch(
        of regex: PCRE2Regex, in subject: UnsafeRawBufferPointer, from start: Int, to end: Int,
        _ visit: (_ groups: [Range<Int>?]) -> Void
    ) {
        guard let base = subject.baseAddress?.assumingMemoryBound(to: UInt8.self), end <= subject.count else { return }
        var offset = start
        while offset <= end {
            let rc = pcre2_match_8(regex.code, base, end, offset, 0, matchData, context)
            if rc < 0 {
                if rc != PCRE2_ERROR_NOMATCH { limitHits += 1 }
                return
            }
            let vector = pcre2_get_ovector_pointer_8(matchData)!
            let pairs = Int(rc == 0 ? UInt32(regex.captureCount + 1) : UInt32(rc))
            var groups: [Range<Int>?] = []
            groups.reserveCapacity(regex.captureCount + 1)
            for index in 0...regex.captureCount {
                let from = vector[2 * index], to = vector[2 * index + 1]
                if index < pairs, from != PCRE2_UNSET, to >= from {
                    groups.append(Int(from)..<Int(to))
                } else {
                    groups.append(nil)
                }
            }
            guard let whole = groups[0] else { return }
            visit(groups)
            offset = whole.isEmpty ? whole.upperBound + 1 : whole.upperBound
        }
    }
}

private let PCRE2_UNSET = ~Int(0)
