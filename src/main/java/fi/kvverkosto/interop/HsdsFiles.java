package fi.kvverkosto.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The files of one import, read from a folder, a zip, uploaded files or the classpath, with the problems met while
 * reading them. Only the catalogue's own file names are read; any other {@code .json} file is a problem, so that
 * nothing a user meant to import is skipped without a word ({@code *.schema.json} files and non-JSON files such as a
 * README are left alone).
 *
 * @param files by name, in the order the format lists them
 */
record HsdsFiles(Map<String, byte[]> files, List<ImportProblem> problems) {

    static final String TAXONOMIES = "taxonomies.json";
    static final String TERMS = "taxonomy_terms.json";
    static final String ORGANIZATIONS = "organizations.json";
    static final String SERVICES = "services.json";
    static final String MUNICIPALITIES = "municipalities.json";
    static final String ATTRIBUTES = "attributes.json";

    /** The files of the format, in the order they are read and written. */
    static final List<String> NAMES = List.of(TAXONOMIES, TERMS, ORGANIZATIONS, SERVICES, MUNICIPALITIES, ATTRIBUTES);

    /** A zip may hold at most this much once unpacked; the catalogue is under 1 MB. */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    HsdsFiles {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        problems = List.copyOf(problems);
    }

    boolean has(String name) {
        return files.containsKey(name);
    }

    /** Reads a folder's files. */
    static HsdsFiles fromDirectory(Path directory) throws IOException {
        var builder = new Builder();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path file : entries.sorted().toList()) {
                if (Files.isRegularFile(file)) {
                    builder.offer(file.getFileName().toString(), () -> Files.readAllBytes(file));
                }
            }
        }
        return builder.build();
    }

    /** Reads the files of a zip, wherever they are inside it; a broken zip is a problem, not an exception. */
    static HsdsFiles fromZip(String zipName, byte[] zip) {
        var builder = new Builder();
        long unpacked = 0;
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = in.getNextEntry()) != null) {
                any = true;
                String name = baseName(entry.getName());
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/") || name.startsWith(".")) {
                    continue;
                }
                byte[] content = readLimited(in, MAX_UNPACKED_BYTES - unpacked);
                if (content == null) {
                    builder.problems.add(problem(zipName, "interop.problem.zip.too-large", MAX_UNPACKED_BYTES >> 20));
                    return builder.build();
                }
                unpacked += content.length;
                builder.offer(name, () -> content);
            }
            if (!any) {
                builder.problems.add(problem(zipName, "interop.problem.zip.broken"));
            }
        } catch (ZipException e) {
            builder.problems.add(problem(zipName, "interop.problem.zip.broken"));
        } catch (IOException e) {
            builder.problems.add(problem(zipName, "interop.problem.file.unreadable", e.getMessage()));
        }
        return builder.build();
    }

    /** Uploaded files: JSON files by name, or one zip holding them. */
    static HsdsFiles fromUploads(List<Upload> uploads) {
        var zips = uploads.stream().filter(Upload::isZip).toList();
        if (zips.size() == 1 && uploads.size() == 1) {
            return fromZip(zips.getFirst().name(), zips.getFirst().content());
        }
        var builder = new Builder();
        for (Upload upload : uploads) {
            if (upload.isZip()) {
                builder.problems.add(problem(upload.name(), "interop.problem.zip.mixed"));
            } else {
                builder.offer(upload.name(), upload::content);
            }
        }
        return builder.build();
    }

    /**
     * Reads the files at a classpath location such as {@code classpath:demo/hsds/}; empty when none is there. A jar
     * cannot list a folder, so each known name is asked for.
     */
    static HsdsFiles fromLocation(ResourceLoader loader, String location) throws IOException {
        String folder = location.endsWith("/") ? location : location + "/";
        var builder = new Builder();
        for (String name : NAMES) {
            Resource resource = loader.getResource(folder + name);
            if (resource.exists()) {
                try (InputStream in = resource.getInputStream()) {
                    byte[] content = in.readAllBytes();
                    builder.offer(name, () -> content);
                }
            }
        }
        return builder.build();
    }

    /** An uploaded file: its name as the browser gave it and its bytes. */
    record Upload(String name, byte[] content) {

        Upload {
            name = baseName(name == null ? "" : name);
        }

        boolean isZip() {
            return name.toLowerCase(Locale.ROOT).endsWith(".zip");
        }
    }

    private static String baseName(String path) {
        String name = path.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    /** Reads at most {@code limit} bytes; null when there is more. */
    private static byte[] readLimited(InputStream in, long limit) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Math.max(0, limit)));
        return in.read() == -1 ? content : null;
    }

    private static ImportProblem problem(String file, String key, Object... args) {
        var problems = new Problems();
        problems.add(file, null, null, key, args);
        return problems.list().getFirst();
    }

    @FunctionalInterface
    private interface Content {
        byte[] read() throws IOException;
    }

    private static final class Builder {
        private final Map<String, byte[]> files = new LinkedHashMap<>();
        private final List<ImportProblem> problems = new ArrayList<>();

        void offer(String name, Content content) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".json") || lower.endsWith(".schema.json")) {
                return;
            }
            Optional<String> known = NAMES.stream().filter(n -> n.equals(name)).findFirst();
            if (known.isEmpty()) {
                problems.add(problem(name, "interop.problem.file.unknown", String.join(", ", NAMES)));
                return;
            }
            if (files.containsKey(name)) {
                problems.add(problem(name, "interop.problem.file.twice"));
                return;
            }
            try {
                files.put(name, content.read());
            } catch (IOException e) {
                problems.add(problem(name, "interop.problem.file.unreadable", e.getMessage()));
            }
        }

        HsdsFiles build() {
            var ordered = new LinkedHashMap<String, byte[]>();
            NAMES.stream().filter(files::containsKey).forEach(n -> ordered.put(n, files.get(n)));
            return new HsdsFiles(ordered, problems);
        }
    }
}
