package dev.interviewer.portable;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.luben.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * An Anki package ({@code .apkg} or {@code .colpkg}): a zip holding the collection (SQLite, zstd-compressed in
 * current packages), a {@code media} list (JSON in legacy packages, zstd-compressed protobuf in current ones) and
 * the media files, stored under numbered names ("0", "1", ...).
 */
final class AnkiPackage implements MediaSource {
    // Newest first: a current package also carries a stub collection.anki2 that only says "please update Anki".
    private static final List<String> COLLECTIONS = List.of("collection.anki21b", "collection.anki21",
            "collection.anki2");
    private static final int LATEST_PACKAGE_VERSION = 3;
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};

    private final Path file;
    private final ZipFile zip;
    private final Map<String, String> media;

    private AnkiPackage(Path file, ZipFile zip) throws IOException {
        this.file = file;
        this.zip = zip;
        this.media = readMediaList();
    }

    static AnkiPackage open(Path file) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ImportException(file.getFileName() + " is not a zip file, so not an Anki package");
        }
        try {
            return new AnkiPackage(file, zip);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    /** Unpacks the newest collection in the package into {@code target} as a plain SQLite file. */
    void extractCollection(Path target) throws IOException {
        ZipEntry entry = COLLECTIONS.stream().map(zip::getEntry).filter(e -> e != null).findFirst()
                .orElseThrow(this::noCollection);
        try (InputStream in = maybeZstd(zip.getInputStream(entry))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private ImportException noCollection() {
        long version = packageVersion();
        if (version > LATEST_PACKAGE_VERSION) {
            return new ImportException(file.getFileName() + " was made by a newer Anki (package version " + version
                    + "); export it again with \"Support older Anki versions\" ticked");
        }
        return new ImportException(file.getFileName() + " has no Anki collection (collection.anki21b, "
                + "collection.anki21 or collection.anki2): is it an Anki package?");
    }

    private long packageVersion() {
        ZipEntry meta = zip.getEntry("meta");
        if (meta == null) {
            return 0;
        }
        try (InputStream in = zip.getInputStream(meta)) {
            return Protobuf.number(in.readAllBytes(), 1, 0);
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    /** The media file names the package holds, each with the name of its zip entry. */
    Map<String, String> media() {
        return media;
    }

    @Override
    public boolean copy(String name, Path target) throws IOException {
        String entryName = media.get(name);
        ZipEntry entry = entryName == null ? null : zip.getEntry(entryName);
        if (entry == null) {
            return false;
        }
        try (InputStream in = maybeZstd(zip.getInputStream(entry))) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private Map<String, String> readMediaList() throws IOException {
        ZipEntry entry = zip.getEntry("media");
        if (entry == null) {
            return Map.of();
        }
        byte[] bytes;
        try (InputStream in = maybeZstd(zip.getInputStream(entry))) {
            bytes = in.readAllBytes();
        }
        if (bytes.length == 0) {
            return Map.of();
        }
        try {
            return startsWithBrace(bytes) ? legacyMediaList(bytes) : mediaEntries(bytes);
        } catch (IOException | IllegalArgumentException e) {
            throw new ImportException(file.getFileName() + ": the media list is damaged (" + e.getMessage() + ")", e);
        }
    }

    /** Legacy packages: {"0": "image.png", "1": "sound.mp3"}. */
    private static Map<String, String> legacyMediaList(byte[] json) throws IOException {
        Map<String, String> byEntry = new ObjectMapper().readValue(json, new TypeReference<Map<String, String>>() {
        });
        Map<String, String> byName = new HashMap<>();
        byEntry.forEach((entry, name) -> byName.putIfAbsent(name, entry));
        return byName;
    }

    /**
     * Current packages: {@code MediaEntries { repeated MediaEntry entries = 1; }} with
     * {@code MediaEntry { string name = 1; uint32 size = 2; bytes sha1 = 3; uint32 legacy_zip_filename = 255; }};
     * the n-th entry is stored as "n" unless it names its zip entry.
     */
    private static Map<String, String> mediaEntries(byte[] message) {
        Map<String, String> byName = new HashMap<>();
        int index = 0;
        for (Protobuf.Field entry : Protobuf.fields(message)) {
            if (entry.number() != 1 || entry.bytes() == null) {
                continue;
            }
            String name = "";
            long zipName = index;
            for (Protobuf.Field field : Protobuf.fields(entry.bytes())) {
                if (field.number() == 1 && field.bytes() != null) {
                    name = field.text();
                } else if (field.number() == 255 && field.bytes() == null) {
                    zipName = field.value();
                }
            }
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, Long.toString(zipName));
            }
            index++;
        }
        return byName;
    }

    private static boolean startsWithBrace(byte[] bytes) {
        for (byte b : bytes) {
            if (!Character.isWhitespace(b)) {
                return b == '{';
            }
        }
        return true;
    }

    /** The stream itself, or its zstd-decompressed content when it starts with zstd's magic number. */
    private static InputStream maybeZstd(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(ZSTD_MAGIC.length);
        byte[] head = in.readNBytes(ZSTD_MAGIC.length);
        in.reset();
        return Arrays.equals(head, ZSTD_MAGIC) ? new ZstdInputStream(in) : in;
    }
}
