package io.jnewman.http;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files named by collections (form-data and binary {@code src}) the way Newman's secure-fs does: paths resolve
 * against the working directory, and with {@code insecureFileRead=false} a path outside it is refused.
 * Failures carry the runtime's messages, which end up in console warnings.
 */
public final class SecureFiles {
    static final String PPERM = "PPERM: insecure file access outside working directory";

    private final Path workingDir;
    private final boolean insecureFileRead;

    public SecureFiles(Path workingDir, boolean insecureFileRead) {
        this.workingDir = (workingDir == null ? Path.of("") : workingDir).toAbsolutePath().normalize();
        this.insecureFileRead = insecureFileRead;
    }

    /** A file could not be used; the message is what Newman prints after "file load error: ". */
    public static final class FileLoadException extends Exception {
        public FileLoadException(String message) {
            super(message);
        }
    }

    public Path resolve(String src) throws FileLoadException {
        Path resolved = workingDir.resolve(src).normalize();
        if (!insecureFileRead && !resolved.startsWith(workingDir)) throw new FileLoadException(PPERM);
        return resolved;
    }

    /** The runtime's checks before it opens a file: allowed, present, a regular file, readable. */
    public Path check(String src) throws FileLoadException {
        Path path = resolve(src);
        if (!Files.exists(path)) throw new FileLoadException("\"" + src + "\", no such file");
        if (!Files.isRegularFile(path)) throw new FileLoadException("\"" + src + "\", is not a file");
        if (!Files.isReadable(path)) throw new FileLoadException("\"" + src + "\", read permission denied");
        return path;
    }

    public byte[] read(String src) throws FileLoadException {
        Path path = check(src);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new FileLoadException("\"" + src + "\", " + e.getMessage());
        }
    }
}
