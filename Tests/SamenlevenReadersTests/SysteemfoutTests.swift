import Foundation
import Testing
import SamenlevenReaders

@Suite("Systeemfouten in het Nederlands")
struct SysteemfoutTests {
    @Test func expectedErrnoValuesAreDutch() {
        #expect(Systeemfout.omschrijving(errno: ENOSPC) == "de schijf is vol")
        #expect(Systeemfout.omschrijving(errno: EACCES) == "geen toegang (onvoldoende rechten)")
        #expect(Systeemfout.omschrijving(errno: EROFS) == "het bestandssysteem is alleen-lezen")
        #expect(Systeemfout.omschrijving(errno: ENOTDIR) == "een deel van het pad is geen map")
    }

    @Test func anUnknownValueIsOnlyShownAsSystemMessage() {
        let tekst = Systeemfout.omschrijving(errno: EXDEV)
        #expect(tekst.hasPrefix("onbekende systeemfout (systeemmelding: "))
    }

    @Test func foundationErrorsAreTracedToTheirErrno() throws {
        let pad = "/proc/version/kan-niet"
        do {
            try Data("x".utf8).write(to: URL(fileURLWithPath: pad))
            Issue.record("writing under a file should fail")
        } catch {
            #expect(Systeemfout.omschrijving(van: error) != nil)
        }
        #expect(Systeemfout.omschrijving(van: POSIXError(.ENOSPC)) == "de schijf is vol")
        #expect(Systeemfout.omschrijving(van: CocoaError(.fileWriteOutOfSpace)) == "de schijf is vol")
        #expect(Systeemfout.omschrijving(van: CocoaError(.fileWriteVolumeReadOnly)) == "het bestandssysteem is alleen-lezen")
        #expect(Systeemfout.omschrijving(van: InternalBug()) == nil)
    }

    struct InternalBug: Error {}
}
