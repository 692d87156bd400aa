package dev.interviewer.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a job description or résumé file given on the command line: UTF-8 text, or one clear error. */
final class TargetFile {
    private TargetFile() {
    }

    static String read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("target file not found: " + file);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new UserException("target file is not UTF-8 text: " + file);
        } catch (IOException e) {
            throw new UserException("cannot read target file " + file + ": " + e.getMessage());
        }
    }
}
