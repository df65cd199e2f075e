import Foundation
import Testing

@testable import LineEditor

@Suite struct PlainLineReaderTests {
    /// A reader over a pipe that already holds `bytes` and is closed for writing.
    func reader(_ bytes: [UInt8], maximumLineLength: Int = 1 << 20) -> PlainLineReader {
        var fds: [Int32] = [0, 0]
        #expect(pipe(&fds) == 0)
        let written = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        #expect(written == bytes.count)
        close(fds[1])
        return PlainLineReader(fileDescriptor: fds[0], maximumLineLength: maximumLineLength)
    }

    func readAll(_ reader: PlainLineReader) -> [ReadResult] {
        var results: [ReadResult] = []
        while true {
            let result = reader.readLine()
            results.append(result)
            if result == .endOfInput { return results }
        }
    }

    @Test func readsLinesAndEndOfInput() {
        let lines = readAll(reader(Array("kubectl get pods\n\nexit\n".utf8)))
        #expect(lines == [.line("kubectl get pods"), .line(""), .line("exit"), .endOfInput])
    }

    @Test func aLastLineWithoutNewlineIsReturned() {
        #expect(readAll(reader(Array("one\ntwo".utf8))) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func crlfLineEndsAreStripped() {
        #expect(readAll(reader(Array("one\r\ntwo\r\n".utf8))) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func invalidUTF8IsReplaced() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x0A] + Array("你好\n".utf8) + [0xE4, 0xBD]
        #expect(readAll(reader(bytes)) == [.line("a\u{FFFD}b"), .line("你好"), .line("\u{FFFD}"), .endOfInput])
    }

    @Test func emptyInputEndsAtOnce() {
        let plain = reader([])
        #expect(plain.readLine() == .endOfInput)
        #expect(plain.readLine() == .endOfInput)
    }

    @Test func overlongLinesAreSkippedWhetherBufferedOrNot() {
        let long = String(repeating: "x", count: 20)
        let input = "ok\n" + long + "\nafter\n" + long + "\n" + long + "tail"
        #expect(readAll(reader(Array(input.utf8), maximumLineLength: 10)) == [.line("ok"), .line("after"), .endOfInput])
    }

    @Test func longLinesAcrossManyReadsArriveWhole() throws {
        // Larger than a pipe's buffer and the reader's chunk: use a file as the descriptor.
        let line = String(repeating: "abcdefgh", count: 100_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("plain-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data((line + "\nshort\n" + line + line + "\nend").utf8).write(to: URL(fileURLWithPath: path))
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let plain = PlainLineReader(fileDescriptor: fd, maximumLineLength: 1_000_000)
        #expect(plain.readLine() == .line(line))
        #expect(plain.readLine() == .line("short"))
        #expect(plain.readLine() == .line("end"))  // the 1.6 MB line was skipped
        #expect(plain.readLine() == .endOfInput)
    }

    @Test func closeEndsReading() {
        let plain = reader(Array("a\nb\n".utf8))
        #expect(plain.readLine() == .line("a"))
        plain.close()
        #expect(plain.readLine() == .endOfInput)
    }
}
