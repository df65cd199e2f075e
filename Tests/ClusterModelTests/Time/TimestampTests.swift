import Testing

@testable import ClusterModel

@Suite struct TimestampTests {
    @Test func arithmeticStaysWithinTheYearsTheAPICanShow() {
        let start = Timestamp(milliseconds: 1_795_867_200_000)
        #expect(start.adding(seconds: 9.223372036854775807e18) == .latest)
        #expect(start.adding(seconds: -1e300) == .earliest)
        #expect(start.adding(seconds: .infinity) == .latest)
        #expect(start.adding(seconds: .nan) == start)
        #expect(start.adding(milliseconds: .max) == .latest)
        #expect(Timestamp.latest.rfc3339 == "9999-12-31T23:59:59Z")
        #expect(Timestamp.earliest.rfc3339 == "0001-01-01T00:00:00Z")
        #expect(Timestamp.latest.seconds(since: .earliest) > 0)
        #expect(start.adding(seconds: 1.5).milliseconds == 1_795_867_201_500)
    }
}
