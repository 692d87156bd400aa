package dev.interviewer.portable;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads text banks as UTF-8, with or without a BOM, and refuses anything else with a message that says so. */
final class Utf8 {
    private Utf8() {
    }

    static String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(file.getFileName() + " is not UTF-8 text: save it as UTF-8 (in Excel: "
                    + "\"CSV UTF-8\") and import it again");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The file name without its extension: the default deck name. */
    static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
