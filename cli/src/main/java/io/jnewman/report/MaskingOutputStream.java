package io.jnewman.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Console output with secrets masked. Text is held back until its line is complete, so a secret printed in pieces is
 * still masked whole; {@link #close()} writes a last unfinished line (and leaves the target open).
 */
public final class MaskingOutputStream extends OutputStream {
    private final OutputStream target;
    private final SecretMasker masker;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    public MaskingOutputStream(OutputStream target, SecretMasker masker) {
        this.target = target;
        this.masker = masker;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        line.write(b);
        if (b == '\n') emitLine();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        int start = off;
        for (int i = off; i < off + len; i++) {
            if (b[i] == '\n') {
                line.write(b, start, i + 1 - start);
                emitLine();
                start = i + 1;
            }
        }
        line.write(b, start, off + len - start);
    }

    private void emitLine() throws IOException {
        target.write(masker.apply(line.toString(StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        line.reset();
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        if (line.size() > 0) emitLine();
        target.flush();
    }
}
