package nrc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.logging.LogConfigurator;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * Starts one OpenSearch node inside this JVM, for nrc's local test cluster.
 *
 * <p>Arguments are settings as the OpenSearch distribution takes them: {@code -Ekey=value}. The
 * node has the HTTP/transport (netty4) and common-analysis plugins and nothing else: no security
 * plugin, so it must bind to loopback only (the start script sets {@code network.host}). The
 * distribution's bootstrap checks, security manager and plugin folders are skipped: this is a
 * test fixture, not a production server. It runs until SIGTERM, then closes the node.
 */
public final class Launcher {
  private Launcher() {}

  /** Node's plugin-taking constructor is protected; this subclass only opens it. */
  static final class EmbeddedNode extends Node {
    EmbeddedNode(Environment env) {
      super(env, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class), true);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings.Builder builder = Settings.builder();
    for (String arg : args) {
      if (!arg.startsWith("-E") || !arg.contains("=")) {
        System.err.println("launcher: arguments are -Ekey=value settings, got: " + arg);
        System.exit(2);
      }
      String kv = arg.substring(2);
      int eq = kv.indexOf('=');
      builder.put(kv.substring(0, eq), kv.substring(eq + 1));
    }
    Settings settings = builder.build();
    Path home = Path.of(settings.get("path.home"));
    for (String sub : List.of("config", "plugins", "modules", "logs")) {
      Files.createDirectories(home.resolve(sub));
    }
    LogConfigurator.registerErrorListener();
    LogConfigurator.configureWithoutConfig(settings);
    String name = settings.get("node.name", "node-0");
    Environment env = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> name);
    Node node = new EmbeddedNode(env);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    node.close();
                  } catch (Exception e) {
                    System.err.println("launcher: close failed: " + e);
                  } finally {
                    stopped.countDown();
                  }
                }));
    node.start();
    System.out.println("launcher: node " + name + " started");
    stopped.await();
  }
}
