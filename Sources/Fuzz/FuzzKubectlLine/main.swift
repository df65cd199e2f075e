import CFuzzerDriver
import Foundation
import FuzzTargets

// libFuzzer running `FuzzTarget.kubectlLine`, with libFuzzer's usual options (`-help=1` lists them). Built only by
// `scripts/fuzz`, with `-sanitize=fuzzer`, which links libFuzzer. SwiftPM points `main` at this file's
// top-level code, which hands the target to libFuzzer's driver.

/// One input from libFuzzer; the symbol libFuzzer's own objects refer to.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzTarget.kubectlLine.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzTestOneInput(data, size) })
