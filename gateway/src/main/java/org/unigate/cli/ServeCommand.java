package org.unigate.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.unigate.config.ConsortiumConfig;
import org.unigate.server.GatewayServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code unigate serve}: runs the gateway until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Runs the gateway: opens every member, then serves HTTP (health, metrics, SRU, OAI-PMH) and Z39.50.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ConsortiumConfig config = options.load();
        var out = spec.commandLine().getOut();
        out.printf("unigate: opening %d member(s) of %s ...%n", config.members().size(), config.name());
        out.flush();
        GatewayServer server = GatewayServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "unigate-shutdown"));
        out.printf("unigate: serving %s%n", config.name());
        String http = "http://" + displayHost(config) + ":" + server.httpPort();
        out.printf("  SRU     %s%s  (1.1, 1.2, 2.0; %s/<database> for one member or virtual database)%n",
                http, config.sru().path(), config.sru().path());
        out.printf("  OAI-PMH %s%s  (sets: union, member:<id>)%n", http, config.oai().path());
        out.printf("  HTTP    %s/health, /metrics, /harvests%n", http);
        out.printf("  Z39.50  tcp:%s:%d/union  (databases: union, member ids, virtual databases)%n",
                displayHost(config), server.z3950Port());
        out.flush();
        stopped.await();
        return 0;
    }

    private static String displayHost(ConsortiumConfig config) {
        String host = config.server().host();
        return host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host;
    }
}
