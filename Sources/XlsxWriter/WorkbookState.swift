import CXlsxWriter

/// The part of a workbook that its worksheets and charts share.
///
/// Worksheets and charts hold a strong reference to it (never to the `Workbook`), so
/// they can always ask whether the C workbook still exists: once the workbook is closed
/// or deinitialised, `handle` is nil and every call on them throws
/// ``XlsxError/Code/workbookClosed`` instead of touching freed memory.
final class WorkbookState {
    /// The libxlsxwriter workbook; nil once closed or freed.
    @exclusivity(unchecked) var handle: UnsafeMutablePointer<lxw_workbook>?
    /// Identifies this workbook in `Format` handles (random, so handles of a freed
    /// workbook are never mistaken for those of a new one at the same address).
    let id: UInt64
    let options: WorkbookOptions

    init(handle: UnsafeMutablePointer<lxw_workbook>, options: WorkbookOptions) {
        self.handle = handle
        self.options = options
        self.id = UInt64.random(in: 1...UInt64.max)
    }

    @inline(__always)
    var isOpen: Bool { handle != nil }

    /// The workbook pointer, or an error naming the call that came too late.
    @inline(__always)
    func workbook(_ context: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_workbook> {
        guard let handle else { throw XlsxError(code: .workbookClosed, context: context()) }
        return handle
    }

    /// Resolves an optional format handle to its C pointer, checking that it is ours.
    @inline(__always)
    func resolve(_ format: Format?, _ context: @autoclosure () -> String) throws(XlsxError) -> UnsafeMutablePointer<lxw_format>? {
        guard let format else { return nil }
        guard _fastPath(format.owner == id) else {
            throw XlsxError(code: .foreignObject, context: context(),
                            detail: "the format was created by another workbook")
        }
        return format.pointer
    }
}
