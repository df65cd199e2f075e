// libFuzzer's driver, for the fuzz executables' own main (SwiftPM gives every executable a Swift main, so
// libFuzzer's main cannot be used). Linked by -sanitize=fuzzer; see scripts/fuzz.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
