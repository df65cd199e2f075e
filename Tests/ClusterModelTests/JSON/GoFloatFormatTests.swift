import Testing

@testable import ClusterModel

/// Floats are written as Go's encoding/json writes them (what kubectl sends and prints).
@Suite struct GoFloatFormatTests {
    @Test func plainNotationUpTo1e21() {
        #expect(GoFloatFormat.format(1e19) == "10000000000000000000")
        #expect(GoFloatFormat.format(1e20) == "100000000000000000000")
        #expect(GoFloatFormat.format(3.5) == "3.5")
        #expect(GoFloatFormat.format(-0.25) == "-0.25")
        #expect(GoFloatFormat.format(0.000001) == "0.000001")
        #expect(GoFloatFormat.format(123456.789) == "123456.789")
    }

    @Test func exponentsOutsideThatRange() {
        #expect(GoFloatFormat.format(1e21) == "1e+21")
        #expect(GoFloatFormat.format(1.5e300) == "1.5e+300")
        #expect(GoFloatFormat.format(1e-7) == "1e-7")
        #expect(GoFloatFormat.format(2.5e-10) == "2.5e-10")
        #expect(GoFloatFormat.format(.infinity) == "null")
    }
}
