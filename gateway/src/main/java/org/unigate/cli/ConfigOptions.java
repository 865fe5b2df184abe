package org.unigate.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.unigate.config.ConfigLoader;
import org.unigate.config.ConsortiumConfig;
import org.unigate.config.CorpusConsortium;
import picocli.CommandLine.Option;

/** {@code --config} and {@code --corpus}, shared by the commands that run a consortium. */
final class ConfigOptions {

    static final String DEFAULT_CONFIG = "conf/consortium.yaml";

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "consortium configuration (default: $UNIGATE_CONFIG, else ./" + DEFAULT_CONFIG
                    + ", else the one beside the installation)")
    Path config;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "serve each MARC file (ISO 2709 or MARCXML) in DIR as an embedded member instead of the configured members")
    Path corpus;

    ConsortiumConfig load() throws IOException {
        ConsortiumConfig loaded = ConfigLoader.load(resolve());
        return corpus == null ? loaded : CorpusConsortium.from(corpus, loaded);
    }

    private Path resolve() {
        if (config != null) {
            if (!Files.isRegularFile(config)) {
                throw new ErrorHandler.UserError("configuration file not found: " + config);
            }
            return config;
        }
        String env = System.getenv("UNIGATE_CONFIG");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path local = Path.of(DEFAULT_CONFIG);
        if (Files.isRegularFile(local)) {
            return local;
        }
        Path installed = installationDir().resolve(DEFAULT_CONFIG);
        if (Files.isRegularFile(installed)) {
            return installed;
        }
        throw new ErrorHandler.UserError("no configuration: give --config FILE, or run from the folder that has "
                + DEFAULT_CONFIG);
    }

    /** The project folder when running from testbed/target/unigate.jar. */
    private static Path installationDir() {
        try {
            Path jar = Path.of(ConfigOptions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = jar.getParent();
            for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
                if (Files.isRegularFile(dir.resolve(DEFAULT_CONFIG))) {
                    return dir;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // fall through: no installation folder to offer
        }
        return Path.of(".");
    }
}
