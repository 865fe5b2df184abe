package org.unigate.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds {@code ../shared} (corpus, schemas, harness) beside the project root. Tests read it in
 * place; nothing from it is ever copied into the project. Surefire passes its location as the
 * system property {@code unigate.shared}. Under CI ({@code CI=true}) a missing folder fails the
 * test instead of skipping it, so a green CI run cannot hide it.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        String configured = System.getProperty("unigate.shared");
        Path path = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path candidate = path.toAbsolutePath().normalize();
        if (!Files.isDirectory(candidate)) {
            // Running from a module folder without Maven's property.
            Path fallback = Path.of("..", "..", "shared").toAbsolutePath().normalize();
            candidate = Files.isDirectory(fallback) ? fallback : candidate;
        }
        requireOrSkip(Files.isDirectory(candidate), "shared data folder not found at " + candidate);
        return candidate;
    }

    public static Path corpus() {
        return root().resolve("corpus");
    }

    public static Path corpusFile(String name) {
        Path file = corpus().resolve(name);
        requireOrSkip(Files.exists(file), "corpus file not found: " + file);
        return file;
    }

    public static Path schemas() {
        return root().resolve("schemas");
    }

    public static Path harness() {
        return root().resolve("harness");
    }

    static boolean underCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    static void requireOrSkip(boolean condition, String message) {
        if (condition) {
            return;
        }
        if (underCi()) {
            fail(message + " (required under CI)");
        }
        assumeTrue(false, message);
    }
}
