import Testing
@testable import WardCode

/// The keyword prefilter must report every owner whose literal occurs, whatever the case, and no other.
@Suite struct KeywordSetTests {
    func owners(_ keywords: [(String, Int)], in text: String) -> [Int] {
        let set = KeywordSet(keywords.map { (keyword: $0.0, owner: $0.1) })
        var found = Set<Int>()
        Array(text.utf8).withUnsafeBytes { set.scan($0) { found.insert($0) } }
        return found.sorted()
    }

    @Test func findsOverlappingAndSuffixKeywordsIgnoringCase() {
        let keywords = [("execute", 0), ("cute", 1), ("he", 2), ("she", 3), ("his", 4), ("md5(", 5)]
        #expect(owners(keywords, in: "cursor.EXECUTE(q)") == [0, 1])
        #expect(owners(keywords, in: "ushers") == [2, 3])
        #expect(owners(keywords, in: "hashlib.MD5(x)") == [5])
        #expect(owners(keywords, in: "nothing here but h i s") == [2])
        #expect(owners(keywords, in: "").isEmpty)
    }

    @Test func oneOwnerMayHaveSeveralKeywords() {
        #expect(owners([("pickle", 7), ("dill", 7), ("yaml", 8)], in: "import dill") == [7])
    }
}
