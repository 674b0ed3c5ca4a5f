package dk.ics.examples.cli;

import dk.ics.model.IcsException;
import dk.ics.model.Location;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files and folders named on the command line, with each folder expanded to the files directly in it that have
 * one of the wanted name endings, sorted by name; a missing path or a folder with none is bad input naming it.
 */
final class InputPaths {

    private InputPaths() {
    }

    /**
     * The files to read, in the order given, each folder's files sorted by name.
     *
     * @param paths    files and folders as named on the command line
     * @param suffixes the name endings a folder's files must have, e.g. {@code .json}
     * @throws IcsException naming the path when it does not exist or a folder has no such file
     */
    static List<Path> expand(List<Path> paths, String... suffixes) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                out.addAll(filesIn(p, suffixes));
            } else if (Files.exists(p)) {
                out.add(p);
            } else {
                throw new IcsException(Location.of(p.toString()), "no such file or folder");
            }
        }
        return List.copyOf(out);
    }

    /** The files directly in a folder whose names end with one of the suffixes, sorted by name. */
    static List<Path> filesIn(Path folder, String... suffixes) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p) && hasSuffix(p, suffixes)) {
                    files.add(p);
                }
            }
        } catch (IOException e) {
            throw new IcsException(Location.of(folder.toString()),
                    "the folder cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (files.isEmpty()) {
            throw new IcsException(Location.of(folder.toString()),
                    "the folder has no " + String.join(", ", suffixes) + " files");
        }
        files.sort(null);
        return files;
    }

    private static boolean hasSuffix(Path file, String... suffixes) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String s : suffixes) {
            if (name.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
