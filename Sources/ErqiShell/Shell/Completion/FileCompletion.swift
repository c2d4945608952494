/// File paths for completion: entries of the folder the partial word names, folders with `/`;
/// with an `extension`, only files that end in it (and folders, to go on from).
enum FileCompletion {
    static func paths(_ word: String, directoriesOnly: Bool = false, extension ext: String? = nil) -> [String] {
        let folder: String, shown: String
        if let slash = word.lastIndex(of: "/") {
            shown = String(word[...slash])
            folder = shown == "/" ? "/" : String(shown.dropLast())
        } else {
            shown = ""; folder = "."
        }
        let prefix = String(word.dropFirst(shown.count))
        return ShellFileSystem.list(folder).compactMap { name in
            guard name.hasPrefix(prefix), !name.hasPrefix(".") || prefix.hasPrefix(".") else { return nil }
            let path = shown + name
            if ShellFileSystem.isDirectory(folder == "." ? name : folder + "/" + name) { return path + "/" }
            if let ext, !name.hasSuffix("." + ext) { return nil }
            return directoriesOnly ? nil : path
        }
    }
}
