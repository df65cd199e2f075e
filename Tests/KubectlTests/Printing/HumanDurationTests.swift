import ClusterModel
import Testing

@testable import Kubectl

@Suite struct HumanDurationTests {
    @Test(arguments: [
        (-2_000, "<invalid>"), (-1_999, "0s"), (-500, "0s"), (0, "0s"), (59_999, "59s"), (119_999, "119s"), (120_000, "2m"),
        (241_000, "4m1s"), (300_000, "5m"), (599_000, "9m59s"), (600_000, "10m"), (10_799_000, "179m"), (10_800_000, "3h"),
        (11_100_000, "3h5m"), (25_200_000, "7h"), (28_800_000, "8h"), (172_799_000, "47h"), (172_800_000, "2d"),
        (273_600_000, "3d4h"), (691_200_000, "8d"), (34_560_000_000, "400d"), (63_072_000_000, "2y"), (63_331_200_000, "2y3d"),
        (315_360_000_000, "10y"),
    ] as [(Int64, String)])
    func humanDuration(milliseconds: Int64, expected: String) {
        #expect(HumanDuration.string(milliseconds: milliseconds) == expected)
    }

    @Test(arguments: [(-3_000, "<invalid>"), (-1_000, "0s"), (59_000, "59s"), (60_000, "1m"), (3_599_000, "59m"), (3_600_000, "1h"),
                      (86_399_000, "23h"), (86_400_000, "1d"), (31_536_000_000, "1y")] as [(Int64, String)])
    func shortHumanDuration(milliseconds: Int64, expected: String) {
        #expect(ShortHumanDuration.string(milliseconds: milliseconds) == expected)
    }

    @Test func deletionTimestampInTheFutureIsInvalid() {
        let now = PrintingFixtures.now
        #expect(HumanDuration.since(rfc3339: now.adding(seconds: 120).rfc3339, now: now) == "<invalid>")
        #expect(HumanDuration.since(rfc3339: nil, now: now) == "<unknown>")
    }
}
