import Foundation
import OKMModel
#if canImport(Glibc)
import Glibc
#endif

/// Puts a finished directory in place of the old one in one step, so a reader (or a build
/// killed at any moment) sees the whole old site or the whole new one, never a mix.
enum AtomicSwap {
    #if canImport(Glibc)
    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    /// Linux's renameat2(RENAME_EXCHANGE), looked up at run time (Swift's Glibc module does not export it).
    private static let renameat2: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()
    #endif

    /// Exchanges `new` and `target` (which must both exist); afterwards `new` holds the old tree.
    /// Returns false when the system cannot exchange atomically.
    static func exchange(_ new: String, _ target: String) -> Bool {
        #if canImport(Glibc)
        guard let renameat2 else { return false }
        return renameat2(AT_FDCWD, new, AT_FDCWD, target, 2 /* RENAME_EXCHANGE */) == 0
        #else
        return false
        #endif
    }

    /// Moves `new` to `target`: an atomic exchange when `target` exists, else a rename.
    /// `old` receives the previous tree, to be deleted by the caller.
    static func replace(_ target: String, with new: String, old: String) throws {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: target, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw WriteError("write.notAFolder", ["path": "\(target)"])
            }
            if exchange(new, target) {
                try fm.moveItem(atPath: new, toPath: old)
                return
            }
            // No atomic exchange here: the window between the two renames is as short as it can be.
            try fm.moveItem(atPath: target, toPath: old)
        }
        try fm.moveItem(atPath: new, toPath: target)
    }
}

public struct WriteError: Error, CustomStringConvertible {
    /// From the catalog (`write.*`); the system's reason is quoted in it as it is.
    public var message: Message
    init(_ id: String, _ arguments: [String: MessageArgument]) { message = Message(id, arguments) }
    /// In English (the tests' form).
    public var description: String { message.worded(.en) }

    /// A file-system error in a person's words: "could not write site/.output…: Operation not
    /// permitted", not Foundation's error domain, code and user info.
    public static func explain(_ error: Error) -> MessageArgument {
        if let e = error as? WriteError { return .message(e.message) }
        let ns = error as NSError
        var reason = ns.localizedDescription
        let underlying = (error as? CocoaError)?.underlying ?? ns.userInfo[NSUnderlyingErrorKey] as? Error
        for candidate in [ns, underlying.map { $0 as NSError }].compactMap({ $0 }) where candidate.domain == NSPOSIXErrorDomain {
            reason = String(cString: strerror(Int32(candidate.code)))
            break
        }
        if let path = ns.userInfo[NSFilePathErrorKey] as? String {
            // Foundation's read errors (a static file to copy that cannot be opened) are 256…511
            // and "no such file" is 4; its write errors are 512…1023.
            let reading = ns.domain == NSCocoaErrorDomain && (ns.code == 4 || (256..<512).contains(ns.code))
            return .phrase(reading ? "write.couldNotRead" : "write.couldNot", ["path": "\(path)", "reason": "\(reason)"])
        }
        return .text(reason)
    }
}
