package org.unigate.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.unigate.marc.MarcFiles;
import org.unigate.marc.MarcRecord;

/**
 * Records from MARC files read in place: a location is a file, a folder (its MARC files, by
 * extension, in name order, subfolders included) or a {@code file:} path. Any location with
 * another scheme ({@code generated:...}) belongs to another source.
 */
public final class FileRecordSource implements RecordSource {

    private static final Pattern OTHER_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");
    private static final Set<String> MARC_EXTENSIONS =
            Set.of("mrc", "marc", "iso", "iso2709", "dat", "utf8", "xml", "marcxml");
    private static final int MAX_FOLDER_DEPTH = 8;

    @Override
    public boolean handles(String location) {
        return location.startsWith("file:") || !OTHER_SCHEME.matcher(location).matches();
    }

    @Override
    public Stream<MarcRecord> open(String location) throws IOException {
        Path path = Path.of(location.startsWith("file:") ? location.substring("file:".length()) : location);
        if (Files.isRegularFile(path)) {
            return MarcFiles.stream(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IOException("no MARC file or folder at " + path);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path, MAX_FOLDER_DEPTH)) {
            files = walk.filter(Files::isRegularFile).filter(FileRecordSource::isMarcFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        // flatMap closes each file's stream once its records are consumed.
        return files.stream().flatMap(MarcFiles::stream);
    }

    private static boolean isMarcFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && MARC_EXTENSIONS.contains(name.substring(dot + 1));
    }
}
