import Testing

@testable import Kubectl

@Suite struct TabWriterTests {
    @Test func columnsArePaddedByThreeWithMinimumSixAndLastCellUnpadded() {
        var writer = TabWriter.table()
        #expect(writer.format("A\tBB\tC\nlonger-name\tx\ty\n") == "A             BB    C\nlonger-name   x     y\n")
    }

    @Test func emptyLastCellLeavesThePreviousPadding() {
        var writer = TabWriter.table()
        #expect(writer.format("NAME\tAPP\tTIER\nsolo\tsolo\tbackend\npending\tbatch\t\n") ==
            "NAME      APP     TIER\nsolo      solo    backend\npending   batch   \n")
    }

    @Test func rememberWidthsWidensOnlyLaterRows() {
        var writer = TabWriter.table()
        let first = writer.format("EVENT\tNAME\tREADY\nADDED\tsolo\t1/1\n")
        let second = writer.format("ADDED\ta-pod-with-a-really-really-long-name-exceeding-widths\t0/1\n")
        let third = writer.format("MODIFIED\tsolo\t1/1\n")
        #expect(first == "EVENT   NAME   READY\nADDED   solo   1/1\n")
        #expect(second == "ADDED   a-pod-with-a-really-really-long-name-exceeding-widths   0/1\n")
        #expect(third == "MODIFIED   solo                                                    1/1\n")
    }

    @Test func widthsCountRunesSoCJKIsNotDoubleWidth() {
        var writer = TabWriter.table()
        #expect(writer.format("名前\tX\nab\tY\n") == "名前    X\nab    Y\n")
    }

    @Test func describeWriterAlignsBlocksSeparatedByLinesWithoutTabs() {
        var writer = TabWriter.describe()
        let text = "Name:\tx\nNamespace:\tdefault\nContainers:\n  c:\n    Image:\tnginx\n    Restart Count:\t0\nQoS Class:\tBestEffort\n"
        #expect(writer.format(text) == """
            Name:       x
            Namespace:  default
            Containers:
              c:
                Image:          nginx
                Restart Count:  0
            QoS Class:          BestEffort

            """)
    }
}
