import Testing
@testable import annotd

@Suite struct CommandLineTests {
    @Test func versionAndHelpExitZero() {
        #expect(CommandLine.run(["--version"]) == 0)
        #expect(CommandLine.run(["--help"]) == 0)
    }

    @Test func unknownCommandIsAUsageError() {
        #expect(CommandLine.run(["--no-such-flag"]) == 2)
    }
}
