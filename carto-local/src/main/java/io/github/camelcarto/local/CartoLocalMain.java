package io.github.camelcarto.local;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** The standalone server: {@code java -jar carto-local-VERSION-all.jar --port 8080 --data-dir ./data}. */
public final class CartoLocalMain {

    private CartoLocalMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tF %1$tT %4$s %5$s%6$s%n");
        }
        CartoLocalConfig config;
        try {
            config = CommandLine.parse(Arrays.asList(args));
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(CommandLine.USAGE);
            System.exit(e.getMessage().isEmpty() ? 0 : 2);
            return;
        }
        CartoLocal server = CartoLocal.start(config);
        System.out.println("carto-local ready: CARTO 3 API " + server.baseUrl() + " (token " + mask(server.accessToken())
                           + "), SQL API v2 " + server.v2BaseUrl() + "; Ctrl+C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "carto-local-shutdown"));
        stopped.await();
    }

    /** Enough of the token to tell which one is configured, not enough to use it. */
    private static String mask(String token) {
        return token.length() <= 4 ? "****" : token.substring(0, 2) + "****" + token.substring(token.length() - 2);
    }
}
