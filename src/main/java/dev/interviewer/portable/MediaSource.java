package dev.interviewer.portable;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/** The media files of a bank (an Anki package's images and sounds), copied out on demand. */
interface MediaSource extends Closeable {
    /** A bank without media. */
    MediaSource NONE = new MediaSource() {
        @Override
        public boolean copy(String name, Path target) {
            return false;
        }

        @Override
        public void close() {
        }
    };

    /** Copies the named file to {@code target}; false when the bank has no such file. */
    boolean copy(String name, Path target) throws IOException;
}
